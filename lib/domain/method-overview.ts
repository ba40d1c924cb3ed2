import { type CalendarDate, calendarDaysBetween } from "./calendar-date";
import { METHOD_STEPS, type MethodStep } from "./student-stage";
import { thankYouStatus } from "./thank-you";
import { plural } from "./plural";

// The advisor's read-only overview of one student's six steps: for each step, whether there is evidence and
// a short line saying what it is. A small rule of its own for now; the student's step tracker
// (lib/domain/step-tracker.ts, built separately) should become the one rule both sides read.

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
  started: boolean;
  evidence: string[];
};

const EVIDENCE: Record<MethodStep, (e: MethodEvidence) => { started: boolean; lines: string[] }> = {
  research: (e) => ({
    started: e.careerFields + e.organizations > 0,
    lines: [plural(e.careerFields, "career field"), plural(e.organizations, "target organization")],
  }),
  identify: (e) => ({
    started: e.contacts > 0,
    lines: [
      plural(e.contacts, "contact"),
      ...(e.referredContacts > 0 ? [`${e.referredContacts} by referral`] : []),
    ],
  }),
  prepare: (e) => ({
    started: e.hasPitch || e.ownQuestions > 0 || e.interviewsWithChosenQuestions > 0,
    lines: [
      e.hasPitch ? "Pitch written" : "No pitch yet",
      plural(e.ownQuestions, "own question"),
      `questions chosen for ${plural(e.interviewsWithChosenQuestions, "interview")}`,
    ],
  }),
  contact: (e) => ({
    started: e.outreachSent > 0,
    lines: [
      plural(e.outreachSent, "first message"),
      plural(e.followUpOutreach, "follow-up"),
      plural(e.replies, "reply", "replies"),
    ],
  }),
  interview: (e) => ({
    started: e.interviewsCompleted > 0,
    lines: [plural(e.interviewsCompleted, "interview") + " held", `${e.interviewsScheduled} scheduled`],
  }),
  "follow-up": (e) => ({
    started: e.thankYous + e.updatesAndTouches > 0,
    lines: [
      plural(e.thankYous, "thank-you"),
      plural(e.updatesAndTouches, "update or touch", "updates or touches"),
    ],
  }),
};

export function methodOverview(evidence: MethodEvidence): MethodStepSummary[] {
  return METHOD_STEPS.map(({ step, label }, index) => {
    const { started, lines } = EVIDENCE[step](evidence);
    return { step, number: index + 1, label, started, evidence: lines };
  });
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
