"use client";

import { ActionForm } from "@/components/action-form";
import { TextArea } from "@/components/text-area";
import { addJournalEntryAction } from "../actions";

/** Each mount gets its own creation key, so a double-clicked save adds one entry. */
export function JournalForm({ creationKey }: { creationKey: string }) {
  return (
    <ActionForm
      id="journal-form"
      action={addJournalEntryAction}
      initial={{}}
      hidden={{ creationKey }}
      submitLabel="Save reflection"
      savedMessage="Reflection saved."
    >
      {(shown, errors) => (
        <>
          <TextArea
            name="learned"
            label="What did I learn?"
            rows={3}
            defaultValue={shown.learned ?? ""}
            errors={errors.learned}
          />
          <TextArea
            name="nextSteps"
            label="What will I do next?"
            rows={2}
            defaultValue={shown.nextSteps ?? ""}
            errors={errors.nextSteps}
          />
        </>
      )}
    </ActionForm>
  );
}
