"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/button";
import { CheckboxField } from "@/components/checkbox-field";
import { FormAlert } from "@/components/form-alert";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { PRIORITIES, PRIORITY_LABEL } from "@/lib/domain/vocabulary";
import { initialActionState, type ActionState } from "@/lib/validation/action-state";

type Values = Partial<Record<string, string>>;
type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABEL[p] }));

/**
 * One form for adding and editing. `hidden` carries the creation key (new) or id and version (edit); after
 * a failed save every field shows what the user typed, not what was saved.
 */
export function OrganizationForm({
  action,
  initial,
  hidden,
  submitLabel,
}: {
  action: Action;
  initial: Values;
  hidden: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const shown: Values = state.status === "idle" ? initial : state.values;
  const errors = state.fieldErrors as Record<string, string[] | undefined>;
  // React resets a form after its action; a <select> would go back to its mount-time default. Remounting
  // with the echoed values keeps every field as the user left it (and, after a save, the new version).
  const formKey = `${state.status}:${JSON.stringify(state.values)}:${state.formError ?? ""}`;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    target?.focus();
  }, [state]);
  return (
    <form action={formAction} noValidate className="space-y-5" key={formKey} ref={formRef}>
      <FormAlert id="organization-form-error" message={state.formError} />
      {state.status === "success" && (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
        >
          Saved.
        </p>
      )}
      {Object.entries({
        ...hidden,
        ...(state.status === "success" ? { version: state.values.version ?? "" } : {}),
      }).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField name="name" label="Name" required defaultValue={shown.name ?? ""} errors={errors.name} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="industry"
          label="Industry"
          defaultValue={shown.industry ?? ""}
          errors={errors.industry}
        />
        <SelectField
          name="priority"
          label="Priority"
          options={PRIORITY_OPTIONS}
          defaultValue={shown.priority ?? "medium"}
          errors={errors.priority}
        />
      </div>
      <TextField
        name="website"
        label="Website"
        type="url"
        inputMode="url"
        placeholder="https://"
        defaultValue={shown.website ?? ""}
        errors={errors.website}
      />
      <TextArea
        name="whyInterested"
        label="Why it interests me"
        rows={3}
        defaultValue={shown.whyInterested ?? ""}
        errors={errors.whyInterested}
      />
      <TextArea name="notes" label="Research notes" defaultValue={shown.notes ?? ""} errors={errors.notes} />
      <CheckboxField
        name="notesPrivate"
        label="Keep my notes private"
        hint="Private notes are never shown to your advisor."
        defaultChecked={shown.notesPrivate === "on"}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
