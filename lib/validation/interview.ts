import { tzOffset } from "@date-fns/tz";
import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { isValidTimeZone } from "@/lib/domain/time-zone";
import { INTERVIEW_FORMATS, INTERVIEW_STATUSES } from "@/lib/domain/vocabulary";
import { checkbox, creationKey, formVersion, optionalText, recordId, requiredText, text } from "./fields";
import { timeZoneSchema } from "./time-zone";

// A select left on its placeholder posts "": treat it as "not chosen" so the default applies.
const blankAsMissing = (v: unknown) => (v === "" ? undefined : v);

export const MAX_INTERVIEW_QUESTIONS = 10;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The instant a wall-clock time in `timeZone` names, or null when the clocks skip it (02:30 on the day
 * New York springs forward). A time the clocks pass twice (01:30 on the day they fall back) means its
 * first occurrence, in every zone: that is what people mean when they book it, and what Temporal's
 * "compatible" rule picks. TZDate alone is not consistent about this, so both offsets are tried here.
 */
export function localTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = TIME.exec(time);
  if (!day || !clock || !isCalendarDate(date) || !isValidTimeZone(timeZone)) return null;
  const wall = Date.UTC(
    Number(day[1]),
    Number(day[2]) - 1,
    Number(day[3]),
    Number(clock[1]),
    Number(clock[2]),
  );
  // The offsets in force a day either side cover both sides of any transition on this day.
  const offsets = new Set([
    tzOffset(timeZone, new Date(wall - 24 * HOUR_MS)),
    tzOffset(timeZone, new Date(wall + 24 * HOUR_MS)),
  ]);
  const candidates = [...offsets]
    .map((offsetMinutes) => wall - offsetMinutes * 60_000)
    .filter((instant) => tzOffset(timeZone, new Date(instant)) * 60_000 === wall - instant)
    .sort((a, b) => a - b);
  return candidates[0] === undefined ? null : new Date(candidates[0]);
}

const scheduleFields = z
  .object({
    date: text({ error: "Enter the date" }).trim().refine(isCalendarDate, "Enter the date as YYYY-MM-DD"),
    time: text({ error: "Enter the start time" })
      .trim()
      .regex(TIME, "Enter the start time as HH:MM, for example 14:30"),
    timeZone: timeZoneSchema,
    format: z.enum(INTERVIEW_FORMATS, { error: "Choose in person, phone or video" }),
    location: optionalText(500),
    durationMinutes: z.preprocess(
      blankAsMissing,
      z.coerce
        .number({ error: "Enter the length in minutes" })
        .int("Enter whole minutes")
        .min(5, "An interview lasts at least 5 minutes")
        .max(240, "Keep the length under 4 hours (240 minutes)")
        .default(30),
    ),
  })
  // Checked here too so the message sits next to the time field; lib/data checks again before saving.
  .refine((v) => localTimeToInstant(v.date, v.time, v.timeZone) !== null, {
    path: ["time"],
    message: "The clocks skip this time on that day (daylight saving). Choose a time an hour later.",
  });

export const scheduleInterviewSchema = scheduleFields.safeExtend({
  contactId: text({ error: "Choose who you are meeting" }).trim().min(1, "Choose who you are meeting"),
  creationKey,
});

export const updateInterviewDetailsSchema = scheduleFields
  .safeExtend({
    id: recordId,
    version: formVersion,
    status: z.enum(INTERVIEW_STATUSES, { error: "Choose a status" }),
  })
  // A completed interview makes a thank-you fall due: one that is still ahead cannot have happened.
  .refine(
    (v) =>
      v.status !== "completed" ||
      (localTimeToInstant(v.date, v.time, v.timeZone)?.getTime() ?? 0) <= Date.now(),
    {
      path: ["status"],
      message:
        "This interview is still ahead, so it can't be completed yet. Keep it scheduled, or correct its date.",
    },
  );

export type ScheduleInput = z.output<typeof scheduleFields>;
export type ScheduleInterviewInput = z.output<typeof scheduleInterviewSchema>;
export type InterviewDetailsInput = z.output<typeof updateInterviewDetailsSchema>;

export const SCHEDULE_FORM_KEYS = [
  "date",
  "time",
  "timeZone",
  "format",
  "location",
  "durationMinutes",
] as const;

/** "yes" / "no" / "" (not asked yet): the column is nullable for exactly that third answer. */
const permission = z
  .enum(["", "yes", "no"], { error: "Choose yes, no or not asked" })
  .optional()
  .transform((v) => (v === "yes" ? true : v === "no" ? false : null));

/** Each chosen question's notes post as `answer-<questionId>`. */
export const ANSWER_FIELD_PREFIX = "answer-";

export const interviewNotesSchema = z.object({
  id: recordId,
  version: formVersion,
  notes: optionalText(20_000),
  notesPrivate: checkbox,
  takeaways: optionalText(5000),
  permissionToUseName: permission,
  answers: z
    .array(z.object({ questionId: recordId, answerNotes: optionalText(5000) }))
    .max(MAX_INTERVIEW_QUESTIONS),
});

export type InterviewNotesInput = z.output<typeof interviewNotesSchema>;
export const NOTES_FORM_KEYS = ["notes", "notesPrivate", "takeaways", "permissionToUseName"] as const;

export const chooseQuestionsSchema = z.object({
  id: recordId,
  questionIds: z
    .array(recordId)
    .max(MAX_INTERVIEW_QUESTIONS, `Choose at most ${MAX_INTERVIEW_QUESTIONS} questions`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each question once"),
});

export const referralSchema = z.object({
  interviewId: recordId,
  name: requiredText("the person's name"),
  title: optionalText(200),
  email: text()
    .trim()
    .toLowerCase()
    .max(254, "Keep the email address under 254 characters")
    .optional()
    .transform((v) => v || null)
    .refine(
      (v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
      "Enter an email address like name@example.com",
    ),
  creationKey,
});

export type ReferralInput = z.output<typeof referralSchema>;
export const REFERRAL_FORM_KEYS = ["name", "title", "email"] as const;
