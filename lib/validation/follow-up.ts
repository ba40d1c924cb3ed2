import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { FOLLOW_UP_CHANNELS } from "@/lib/domain/vocabulary";
import { checkbox, creationKey, optionalText } from "./fields";

const followUpFields = z.object({
  sentOn: z
    .string({ error: "Enter the date you sent it" })
    .trim()
    .refine(isCalendarDate, "Enter the date you sent it as YYYY-MM-DD"),
  channel: z.enum(FOLLOW_UP_CHANNELS, { error: "Choose how you sent it" }),
  note: optionalText(5000),
  notePrivate: checkbox,
});

export const thankYouSchema = followUpFields.extend({ interviewId: z.string().min(1), creationKey });
export type ThankYouInput = z.output<typeof followUpFields> & { creationKey?: string };

export const logFollowUpSchema = followUpFields.extend({
  contactId: z.string().min(1),
  kind: z.enum(["update", "touch"], { error: "Choose an update or a keep-in-touch note" }),
  creationKey,
});
export type LogFollowUpInput = z.output<typeof followUpFields> & {
  kind: "update" | "touch";
  creationKey: string;
};

export const FOLLOW_UP_FORM_KEYS = ["sentOn", "channel", "note", "notePrivate"] as const;
