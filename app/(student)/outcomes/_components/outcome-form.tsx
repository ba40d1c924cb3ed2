"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { OUTCOME_KIND_LABEL, OUTCOME_KINDS } from "@/lib/domain/outcome-kinds";
import type { ActionState } from "@/lib/validation/action-state";

export type OutcomeChoice = { id: string; label: string };

const KIND_OPTIONS = OUTCOME_KINDS.map((kind) => ({ value: kind, label: OUTCOME_KIND_LABEL[kind] }));

/**
 * Adds an outcome or edits one, on the student's Outcomes page and (adding only) on the advisor's student
 * page. `id` names the form and prefixes its inputs' ids, since one page shows several.
 */
export function OutcomeForm({
  id,
  action,
  initial,
  hidden,
  submitLabel,
  savedMessage,
  choices,
  voice,
}: {
  id: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: FormValues;
  hidden: Record<string, string>;
  submitLabel: string;
  savedMessage: string;
  choices: { contacts: OutcomeChoice[]; interviews: OutcomeChoice[] };
  voice: "student" | "advisor";
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
          <SelectField
            id={`${id}-kind`}
            name="kind"
            label="What did it lead to?"
            options={[{ value: "", label: "Choose one" }, ...KIND_OPTIONS]}
            defaultValue={shown.kind ?? ""}
            errors={errors.kind}
          />
          <TextField
            id={`${id}-title`}
            name="title"
            label="Title"
            hint="A few words, e.g. “Summer internship at Riverside Health”."
            autoComplete="off"
            defaultValue={shown.title ?? ""}
            errors={errors.title}
          />
          <TextField
            id={`${id}-date`}
            name="occurredOn"
            label="Date"
            hint="When it was offered or agreed."
            type="date"
            defaultValue={shown.occurredOn ?? ""}
            errors={errors.occurredOn}
          />
          <LinkChoices
            id={`${id}-contacts`}
            name="contactIds"
            legend="Who led to it"
            none={voice === "student" ? "You have no contacts yet." : "No contacts yet."}
            choices={choices.contacts}
            checked={shown.contactIds}
            errors={errors.contactIds}
          />
          <LinkChoices
            id={`${id}-interviews`}
            name="interviewIds"
            legend="Interviews that led to it"
            none={voice === "student" ? "You have no interviews yet." : "No interviews yet."}
            choices={choices.interviews}
            checked={shown.interviewIds}
            errors={errors.interviewIds}
          />
          <TextArea
            id={`${id}-note`}
            name="note"
            label="Note"
            hint="How it came about, what happens next."
            rows={3}
            defaultValue={shown.note ?? ""}
            errors={errors.note}
          />
          {voice === "student" && (
            <CheckboxField
              id={`${id}-note-private`}
              name="notePrivate"
              label="Keep my note private"
              hint="Your advisor still sees the outcome, but not this note."
              defaultChecked={shown.notePrivate === "on" || shown.notePrivate === "true"}
            />
          )}
        </>
      )}
    </ActionForm>
  );
}

function LinkChoices({
  id,
  name,
  legend,
  none,
  choices,
  checked,
  errors,
}: {
  id: string;
  name: string;
  legend: string;
  none: string;
  choices: OutcomeChoice[];
  checked: string | undefined;
  errors?: string[];
}) {
  const ticked = new Set((checked ?? "").split(",").filter(Boolean));
  return (
    <fieldset aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      {choices.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{none}</p>
      ) : (
        // A long list scrolls inside its box rather than pushing the rest of the form down.
        <ul className="mt-2 max-h-48 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
          {choices.map((choice) => (
            <li key={choice.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                id={`${id}-${choice.id}`}
                name={name}
                value={choice.id}
                defaultChecked={ticked.has(choice.id)}
                className="accent-brand-700 size-4 shrink-0"
              />
              <label htmlFor={`${id}-${choice.id}`} className="break-words text-slate-800">
                {choice.label}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
