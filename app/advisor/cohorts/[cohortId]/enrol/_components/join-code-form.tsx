"use client";

import { ActionForm } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import type { ActionState } from "@/lib/validation/action-state";

const LIFETIME_OPTIONS = [
  { value: "7", label: "7 days" },
  { value: "14", label: "14 days" },
  { value: "30", label: "30 days" },
];

export function JoinCodeForm({
  action,
  cohortId,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  cohortId: string;
}) {
  return (
    <ActionForm
      id="join-code"
      action={action}
      initial={{ expiresInDays: "14" }}
      hidden={{ cohortId }}
      submitLabel="Create join link"
      savedMessage="Join link created. Copy it from the list below."
    >
      {(shown, errors) => (
        <SelectField
          id="join-code-lifetime"
          name="expiresInDays"
          label="The link works for"
          options={LIFETIME_OPTIONS}
          defaultValue={shown.expiresInDays ?? "14"}
          errors={errors.expiresInDays}
        />
      )}
    </ActionForm>
  );
}
