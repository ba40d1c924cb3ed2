"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_CHANNEL_LABEL } from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";
import { useForeignVersionKey } from "./use-foreign-version-key";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const PERMISSION_OPTIONS = [
  { value: "", label: "Not asked yet" },
  { value: "yes", label: "Yes, I may mention them" },
  { value: "no", label: "No" },
];

/** Notes per question, then the general notes and takeaways. */
export function NotesForm({
  action,
  version,
  ...props
}: {
  action: Action;
  version: string;
  initial: FormValues;
  hidden: Record<string, string>;
  questions: { questionId: string; text: string }[];
}) {
  const versioned = useForeignVersionKey(version, action);
  return (
    <ActionForm
      key={versioned.key}
      id="notes-form"
      submitLabel="Save notes"
      savedMessage="Notes saved."
      action={versioned.action}
      {...props}
      hidden={{ ...props.hidden, version }}
    >
      {(shown, errors) => (
        <>
          {props.questions.map((q, index) => (
            <TextArea
              key={q.questionId}
              name={`answer-${q.questionId}`}
              label={`${index + 1}. ${q.text}`}
              rows={3}
              defaultValue={shown[`answer-${q.questionId}`] ?? ""}
            />
          ))}
          <TextArea
            name="notes"
            label={props.questions.length > 0 ? "Other notes" : "Notes"}
            rows={5}
            defaultValue={shown.notes ?? ""}
            errors={errors.notes}
          />
          <TextArea
            name="takeaways"
            label="Key takeaways"
            hint="What you will do with what you heard. The first line goes into your thank-you note."
            rows={3}
            defaultValue={shown.takeaways ?? ""}
            errors={errors.takeaways}
          />
          <CheckboxField
            name="notesPrivate"
            label="Keep my notes private"
            hint="Private notes are never shown to your advisor."
            defaultChecked={shown.notesPrivate === "on"}
          />
          <SelectField
            name="permissionToUseName"
            label="May I mention their name when I contact others?"
            options={PERMISSION_OPTIONS}
            defaultValue={shown.permissionToUseName ?? ""}
            errors={errors.permissionToUseName}
          />
        </>
      )}
    </ActionForm>
  );
}

export function ReferralForm({
  creationKey,
  ...props
}: {
  action: Action;
  hidden: Record<string, string>;
  creationKey: string;
}) {
  return (
    <ActionForm
      id="referral-form"
      initial={{ creationKey }}
      submitLabel="Add to my contacts"
      savedMessage="Added to your contacts, referred by this person."
      {...props}
    >
      {(shown, errors) => (
        <>
          {/* After a save the action hands back a fresh creation key for the next name. */}
          {shown.creationKey && <input type="hidden" name="creationKey" value={shown.creationKey} />}
          <TextField name="name" label="Name" required defaultValue={shown.name ?? ""} errors={errors.name} />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="title"
              label="Role or title"
              defaultValue={shown.title ?? ""}
              errors={errors.title}
            />
            <TextField
              name="email"
              label="Email"
              type="email"
              defaultValue={shown.email ?? ""}
              errors={errors.email}
            />
          </div>
        </>
      )}
    </ActionForm>
  );
}

const CHANNEL_OPTIONS = FOLLOW_UP_CHANNELS.map((c) => ({ value: c, label: FOLLOW_UP_CHANNEL_LABEL[c] }));

/** The thank-you sent another day or another way, with an optional note. */
export function ThankYouForm(props: { action: Action; initial: FormValues; hidden: Record<string, string> }) {
  return (
    <ActionForm
      id="thank-you-form"
      submitLabel="Record thank-you"
      savedMessage="Thank-you recorded."
      {...props}
    >
      {(shown, errors) => (
        <>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="sentOn"
              label="Sent on"
              type="date"
              required
              defaultValue={shown.sentOn ?? ""}
              errors={errors.sentOn}
            />
            <SelectField
              name="channel"
              label="How"
              options={CHANNEL_OPTIONS}
              defaultValue={shown.channel ?? "email"}
              errors={errors.channel}
            />
          </div>
          <TextArea name="note" label="Note" rows={3} defaultValue={shown.note ?? ""} errors={errors.note} />
          <CheckboxField
            name="notePrivate"
            label="Keep this note private"
            defaultChecked={shown.notePrivate === "on"}
          />
        </>
      )}
    </ActionForm>
  );
}

/**
 * One click: "I sent it today, by email". Only hidden fields, so any refusal is shown as a sentence here
 * rather than next to a field the student cannot see.
 */
export function HiddenFieldsForm({
  id,
  action,
  hidden,
  submitLabel,
  savedMessage,
}: {
  id: string;
  action: Action;
  hidden: Record<string, string>;
  submitLabel: string;
  savedMessage: string;
}) {
  return (
    <ActionForm
      id={id}
      action={action}
      initial={{}}
      hidden={hidden}
      submitLabel={submitLabel}
      savedMessage={savedMessage}
    >
      {(_shown, errors) => {
        const problems = Object.values(errors).flat();
        return problems.length > 0 ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {problems.join(" ")}
          </p>
        ) : null;
      }}
    </ActionForm>
  );
}
