"use client";

import { ActionForm } from "@/components/action-form";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import {
  QUESTION_CATEGORIES,
  QUESTION_CATEGORY_LABEL,
  QUESTION_CATEGORY_PURPOSE,
} from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";

const CATEGORY_OPTIONS = QUESTION_CATEGORIES.map((c) => ({
  value: c,
  label: `${QUESTION_CATEGORY_LABEL[c]}: ${QUESTION_CATEGORY_PURPOSE[c].replace(/\.$/, "").toLowerCase()}`,
}));

export function QuestionForm({
  action,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  return (
    <ActionForm
      id="question-form"
      action={action}
      initial={{ category: "trends" }}
      hidden={{}}
      submitLabel="Add question"
      savedMessage="Question added to your bank."
    >
      {(shown, errors) => (
        <>
          <SelectField
            name="category"
            label="Kind of question"
            options={CATEGORY_OPTIONS}
            defaultValue={shown.category ?? "trends"}
            errors={errors.category}
          />
          <TextField
            name="text"
            label="Question"
            hint="Open-ended: start with how, what or why, and end with a question mark."
            defaultValue={shown.text ?? ""}
            errors={errors.text}
          />
        </>
      )}
    </ActionForm>
  );
}
