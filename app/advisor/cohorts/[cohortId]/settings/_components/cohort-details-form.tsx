"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { TextField } from "@/components/text-field";
import type { ActionState } from "@/lib/validation/action-state";

/** Name, term and dates of the cohort, saved against the version the page was opened at. */
export function CohortDetailsForm(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
}) {
  return (
    <ActionForm id="cohort-details" submitLabel="Save details" {...props}>
      {(shown, errors) => (
        <>
          <TextField name="name" label="Name" required defaultValue={shown.name ?? ""} errors={errors.name} />
          <TextField
            name="term"
            label="Term"
            hint="As students know it, like “Fall 2026”."
            required
            defaultValue={shown.term ?? ""}
            errors={errors.term}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="startsOn"
              label="First day"
              type="date"
              required
              defaultValue={shown.startsOn ?? ""}
              errors={errors.startsOn}
            />
            <TextField
              name="endsOn"
              label="Last day"
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
