import { addDays } from "date-fns";
import { z } from "zod";
import { formatCalendarDate, isCalendarDate, parseCalendarDate } from "@/lib/domain/calendar-date";
import { FOLLOW_UP_CHANNELS, OUTREACH_CHANNELS, OUTREACH_REPLIES } from "@/lib/domain/vocabulary";
import { checkbox, creationKey, formVersion, optionalText, recordId, text } from "./fields";

/**
 * The latest day a message can have been sent: tomorrow in UTC, so that a student whose today is already
 * tomorrow (east of UTC) is never refused, while a typo a month ahead is.
 */
export function latestSendableDay(now = new Date()) {
  return formatCalendarDate(addDays(parseCalendarDate(now.toISOString().slice(0, 10)), 1));
}

const pastDate = (what: string) =>
  text({ error: `Enter the date ${what}` })
    .trim()
    .refine(isCalendarDate, `Enter the date ${what} as YYYY-MM-DD`)
    .refine((v) => v <= latestSendableDay(), `The date ${what} can't be in the future`);

const outreachFields = z.object({
  sentOn: pastDate("you sent it"),
  channel: z.enum(OUTREACH_CHANNELS, { error: "Choose how you reached out" }),
  message: optionalText(5000),
  isFollowUp: checkbox,
});

export const logOutreachSchema = outreachFields.extend({ contactId: recordId, creationKey });
export type LogOutreachInput = z.output<typeof outreachFields> & { creationKey: string };
export const OUTREACH_FORM_KEYS = ["sentOn", "channel", "message", "isFollowUp"] as const;

const replyFields = z
  .object({
    reply: z.enum(OUTREACH_REPLIES, { error: "Choose whether they replied" }),
    repliedOn: text().trim().optional(),
  })
  .superRefine(({ reply, repliedOn }, ctx) => {
    if (reply === "none") return;
    const problem = !repliedOn
      ? "Enter the date they answered"
      : !isCalendarDate(repliedOn)
        ? "Enter the date they answered as YYYY-MM-DD"
        : repliedOn > latestSendableDay()
          ? "The date they answered can't be in the future"
          : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["repliedOn"], message: problem });
  })
  // "No reply yet" clears the date, whatever the field still held.
  .transform(({ reply, repliedOn }) => ({ reply, repliedOn: reply === "none" ? null : (repliedOn ?? null) }));

export const recordReplySchema = z.object({ id: recordId, version: formVersion }).and(replyFields);
export type RecordReplyInput = z.output<typeof replyFields> & { version: number };
export const REPLY_FORM_KEYS = ["reply", "repliedOn"] as const;

/**
 * The "log an update or touch" form sits on the contact page next to the outreach form, so its fields carry
 * their own names (ids on one page must differ); the action maps them onto `LogFollowUpInput`.
 */
export const logTouchSchema = z.object({
  contactId: recordId,
  kind: z.enum(["update", "touch"], { error: "Choose an update or a keep-in-touch note" }),
  touchSentOn: pastDate("you sent it"),
  touchChannel: z.enum(FOLLOW_UP_CHANNELS, { error: "Choose how you sent it" }),
  touchNote: optionalText(5000),
  touchNotePrivate: checkbox,
  creationKey,
});
export const TOUCH_FORM_KEYS = [
  "kind",
  "touchSentOn",
  "touchChannel",
  "touchNote",
  "touchNotePrivate",
] as const;
