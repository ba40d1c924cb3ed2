"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/button";
import { FormAlert } from "@/components/form-alert";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { cohortOptions, ROLE_OPTIONS, type CohortChoice } from "../../_components/labels";
import { inviteAction } from "../actions";
import type { InviteState } from "../form-states";

const IDLE: InviteState = { status: "idle", fieldErrors: {}, values: {} };

/** One address, a role and (for a student) a cohort. Says plainly when the address already has an account. */
export function InviteForm({ cohorts }: { cohorts: CohortChoice[] }) {
  const [state, action, pending] = useActionState(inviteAction, IDLE);
  const shown = state.values;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);
  return (
    <form
      ref={formRef}
      action={action}
      noValidate
      className="space-y-5"
      key={`${state.status}:${JSON.stringify(state.values)}`}
    >
      <FormAlert id="invite-error" message={state.formError} />
      {state.notice && (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
        >
          {state.notice}
        </p>
      )}
      <TextField
        name="email"
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="off"
        required
        defaultValue={shown.email ?? ""}
        errors={state.fieldErrors.email}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="role"
          label="Role"
          options={ROLE_OPTIONS}
          defaultValue={shown.role ?? "student"}
          errors={state.fieldErrors.role}
        />
        <SelectField
          name="cohortId"
          label="Cohort"
          hint="Students only: they join it at their first sign-in."
          options={cohortOptions(cohorts)}
          defaultValue={shown.cohortId ?? ""}
          errors={state.fieldErrors.cohortId}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Inviting…" : "Send invite"}
      </Button>
    </form>
  );
}
