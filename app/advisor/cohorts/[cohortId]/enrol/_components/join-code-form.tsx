"use client";

import { ActionForm } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import type { ActionState } from "@/lib/validation/action-state";

const LIFETIME_OPTIONS = [
  { value: "7", label: "7 days" },
  { value: "14", label: "14 days" },
  { value: "30", label: "30 days" },
];

/** Each save hands back a fresh creation key (rendered from `shown`), so a double click makes one link. */
export function JoinCodeForm({
  action,
  cohortId,
  creationKey,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  cohortId: string;
  creationKey: string;
}) {
  return (
    <ActionForm
      id="join-code"
      action={action}
      initial={{ expiresInDays: "14", creationKey }}
      hidden={{ cohortId }}
      submitLabel="Create join link"
      savedMessage="Join link created. Copy it from the list below."
    >
      {(shown, errors) => (
        <>
          {shown.creationKey && <input type="hidden" name="creationKey" value={shown.creationKey} />}
          <SelectField
            id="join-code-lifetime"
            name="expiresInDays"
            label="The link works for"
            options={LIFETIME_OPTIONS}
            defaultValue={shown.expiresInDays ?? "14"}
            errors={errors.expiresInDays}
          />
        </>
      )}
    </ActionForm>
  );
}
