import { addBusinessDaysTo } from "./business-days";
import { type CalendarDate, fromDayNumber, toDayNumber } from "./calendar-date";
import { type DayNumber } from "./day-number";
import { dueStateOn, thankYouOverdueFrom } from "./due-rule";

export type ThankYouRules = {
  /** Business days after the interview when the thank-you becomes due. */
  dueBusinessDays: number;
  /** Calendar days after the interview that are still on time; the day after, it is overdue. */
  overdueDays: number;
};

/** The product's rule (due 1 business day after the interview, overdue after 7 days); cohorts may override. */
export const DEFAULT_THANK_YOU_RULES: ThankYouRules = { dueBusinessDays: 1, overdueDays: 7 };

export type ThankYouInput = {
  /** The latest completed interview with this contact, or null when none was completed. */
  interviewCompletedOn: CalendarDate | null;
  /** The latest thank-you sent to this contact, or null. */
  thankYouSentOn: CalendarDate | null;
};

export type ThankYouState = "not-applicable" | "upcoming" | "due" | "overdue" | "sent-on-time" | "sent-late";

export type ThankYouStatus = {
  state: ThankYouState;
  /** When the thank-you is (or was) due. Absent when not applicable. */
  dueOn?: CalendarDate;
  /** The last day that counts as on time; the thank-you is overdue from the next day. */
  overdueOn?: CalendarDate;
};

/**
 * Where the thank-you for an interview stands.
 *
 * "On time" means sent on or before `overdueOn` (interview + 7 days), not by `dueOn`. That is the line an
 * advisor acts on: the needs-attention flag fires at "no thank-you after 7 days", and a thank-you that never
 * raised that flag should not then be counted as late on the dashboard. The nudge to send it within a
 * day or two is `dueOn`; a stricter cohort goal ("within 2 days") passes `{ overdueDays: 2 }`.
 *
 * A thank-you dated before the interview thanks someone for an earlier conversation, so it does not count
 * for this one. A thank-you sent the same day as the interview does.
 */
export function thankYouStatus(
  { interviewCompletedOn, thankYouSentOn }: ThankYouInput,
  today: CalendarDate,
  {
    // Defaults apply to missing and undefined values alike, so a cohort without a setting passes `undefined`.
    dueBusinessDays = DEFAULT_THANK_YOU_RULES.dueBusinessDays,
    overdueDays = DEFAULT_THANK_YOU_RULES.overdueDays,
  }: Partial<ThankYouRules> = {},
): ThankYouStatus {
  assertDays("dueBusinessDays", dueBusinessDays);
  assertDays("overdueDays", overdueDays);
  if (interviewCompletedOn === null) return { state: "not-applicable" };

  const interviewOn = toDayNumber(interviewCompletedOn);
  const due = addBusinessDaysTo(interviewOn, dueBusinessDays);
  const lastOnTime = interviewOn + overdueDays;
  const dates = { dueOn: fromDayNumber(due), overdueOn: fromDayNumber(lastOnTime) };

  const sentOn = thankYouSentOn === null ? null : toDayNumber(thankYouSentOn);
  if (sentOn !== null && sentOn >= interviewOn) {
    return { state: sentOn <= lastOnTime ? "sent-on-time" : "sent-late", ...dates };
  }
  // due-rule.ts decides; it checks overdue first, so rules where the due date falls after the overdue line
  // (say 5 business days and 2 calendar days) still end in "overdue", never back in "upcoming".
  const state = dueStateOn(due, thankYouOverdueFrom(interviewOn, overdueDays), toDayNumber(today));
  return { state, ...dates };
}

/**
 * Whether an interview's thank-you, still unsent, is overdue `today`: the state thankYouStatus gives it, on
 * day numbers, for tallies that judge many interviews against one today.
 */
export function isThankYouOverdue(interviewOn: DayNumber, today: DayNumber, overdueDays: number): boolean {
  return today >= thankYouOverdueFrom(interviewOn, overdueDays);
}

function assertDays(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}
