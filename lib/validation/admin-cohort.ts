import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { formVersion, recordId, requiredText, text } from "./fields";
import { optionalChoice } from "./list-query";

export const COHORT_LIST_STATUSES = ["active", "archived", "all"] as const;
export type CohortListStatus = (typeof COHORT_LIST_STATUSES)[number];

/** The cohort list's filter, read from the URL: active cohorts unless asked otherwise. */
export const cohortFilterSchema = z.object({
  status: optionalChoice(COHORT_LIST_STATUSES).transform((v) => v ?? "active"),
});

const day = (what: string) =>
  text({ error: `Enter the ${what} date` })
    .trim()
    .min(1, { error: `Enter the ${what} date`, abort: true })
    .refine(isCalendarDate, `Enter the ${what} date as YYYY-MM-DD`);

export const cohortFields = z
  .object({
    name: requiredText("the cohort's name", 120),
    term: requiredText("the term, for example Fall 2026", 60),
    startsOn: day("start"),
    endsOn: day("end"),
  })
  // Checked here so the message sits next to the field; the database's CHECK refuses it anyway.
  .refine((v) => !isCalendarDate(v.startsOn) || !isCalendarDate(v.endsOn) || v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    message: "The end date can't be before the start date",
  });
export type CohortInput = z.output<typeof cohortFields>;

export const createCohortSchema = cohortFields;
export const updateCohortSchema = cohortFields.safeExtend({ id: recordId, version: formVersion });
export type UpdateCohortInput = z.output<typeof updateCohortSchema>;
export const COHORT_FORM_KEYS = ["name", "term", "startsOn", "endsOn"] as const;

export const cohortIdSchema = z.object({ cohortId: recordId });

export const advisorAssignmentSchema = z.object({
  cohortId: recordId,
  advisorId: text({ error: "Choose an advisor" }).trim().min(1, "Choose an advisor"),
});
export type AdvisorAssignmentInput = z.output<typeof advisorAssignmentSchema>;
