"use client";

import { ActionForm } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { assignAdvisorAction } from "../actions";

export function AssignAdvisorForm({
  cohortId,
  advisors,
}: {
  cohortId: string;
  advisors: { id: string; name: string | null; email: string }[];
}) {
  const options = [
    { value: "", label: "Choose an advisor" },
    ...advisors.map((a) => ({ value: a.id, label: a.name ? `${a.name} (${a.email})` : a.email })),
  ];
  return (
    <ActionForm
      id="assign-advisor"
      action={assignAdvisorAction}
      initial={{}}
      hidden={{ cohortId }}
      submitLabel="Assign"
      savedMessage="Assigned. They can see this cohort's students from their next click."
    >
      {(shown, errors) => (
        <SelectField
          name="advisorId"
          label="Advisor"
          hint="Only active people with the advisor role are listed."
          options={options}
          defaultValue={shown.advisorId ?? ""}
          errors={errors.advisorId}
        />
      )}
    </ActionForm>
  );
}
