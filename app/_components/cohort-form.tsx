"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { TextField } from "@/components/text-field";
import type { ActionState } from "@/lib/validation/action-state";

/** Name, term and dates: the same form creates a cohort (admin) and edits one (admin or its advisor). */
export function CohortForm(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
}) {
  return (
    <ActionForm id="cohort-form" {...props}>
      {(shown, errors) => (
        <>
          <TextField name="name" label="Name" required defaultValue={shown.name ?? ""} errors={errors.name} />
          <TextField
            name="term"
            label="Term"
            hint="For example Fall 2026 or Spring semester 2027."
            required
            defaultValue={shown.term ?? ""}
            errors={errors.term}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="startsOn"
              label="Starts on"
              type="date"
              required
              defaultValue={shown.startsOn ?? ""}
              errors={errors.startsOn}
            />
            <TextField
              name="endsOn"
              label="Ends on"
              type="date"
              required
              defaultValue={shown.endsOn ?? ""}
              errors={errors.endsOn}
            />
          </div>
        </>
      )}
    </ActionForm>
  );
}
