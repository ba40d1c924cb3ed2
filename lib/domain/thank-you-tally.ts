import { type CalendarDate, calendarDaysBetween, compareCalendarDates, toDayNumber } from "./calendar-date";
import { type StudentProgress } from "./student-progress";
import { DEFAULT_THANK_YOU_RULES, isThankYouOverdue } from "./thank-you";
import { calendarDateIn } from "./time-zone";

export type ThankYouTally = {
  /** Sent within `overdueDays` of the interview. */
  onTime: number;
  /** Sent, but after `overdueDays`. */
  late: number;
  /** Not sent, and the interview is more than `overdueDays` old. */
  missing: number;
  /** Not sent yet, still in time. Not a problem, so the dashboard can leave it out. */
  pending: number;
};

export type ThankYouTallyInput = Pick<StudentProgress, "thankYouDelays" | "interviewsAwaitingThankYou">;

/**
 * A student's thank-yous, one per completed interview, sorted by the same line as thankYouStatus: on time
 * means sent on or before interview + `overdueDays` (7 by default), and an unsent one becomes missing the day
 * after. A stricter cohort goal ("within 2 days") is measured separately, in goal-progress.
 */
export function tallyThankYous(
  { thankYouDelays, interviewsAwaitingThankYou }: ThankYouTallyInput,
  today: CalendarDate,
  overdueDays: number = DEFAULT_THANK_YOU_RULES.overdueDays,
): ThankYouTally {
  assertDays("overdueDays", overdueDays);
  const tally: ThankYouTally = { onTime: 0, late: 0, missing: 0, pending: 0 };
  for (const delay of thankYouDelays) {
    assertWholeNumber("thank-you delay", delay);
    // thank-you.ts: a note dated before the interview is not a thank-you for it.
    if (delay < 0) continue;
    if (delay <= overdueDays) tally.onTime++;
    else tally.late++;
  }
  tally.missing = countOverdueThankYous(interviewsAwaitingThankYou, today, overdueDays);
  tally.pending = interviewsAwaitingThankYou.length - tally.missing;
  return tally;
}

/** How many interviews still waiting for a thank-you are past `overdueDays`; overdueThankYous without the list. */
export function countOverdueThankYous(
  interviewsAwaitingThankYou: readonly CalendarDate[],
  today: CalendarDate,
  overdueDays: number,
): number {
  assertDays("overdueDays", overdueDays);
  if (interviewsAwaitingThankYou.length === 0) return 0;
  const todayOn = toDayNumber(today);
  let overdue = 0;
  for (const interviewOn of interviewsAwaitingThankYou) {
    if (isThankYouOverdue(toDayNumber(interviewOn), todayOn, overdueDays)) overdue++;
  }
  return overdue;
}

/** Each interview still waiting for a thank-you, and whether it is past `overdueDays`. */
export function overdueThankYous(
  interviewsAwaitingThankYou: readonly CalendarDate[],
  today: CalendarDate,
  overdueDays: number,
): { interviewOn: CalendarDate; overdue: boolean }[] {
  assertDays("overdueDays", overdueDays);
  if (interviewsAwaitingThankYou.length === 0) return [];
  const todayOn = toDayNumber(today);
  return interviewsAwaitingThankYou.map((interviewOn) => ({
    interviewOn,
    overdue: isThankYouOverdue(toDayNumber(interviewOn), todayOn, overdueDays),
  }));
}

function assertWholeNumber(name: string, value: number): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${value}`);
}

function assertDays(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

export type CompletedInterviewForThanks = { id: string; contactId: string; startsAt: Date; timeZone: string };
export type ThankYouForMatching = { contactId: string; interviewId: string | null; sentOn: CalendarDate };

/**
 * Matches thank-you notes to completed interviews, giving the delays and the unthanked days a tally needs.
 * An interview's day is taken where it happened; its thank-you is the one recorded for it, or failing that
 * the first one sent to the same person on or after that day. The cohort dashboard applies the same rule
 * in one SQL aggregate (a cohort's rows are not loaded); tests/integration/thank-you-matching-property.test.ts
 * checks over random data that the two agree.
 */
export function thankYouTimings(
  completed: readonly CompletedInterviewForThanks[],
  thankYous: readonly ThankYouForMatching[],
): ThankYouTallyInput {
  const thankYouDelays: number[] = [];
  const interviewsAwaitingThankYou: CalendarDate[] = [];
  for (const interview of completed) {
    const heldOn = calendarDateIn(interview.startsAt, interview.timeZone);
    const thankedOn = thankYous
      .filter(
        (f) =>
          f.interviewId === interview.id ||
          (f.interviewId === null &&
            f.contactId === interview.contactId &&
            compareCalendarDates(f.sentOn, heldOn) >= 0),
      )
      .map((f) => f.sentOn)
      .sort(compareCalendarDates)[0];
    if (thankedOn === undefined) interviewsAwaitingThankYou.push(heldOn);
    else thankYouDelays.push(calendarDaysBetween(heldOn, thankedOn));
  }
  return { thankYouDelays, interviewsAwaitingThankYou };
}
