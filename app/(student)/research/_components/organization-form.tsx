"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { PRIORITIES, PRIORITY_LABEL } from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";

const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABEL[p] }));

export type CareerFieldOption = { id: string; name: string };

export function OrganizationForm({
  careerFields,
  ...props
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
  /** The student's career fields, for "Career field". */
  careerFields: CareerFieldOption[];
}) {
  const careerFieldOptions = [
    { value: "", label: "None" },
    ...careerFields.map((f) => ({ value: f.id, label: f.name })),
  ];
  return (
    <ActionForm id="organization-form" {...props}>
      {(shown, errors) => (
        <>
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
          <SelectField
            name="careerFieldId"
            label="Career field"
            hint={
              careerFields.length === 0
                ? "Optional. Add career fields on the Research page to group your organizations."
                : "Optional. Add more career fields on the Research page."
            }
            options={careerFieldOptions}
            defaultValue={shown.careerFieldId ?? ""}
            errors={errors.careerFieldId}
          />
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
          <TextArea
            name="notes"
            label="Research notes"
            defaultValue={shown.notes ?? ""}
            errors={errors.notes}
          />
          <CheckboxField
            name="notesPrivate"
            label="Keep my notes private"
            hint="Private notes are never shown to your advisor."
            defaultChecked={shown.notesPrivate === "on"}
          />
        </>
      )}
    </ActionForm>
  );
}
