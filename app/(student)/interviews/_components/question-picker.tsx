"use client";

import { ActionForm } from "@/components/action-form";
import { QUESTION_CATEGORIES, QUESTION_CATEGORY_LABEL, type QuestionCategory } from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";

/** Tick up to 10 questions; the number beside each sets the order they are asked in. */
export function QuestionPicker(props: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  interviewId: string;
  choices: { id: string; category: QuestionCategory; text: string; builtIn: boolean }[];
  chosen: string[];
}) {
  return (
    <ActionForm
      id="question-picker"
      action={props.action}
      initial={{ questionIds: props.chosen.join(",") }}
      hidden={{ id: props.interviewId }}
      submitLabel="Save my questions"
      savedMessage="Questions saved."
    >
      {(shown) => {
        const chosen = (shown.questionIds ?? "").split(",").filter(Boolean);
        return QUESTION_CATEGORIES.map((category) => {
          const group = props.choices.filter((q) => q.category === category);
          if (group.length === 0) return null;
          return (
            <fieldset key={category} className="space-y-2">
              <legend className="font-semibold text-slate-900">{QUESTION_CATEGORY_LABEL[category]}</legend>
              {group.map((q) => {
                const position = chosen.indexOf(q.id);
                return (
                  <div key={q.id} className="flex items-start gap-3">
                    <input
                      id={`pick-${q.id}`}
                      type="checkbox"
                      name="questionId"
                      value={q.id}
                      defaultChecked={position >= 0}
                      className="mt-1 size-5 rounded border-slate-400"
                    />
                    <label htmlFor={`pick-${q.id}`} className="flex-1 text-sm">
                      {q.text}
                      {!q.builtIn && <span className="text-slate-500"> (mine)</span>}
                    </label>
                    <label className="sr-only" htmlFor={`order-${q.id}`}>
                      Order for: {q.text}
                    </label>
                    <input
                      id={`order-${q.id}`}
                      name={`order-${q.id}`}
                      type="number"
                      min={1}
                      max={10}
                      defaultValue={position >= 0 ? position + 1 : ""}
                      className="w-16 rounded-md border border-slate-300 px-2 py-1 text-sm"
                    />
                  </div>
                );
              })}
            </fieldset>
          );
        });
      }}
    </ActionForm>
  );
}
