import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { FOLLOW_UP_CHANNELS } from "@/lib/domain/vocabulary";
import { latestSendableDay } from "./outreach";
import { checkbox, creationKey, optionalText, recordId, text } from "./fields";

const followUpFields = z.object({
  sentOn: text({ error: "Enter the date you sent it" })
    .trim()
    .refine(isCalendarDate, "Enter the date you sent it as YYYY-MM-DD")
    // The same bound as outreach: a typo a year ahead would otherwise count as a thank-you sent.
    .refine((v) => v <= latestSendableDay(), "The date you sent it can't be in the future"),
  channel: z.enum(FOLLOW_UP_CHANNELS, { error: "Choose how you sent it" }),
  note: optionalText(5000),
  notePrivate: checkbox,
});

export const thankYouSchema = followUpFields.extend({ interviewId: recordId, creationKey });
export type ThankYouInput = z.output<typeof followUpFields> & { creationKey?: string };

export const logFollowUpSchema = followUpFields.extend({
  contactId: recordId,
  kind: z.enum(["update", "touch"], { error: "Choose an update or a keep-in-touch note" }),
  creationKey,
});
export type LogFollowUpInput = z.output<typeof followUpFields> & {
  kind: "update" | "touch";
  creationKey: string;
};

export const FOLLOW_UP_FORM_KEYS = ["sentOn", "channel", "note", "notePrivate"] as const;
