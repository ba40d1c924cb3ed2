"use client";

import { ActionForm, type FormValues } from "@/components/action-form";
import { CheckboxField } from "@/components/checkbox-field";
import { controlClass } from "@/components/field-frame";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { TextField } from "@/components/text-field";
import {
  FOLLOW_UP_CHANNEL_LABEL,
  FOLLOW_UP_CHANNELS,
  OUTREACH_CHANNEL_LABEL,
  OUTREACH_CHANNELS,
  OUTREACH_REPLIES,
  OUTREACH_REPLY_LABEL,
} from "@/lib/domain/vocabulary";
import type { ActionState } from "@/lib/validation/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const OUTREACH_CHANNEL_OPTIONS = OUTREACH_CHANNELS.map((c) => ({
  value: c,
  label: OUTREACH_CHANNEL_LABEL[c],
}));
const FOLLOW_UP_CHANNEL_OPTIONS = FOLLOW_UP_CHANNELS.map((c) => ({
  value: c,
  label: FOLLOW_UP_CHANNEL_LABEL[c],
}));
const REPLY_OPTIONS = OUTREACH_REPLIES.map((r) => ({ value: r, label: OUTREACH_REPLY_LABEL[r] }));
const TOUCH_KIND_OPTIONS = [
  { value: "update", label: "An update (“I took your advice and …”)" },
  { value: "touch", label: "A keep-in-touch note" },
];

/** Each save hands back a fresh creation key (rendered from `shown`), so the next attempt is a new record. */
export function LogOutreachForm({
  action,
  contactId,
  today,
  creationKey,
}: {
  action: Action;
  contactId: string;
  today: string;
  creationKey: string;
}) {
  return (
    <ActionForm
      id="outreach-form"
      action={action}
      initial={{ sentOn: today, channel: "email", creationKey }}
      hidden={{ contactId }}
      submitLabel="Log outreach"
      savedMessage="Outreach logged."
    >
      {(shown, errors) => (
        <>
          {shown.creationKey && <input type="hidden" name="creationKey" value={shown.creationKey} />}
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="sentOn"
              label="Sent on"
              type="date"
              required
              defaultValue={shown.sentOn ?? today}
              errors={errors.sentOn}
            />
            <SelectField
              name="channel"
              label="Channel"
              options={OUTREACH_CHANNEL_OPTIONS}
              defaultValue={shown.channel ?? "email"}
              errors={errors.channel}
            />
          </div>
          <TextArea
            name="message"
            label="Message"
            hint="Paste what you sent, so you can refer to it later."
            defaultValue={shown.message ?? ""}
            errors={errors.message}
          />
          <CheckboxField
            name="isFollowUp"
            label="This is a follow-up"
            hint="A nudge after an earlier message went unanswered."
            defaultChecked={shown.isFollowUp === "on"}
          />
        </>
      )}
    </ActionForm>
  );
}

/**
 * Several of these sit on one page (one per attempt), so the inputs take ids from the attempt rather than
 * from the shared field components, which name ids after the field.
 */
export function ReplyForm({
  action,
  outreachId,
  version,
  initial,
}: {
  action: Action;
  outreachId: string;
  version: number;
  initial: FormValues;
}) {
  const base = `reply-${outreachId}`;
  return (
    <ActionForm
      id={base}
      action={action}
      initial={initial}
      hidden={{ id: outreachId, version: String(version) }}
      submitLabel="Save reply"
      savedMessage="Reply saved."
    >
      {(shown, errors) => (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor={`${base}-reply`} className="field-label">
              Their answer
            </label>
            <select
              id={`${base}-reply`}
              name="reply"
              defaultValue={shown.reply ?? "none"}
              aria-invalid={errors.reply ? true : undefined}
              aria-describedby={errors.reply ? `${base}-reply-error` : undefined}
              className={controlClass(Boolean(errors.reply))}
            >
              {REPLY_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
            {errors.reply && (
              <p id={`${base}-reply-error`} className="text-sm font-medium text-red-700">
                {errors.reply.join(" ")}
              </p>
            )}
          </div>
          <div className="space-y-1">
            <label htmlFor={`${base}-on`} className="field-label">
              Answered on
            </label>
            <input
              id={`${base}-on`}
              name="repliedOn"
              type="date"
              defaultValue={shown.repliedOn ?? ""}
              aria-invalid={errors.repliedOn ? true : undefined}
              aria-describedby={errors.repliedOn ? `${base}-on-error` : undefined}
              className={controlClass(Boolean(errors.repliedOn))}
            />
            {errors.repliedOn && (
              <p id={`${base}-on-error`} className="text-sm font-medium text-red-700">
                {errors.repliedOn.join(" ")}
              </p>
            )}
          </div>
        </div>
      )}
    </ActionForm>
  );
}

/** Updates and keep-in-touch notes; either resets the keep-in-touch reminder. */
export function LogTouchForm({
  action,
  contactId,
  today,
  creationKey,
}: {
  action: Action;
  contactId: string;
  today: string;
  creationKey: string;
}) {
  return (
    <ActionForm
      id="touch-form"
      action={action}
      initial={{ kind: "update", touchSentOn: today, touchChannel: "email", creationKey }}
      hidden={{ contactId }}
      submitLabel="Log it"
      savedMessage="Logged. Your keep-in-touch reminder starts again from this date."
    >
      {(shown, errors) => (
        <>
          {shown.creationKey && <input type="hidden" name="creationKey" value={shown.creationKey} />}
          <SelectField
            name="kind"
            label="What you sent"
            options={TOUCH_KIND_OPTIONS}
            defaultValue={shown.kind ?? "update"}
            errors={errors.kind}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="touchSentOn"
              label="Sent on"
              type="date"
              required
              defaultValue={shown.touchSentOn ?? today}
              errors={errors.touchSentOn}
            />
            <SelectField
              name="touchChannel"
              label="How"
              options={FOLLOW_UP_CHANNEL_OPTIONS}
              defaultValue={shown.touchChannel ?? "email"}
              errors={errors.touchChannel}
            />
          </div>
          <TextArea
            name="touchNote"
            label="Note"
            defaultValue={shown.touchNote ?? ""}
            errors={errors.touchNote}
          />
          <CheckboxField
            name="touchNotePrivate"
            label="Keep this note private"
            hint="Private notes are never shown to your advisor."
            defaultChecked={shown.touchNotePrivate === "on"}
          />
        </>
      )}
    </ActionForm>
  );
}
