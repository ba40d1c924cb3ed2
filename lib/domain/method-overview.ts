import { type CalendarDate, calendarDaysBetween, compareCalendarDates, toDayNumber } from "./calendar-date";
import { stepStatuses, type StepStatus } from "./step-tracker";
import { METHOD_STEPS, type MethodStep } from "./student-stage";
import { isThankYouOverdue } from "./thank-you";

// The advisor's read-only overview of one student's six steps: each step's status under the one step rule
// (student-stage.ts `currentStepIndex`, the student's own tracker's), and a short line of its evidence.

export type MethodEvidence = {
  careerFields: number;
  organizations: number;
  contacts: number;
  referredContacts: number;
  hasPitch: boolean;
  ownQuestions: number;
  interviewsWithChosenQuestions: number;
  outreachSent: number;
  followUpOutreach: number;
  replies: number;
  interviewsScheduled: number;
  interviewsCompleted: number;
  thankYous: number;
  updatesAndTouches: number;
};

export type MethodStepSummary = {
  step: MethodStep;
  number: number;
  label: string;
  /** As the student's own tracker shows it: done, the current step, or still to do. */
  status: StepStatus;
  evidence: string[];
};

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const EVIDENCE: Record<MethodStep, (e: MethodEvidence) => { lines: string[] }> = {
  research: (e) => ({
    lines: [count(e.careerFields, "career field"), count(e.organizations, "target organization")],
  }),
  identify: (e) => ({
    lines: [
      count(e.contacts, "contact"),
      ...(e.referredContacts > 0 ? [`${e.referredContacts} by referral`] : []),
    ],
  }),
  prepare: (e) => ({
    lines: [
      e.hasPitch ? "Pitch written" : "No pitch yet",
      count(e.ownQuestions, "own question"),
      `questions chosen for ${count(e.interviewsWithChosenQuestions, "interview")}`,
    ],
  }),
  contact: (e) => ({
    lines: [
      count(e.outreachSent, "first message"),
      count(e.followUpOutreach, "follow-up"),
      count(e.replies, "reply", "replies"),
    ],
  }),
  interview: (e) => ({
    lines: [count(e.interviewsCompleted, "interview") + " held", `${e.interviewsScheduled} scheduled`],
  }),
  "follow-up": (e) => ({
    lines: [
      count(e.thankYous, "thank-you"),
      count(e.updatesAndTouches, "update or touch", "updates or touches"),
    ],
  }),
};

export function methodOverview(evidence: MethodEvidence): MethodStepSummary[] {
  const statuses = stepStatuses({
    researchItems: evidence.careerFields + evidence.organizations,
    contactsIdentified: evidence.contacts,
    pitchWritten: evidence.hasPitch,
    outreachSent: evidence.outreachSent,
    interviewsCompleted: evidence.interviewsCompleted,
    thankYousSent: evidence.thankYous,
  });
  return METHOD_STEPS.map(({ step, label }, index) => ({
    step,
    number: index + 1,
    label,
    status: statuses[index]!,
    evidence: EVIDENCE[step](evidence).lines,
  }));
}

export type ThankYouTimeliness =
  { state: "on-time" | "late"; days: number } | { state: "missing" | "pending"; daysSince: number };

/**
 * One completed interview's thank-you, judged like the dashboard's tally: sent within `overdueDays` is on
 * time; not sent and past it is missing. `thankedOn` is the matched note's day (thankYouTimings' rule).
 */
export function thankYouTimeliness(
  heldOn: CalendarDate,
  thankedOn: CalendarDate | null,
  today: CalendarDate,
  overdueDays: number,
): ThankYouTimeliness {
  if (thankedOn !== null && compareCalendarDates(thankedOn, heldOn) >= 0) {
    const days = calendarDaysBetween(heldOn, thankedOn);
    return { state: days <= overdueDays ? "on-time" : "late", days };
  }
  const daysSince = Math.max(0, calendarDaysBetween(heldOn, today));
  return {
    state: isThankYouOverdue(toDayNumber(heldOn), toDayNumber(today), overdueDays) ? "missing" : "pending",
    daysSince,
  };
}
