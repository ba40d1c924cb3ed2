import { type CalendarDate, calendarDaysBetween } from "./calendar-date";
import { stepStatuses, type StepStatus } from "./step-tracker";
import { METHOD_STEPS, type MethodStep } from "./student-stage";
import { thankYouStatus } from "./thank-you";
import { plural } from "./plural";

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

const EVIDENCE: Record<MethodStep, (e: MethodEvidence) => { lines: string[] }> = {
  research: (e) => ({
    lines: [plural(e.careerFields, "career field"), plural(e.organizations, "target organization")],
  }),
  identify: (e) => ({
    lines: [
      plural(e.contacts, "contact"),
      ...(e.referredContacts > 0 ? [`${e.referredContacts} by referral`] : []),
    ],
  }),
  prepare: (e) => ({
    lines: [
      e.hasPitch ? "Pitch written" : "No pitch yet",
      plural(e.ownQuestions, "own question"),
      `questions chosen for ${plural(e.interviewsWithChosenQuestions, "interview")}`,
    ],
  }),
  contact: (e) => ({
    lines: [
      plural(e.outreachSent, "first message"),
      plural(e.followUpOutreach, "follow-up"),
      plural(e.replies, "reply", "replies"),
    ],
  }),
  interview: (e) => ({
    lines: [plural(e.interviewsCompleted, "interview") + " held", `${e.interviewsScheduled} scheduled`],
  }),
  "follow-up": (e) => ({
    lines: [
      plural(e.thankYous, "thank-you"),
      plural(e.updatesAndTouches, "update or touch", "updates or touches"),
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
 * One completed interview's thank-you in the advisor's words, as thankYouStatus (and so due-rule.ts) judges
 * it: sent by the overdue line is on time; not sent and past it is missing; not sent before it is pending.
 * `thankedOn` is the matched note's day (thankYouTimings' rule).
 */
export function thankYouTimeliness(
  heldOn: CalendarDate,
  thankedOn: CalendarDate | null,
  today: CalendarDate,
  overdueDays: number,
): ThankYouTimeliness {
  const { state } = thankYouStatus({ interviewCompletedOn: heldOn, thankYouSentOn: thankedOn }, today, {
    overdueDays,
  });
  if (thankedOn !== null && (state === "sent-on-time" || state === "sent-late")) {
    return {
      state: state === "sent-on-time" ? "on-time" : "late",
      days: calendarDaysBetween(heldOn, thankedOn),
    };
  }
  const daysSince = Math.max(0, calendarDaysBetween(heldOn, today));
  return { state: state === "overdue" ? "missing" : "pending", daysSince };
}
