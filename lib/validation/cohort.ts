import { z } from "zod";
import { type CalendarDate, isCalendarDate } from "@/lib/domain/calendar-date";
import {
  GOAL_METRICS,
  isCountMetric,
  type CountGoalMetric,
  type TimelinessGoalMetric,
} from "@/lib/domain/cohort-goals";
import { creationKey, formVersion, requiredText, text } from "./fields";
import { MAX_ROSTER_CHARACTERS } from "@/lib/domain/roster-csv";
import { emailAddressSchema } from "./sign-in";

// The advisor's cohort forms: settings, goals, join codes, the roster and the public join page.

const calendarDate = (what: string) =>
  text({ error: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .refine(isCalendarDate, `Enter the ${what} as YYYY-MM-DD`);

export const cohortSettingsSchema = z
  .object({
    name: requiredText("the cohort's name", 120),
    term: requiredText("the term", 80),
    startsOn: calendarDate("first day of the term"),
    endsOn: calendarDate("last day of the term"),
    version: formVersion,
  })
  .refine((v) => v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "The last day can't be before the first day",
  });
export type CohortSettingsInput = z.output<typeof cohortSettingsSchema>;
export const COHORT_SETTINGS_FORM_KEYS = ["name", "term", "startsOn", "endsOn", "version"] as const;

export const MAX_GOAL_TARGET = 1000;
export const MAX_THANK_YOU_DAYS = 30;
export const MAX_GOALS_PER_COHORT = 20;

/**
 * A count goal is due by a date or by the end of a week of the term (turned into a date by the data
 * layer, which knows the term); a timeliness goal ("thank-you within N days") has no date at all.
 */
export type GoalInput =
  | { metric: CountGoalMetric; target: number; due: { on: CalendarDate } | { week: number } }
  | { metric: TimelinessGoalMetric; target: number };

const wholeNumber = text()
  .trim()
  .regex(/^\d{1,4}$/)
  .transform(Number);

export const goalSchema = z
  .object({
    metric: z.enum(GOAL_METRICS, { error: "Choose what the goal counts" }),
    target: text({ error: "Enter a number" }).trim(),
    dueBy: z.enum(["date", "week"]).optional(),
    dueOn: text().trim().optional(),
    dueWeek: text().trim().optional(),
  })
  .transform((v, ctx): GoalInput => {
    const problem = (path: string, message: string) => {
      ctx.issues.push({ code: "custom", path: [path], message, input: v });
    };
    const target = wholeNumber.safeParse(v.target);
    if (!isCountMetric(v.metric)) {
      if (!target.success || target.data < 1 || target.data > MAX_THANK_YOU_DAYS) {
        problem("target", `Enter a number of days from 1 to ${MAX_THANK_YOU_DAYS}`);
        return z.NEVER;
      }
      return { metric: v.metric, target: target.data };
    }
    if (!target.success || target.data < 1 || target.data > MAX_GOAL_TARGET) {
      problem("target", `Enter a number from 1 to ${MAX_GOAL_TARGET}`);
    }
    let due: { on: CalendarDate } | { week: number } | null = null;
    if (v.dueBy === "week") {
      const week = wholeNumber.safeParse(v.dueWeek ?? "");
      if (!week.success || week.data < 1) problem("dueWeek", "Enter a week of the term, like 3");
      else due = { week: week.data };
    } else if (v.dueBy === "date") {
      if (!v.dueOn) problem("dueOn", "Enter the date the goal is due");
      else if (!isCalendarDate(v.dueOn)) problem("dueOn", "Enter the date the goal is due as YYYY-MM-DD");
      else due = { on: v.dueOn };
    } else {
      problem("dueBy", "Choose a date or a week of the term");
    }
    if (!target.success || !due || ctx.issues.length > 0) return z.NEVER;
    return { metric: v.metric, target: target.data, due };
  });
export const GOAL_FORM_KEYS = ["metric", "target", "dueBy", "dueOn", "dueWeek"] as const;

export const JOIN_CODE_LIFETIMES = ["7", "14", "30"] as const;
export const joinCodeSchema = z.object({
  expiresInDays: z.enum(JOIN_CODE_LIFETIMES, { error: "Choose how long the link works" }).transform(Number),
  creationKey,
});
export const JOIN_CODE_FORM_KEYS = ["expiresInDays", "creationKey"] as const;

/** What a visitor without a session types on the join page. */
export const joinEmailSchema = z.object({ email: emailAddressSchema });

/** A pasted roster or the text of an uploaded one; the parser reads the rows (lib/domain/roster-csv). */
export const rosterTextSchema = text({ error: "Paste the roster or choose a file" })
  .max(MAX_ROSTER_CHARACTERS, "That roster is too long. Split it into smaller parts.")
  .refine((v) => v.trim().length > 0, "Paste the roster or choose a file");

/** Join codes avoid look-alikes (0/O, 1/I/L), so a code read aloud or typed from a slide survives. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A code as pasted or typed: case, spaces and dashes don't matter. Anything else is no code at all. */
export function normaliseJoinCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, "").toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return null;
  return [...code].every((c) => JOIN_CODE_ALPHABET.includes(c)) ? code : null;
}
