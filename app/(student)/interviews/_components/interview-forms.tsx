"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_CHANNEL_LABEL } from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const PERMISSION_OPTIONS = [
  { value: "", label: "Not asked yet" },
  { value: "yes", label: "Yes, I may mention them" },
  { value: "no", label: "No" },
];

export function NotesForm(props: {
  action: Action;
  initial: FormValues;
  hidden: Record<string, string>;
  questions: { questionId: string; text: string }[];
}) {
  return (
    <ActionForm id="notes-form" submitLabel="Save notes" {...props}>
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
            label="Notes"
            rows={6}
            defaultValue={shown.notes ?? ""}
            errors={errors.notes}
          />
          <TextArea
            name="takeaways"
            label="Key takeaways"
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
