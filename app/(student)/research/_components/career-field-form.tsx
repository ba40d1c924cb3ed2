"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import type { ActionState } from "@/lib/validation/action-state";

/**
 * Adds a career field, or edits one. The Research page shows one per field plus the "add" one, so `id`
 * names the form and prefixes its inputs' ids. A new field's creation key comes back fresh after each
 * save (rendered from `shown`), so the next field is a new record.
 */
export function CareerFieldForm({
  id,
  action,
  initial,
  hidden,
  submitLabel,
  savedMessage,
}: {
  id: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
  savedMessage: string;
}) {
  return (
    <ActionForm
      id={id}
      action={action}
      initial={initial}
      hidden={hidden}
      submitLabel={submitLabel}
      savedMessage={savedMessage}
    >
      {(shown, errors) => (
        <>
          {shown.creationKey && <input type="hidden" name="creationKey" value={shown.creationKey} />}
          <TextField
            id={`${id}-name`}
            name="name"
            label="Name"
            hint="A few words, e.g. “User research” or “Public health policy”."
            required
            autoComplete="off"
            defaultValue={shown.name ?? ""}
            errors={errors.name}
          />
          <TextArea
            id={`${id}-notes`}
            name="notes"
            label="Notes"
            hint="What draws you to it, what you have read, who works in it."
            rows={3}
            defaultValue={shown.notes ?? ""}
            errors={errors.notes}
          />
          <CheckboxField
            id={`${id}-notes-private`}
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
