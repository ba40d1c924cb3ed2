import { addBusinessDaysTo } from "./business-days";
import { type CalendarDate, fromDayNumber, toDayNumber } from "./calendar-date";
import { businessDayTask, isOverdue } from "./due-rule";

/** Business days after an unanswered outreach before the first follow-up is suggested. */
export const FIRST_FOLLOW_UP_BUSINESS_DAYS = 3;
/** Business days after the same outreach before the second, and last, follow-up is suggested. */
export const SECOND_FOLLOW_UP_BUSINESS_DAYS = 7;

export type OutreachFollowUpInput = {
  /** When the original outreach was sent. */
  sentOn: CalendarDate;
  /** A reply of any kind (yes, no, later) ends the follow-ups. */
  replied: boolean;
  /** Follow-ups sent since `sentOn`, not counting the original outreach. */
  followUpsSentSince: number;
};

export type OutreachFollowUp = {
  dueOn: CalendarDate;
  kind: "first" | "second";
  /** Overdue by due-rule.ts: from the next business day after `dueOn`. */
  overdue: boolean;
};

/**
 * The next follow-up to suggest for an unanswered outreach, or null when none is (a reply came, or both
 * follow-ups were sent). Both due dates count from the original outreach, as the guides put it ("after 3
 * business days, then after 7"): a late first follow-up does not push the second one back, which keeps
 * the rhythm predictable and stops the student drifting.
 */
export function nextOutreachFollowUp(
  { sentOn, replied, followUpsSentSince }: OutreachFollowUpInput,
  today: CalendarDate,
): OutreachFollowUp | null {
  if (!Number.isInteger(followUpsSentSince) || followUpsSentSince < 0) {
    throw new RangeError(`followUpsSentSince must be a whole number ≥ 0, got ${followUpsSentSince}`);
  }
  if (replied || followUpsSentSince >= 2) return null;
  const kind = followUpsSentSince === 0 ? "first" : "second";
  const due = addBusinessDaysTo(
    toDayNumber(sentOn),
    kind === "first" ? FIRST_FOLLOW_UP_BUSINESS_DAYS : SECOND_FOLLOW_UP_BUSINESS_DAYS,
  );
  const dueOn = fromDayNumber(due);
  return { dueOn, kind, overdue: isOverdue(businessDayTask(dueOn), today) };
}
