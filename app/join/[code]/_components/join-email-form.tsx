"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { FormAlert } from "@/components/form-alert";
import { TextField } from "@/components/text-field";
import { initialActionState } from "@/lib/validation/action-state";
import { requestJoinLinkAction } from "../actions";

export function JoinEmailForm({ code }: { code: string }) {
  const [state, formAction, pending] = useActionState(requestJoinLinkAction, initialActionState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert id="join-email-error" message={state.formError} />
      <input type="hidden" name="code" value={code} />
      <TextField
        name="email"
        type="email"
        label="Email address"
        hint="Use the address your school or program knows you by."
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values.email ?? ""}
        errors={state.fieldErrors.email}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Sending link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
