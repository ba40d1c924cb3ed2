import { businessDaysBetween } from "./business-days";
import { type CalendarDate, compareCalendarDates } from "./calendar-date";
import { type InterviewStatus, type OutreachReply } from "./vocabulary";

/**
 * The stages a contact moves through, in pipeline order, then the two ways a contact can drop out.
 * `terminal` stages end the pipeline without reaching an interview.
 */
export const STAGES = [
  { stage: "identified", label: "Identified", terminal: false },
  { stage: "contacted", label: "Contacted", terminal: false },
  { stage: "scheduled", label: "Scheduled", terminal: false },
  { stage: "interviewed", label: "Interviewed", terminal: false },
  { stage: "thanked", label: "Thanked", terminal: false },
  { stage: "keeping-in-touch", label: "Keeping in touch", terminal: false },
  { stage: "declined", label: "Declined", terminal: true },
  { stage: "no-response", label: "No response", terminal: true },
] as const;

export type ContactStage = (typeof STAGES)[number]["stage"];

/**
 * How far along the six steps a stage is: identified 0 … keeping-in-touch 5. Declined and no-response
 * rank with contacted (1), the furthest step such a contact reached, so "reached at least X" funnels count
 * them correctly and contacted → declined never reads as moving forward. Column order is STAGES order.
 */
export function stageRank(stage: ContactStage): number {
  if (stage === "declined" || stage === "no-response") return stageRank("contacted");
  return STAGES.findIndex((s) => s.stage === stage);
}

/** Business days the latest unanswered attempt is given before a never-answering contact is "no response". */
export const NO_RESPONSE_BUSINESS_DAYS = 10;

export type ContactStageInput = {
  /** Every attempt, follow-ups included, each with the reply it got. */
  outreach: readonly { sentOn: CalendarDate; reply: OutreachReply }[];
  /** `scheduledFor` is the interview's calendar date in the student's time zone (see calendarDateIn). */
  interviews: readonly {
    status: InterviewStatus;
    scheduledFor: CalendarDate;
  }[];
  /** The latest thank-you sent to this contact, or null. */
  thankYouSentOn: CalendarDate | null;
  /** Touches (updates, messages) logged after that thank-you. */
  touchesAfterThankYou: number;
};

/**
 * The stage of a contact, derived from what was logged (never stored). First rule that applies wins:
 * 1. A completed interview: thanked if a thank-you was sent on or after the latest completed interview
 *    (a new interview calls for a new thank-you), keeping-in-touch if a touch followed that thank-you,
 *    otherwise interviewed. Nothing logged later (a decline, a cancellation) takes this back.
 * 2. The latest decline stands (declined) unless an attempt was sent after it or an interview is dated
 *    on or after it: people say "not now" and later agree.
 * 3. An interview still marked scheduled, upcoming or past but not yet marked: scheduled.
 * 4. Only cancelled or no-show interviews: contacted (the contact had agreed once, so not "no response").
 * 5. No outreach and no interview: identified.
 * 6. No attempt ever answered, and the latest is at least 10 business days old: no-response. The second
 *    follow-up is suggested at 7 business days; this gives the last attempt two working weeks, and every
 *    follow-up the student sends restarts the wait.
 * 7. Otherwise: contacted.
 */
export function deriveContactStage(
  { outreach, interviews, thankYouSentOn, touchesAfterThankYou }: ContactStageInput,
  today: CalendarDate,
): ContactStage {
  if (!Number.isInteger(touchesAfterThankYou) || touchesAfterThankYou < 0) {
    throw new RangeError(`touchesAfterThankYou must be a whole number ≥ 0, got ${touchesAfterThankYou}`);
  }

  const lastCompleted = latest(interviews.filter((i) => i.status === "completed").map((i) => i.scheduledFor));
  if (lastCompleted !== undefined) {
    if (thankYouSentOn === null || compareCalendarDates(thankYouSentOn, lastCompleted) < 0)
      return "interviewed";
    return touchesAfterThankYou > 0 ? "keeping-in-touch" : "thanked";
  }

  const lastDecline = latest(outreach.filter((o) => o.reply === "declined").map((o) => o.sentOn));
  if (
    lastDecline !== undefined &&
    !outreach.some((o) => compareCalendarDates(o.sentOn, lastDecline) > 0) &&
    !interviews.some((i) => compareCalendarDates(i.scheduledFor, lastDecline) >= 0)
  ) {
    return "declined";
  }

  if (interviews.some((i) => i.status === "scheduled")) return "scheduled";
  if (interviews.length > 0) return "contacted";

  const lastAttempt = latest(outreach.map((o) => o.sentOn));
  if (lastAttempt === undefined) return "identified";
  if (
    outreach.every((o) => o.reply === "none") &&
    businessDaysBetween(lastAttempt, today) >= NO_RESPONSE_BUSINESS_DAYS
  ) {
    return "no-response";
  }
  return "contacted";
}

function latest(dates: readonly CalendarDate[]): CalendarDate | undefined {
  return dates.reduce<CalendarDate | undefined>(
    (max, date) => (max === undefined || compareCalendarDates(date, max) > 0 ? date : max),
    undefined,
  );
}
