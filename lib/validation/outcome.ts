import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/calendar-date";
import { OUTCOME_KINDS } from "@/lib/domain/outcome-kinds";
import { checkbox, creationKey, formVersion, optionalText, recordId, requiredText, text } from "./fields";

export const OUTCOME_TITLE_MAX_LENGTH = 200;
/** More links than this is a form someone is abusing, not a student's record. */
const MAX_LINKS = 50;

/** Ids posted by a group of checkboxes; what they name is checked (and scoped) by lib/data. */
const linkedIds = z.array(recordId).max(MAX_LINKS, "Choose fewer, the ones that mattered most");

export const outcomeFields = z.object({
  kind: z.enum(OUTCOME_KINDS, { error: "Choose what it led to" }),
  title: requiredText("a short title", OUTCOME_TITLE_MAX_LENGTH),
  occurredOn: text({ error: "Enter the date" })
    .trim()
    .refine(isCalendarDate, "Enter the date as YYYY-MM-DD")
    .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", "Enter a date between 2000 and 2100"),
  note: optionalText(5000),
  notePrivate: checkbox,
  contactIds: linkedIds,
  interviewIds: linkedIds,
});
export type OutcomeInput = z.output<typeof outcomeFields>;

export const createOutcomeSchema = outcomeFields.extend({ creationKey });
export const updateOutcomeSchema = outcomeFields.extend({ id: recordId, version: formVersion });
/** An advisor records one for a student in their cohort: the student comes from the URL, checked by lib/data. */
export const advisorOutcomeSchema = createOutcomeSchema.extend({ studentId: recordId });

export const OUTCOME_FORM_KEYS = ["kind", "title", "occurredOn", "note", "notePrivate"] as const;
/** Multi-valued fields, echoed back to the form as comma-separated ids. */
export const OUTCOME_LINK_KEYS = ["contactIds", "interviewIds"] as const;
