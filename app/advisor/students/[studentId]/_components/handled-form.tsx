"use client";

import { ActionForm } from "@/components/action-form";
import { TextArea } from "@/components/text-area";
import { HANDLED_NOTE_MAX_LENGTH } from "@/lib/domain/nudge-rules";
import { markHandledAction } from "../actions";

/** "Mark handled" for one flag, with an optional note on what the advisor did. */
export function HandledForm({
  cohortId,
  studentId,
  reason,
  label,
}: {
  cohortId: string;
  studentId: string;
  reason: string;
  label: string;
}) {
  return (
    <ActionForm
      id={`handled-${reason}`}
      action={markHandledAction}
      initial={{}}
      hidden={{ cohortId, studentId, reason }}
      submitLabel="Mark handled"
      savedMessage="Marked handled. The flag stays off the dashboard for a week, and comes back if it still applies."
    >
      {(shown, errors) => (
        <TextArea
          name="note"
          label={`What you did about “${label}” (optional)`}
          hint="Only advisors see this note."
          rows={2}
          maxLength={HANDLED_NOTE_MAX_LENGTH}
          defaultValue={shown.note ?? ""}
          errors={errors.note}
        />
      )}
    </ActionForm>
  );
}
