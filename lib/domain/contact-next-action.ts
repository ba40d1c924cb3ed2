import type { CalendarDate } from "./calendar-date";
import { businessDayTask, calendarTask, dueState, type DueState } from "./due-rule";
import type { KeepInTouchDue } from "./keep-in-touch";
import type { OutreachFollowUp } from "./outreach-follow-up";
import { thankYouStatus, type ThankYouRules } from "./thank-you";
import type { InterviewStatus, OutreachReply } from "./vocabulary";

// The one thing to do next with a contact, for the top of their page. The page words it; this decides it,
// so home, the contact page and the tests agree on what comes first.

/** How pressing a dated action is, by the one rule for due and overdue (due-rule.ts). */
export type Urgency = DueState;

export type ContactNextAction =
  | { kind: "send-thank-you"; interviewId: string; dueOn: CalendarDate; urgency: Urgency }
  | { kind: "prepare-interview"; interviewId: string; startsAt: Date; timeZone: string; today: boolean }
  | { kind: "record-interview"; interviewId: string }
  | { kind: "follow-up"; dueOn: CalendarDate; urgency: Urgency; last: boolean }
  | { kind: "schedule-interview" }
  | { kind: "write-first-message" }
  | { kind: "await-reply" }
  | { kind: "declined" }
  | { kind: "keep-in-touch"; dueOn: CalendarDate; urgency: Urgency }
  | { kind: "share-update" };

export type ContactNextActionInput = {
  /** The student's today, in their zone. */
  today: CalendarDate;
  now: Date;
  interviews: readonly {
    id: string;
    status: InterviewStatus;
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
    /** The interview's calendar day, where it happened. */
    heldOn: CalendarDate;
    /** The thank-you recorded for this interview, if any. */
    thankYouSentOn: CalendarDate | null;
  }[];
  /** Any outreach logged at all. */
  hasOutreach: boolean;
  /** The answer to the latest original message and its follow-ups: a decline, a reply, or none yet. */
  latestReply: OutreachReply;
  /** The next follow-up suggested for that message (see nextOutreachFollowUp). */
  followUp: OutreachFollowUp | null;
  /** The next keep-in-touch date, when a cadence is set and something was logged. */
  keepInTouch: KeepInTouchDue | null;
  thankYouRules: ThankYouRules;
};

/**
 * First rule that applies wins, most time-bound first:
 * 1. a completed interview whose thank-you is not sent (the method's "within 1–2 days");
 * 2. an interview still scheduled: get ready if it is still to come, else record how it went;
 * 3. an unanswered message: the follow-up the rhythm suggests (3, then 7 business days);
 * 4. a decline with nothing after it; a reply with no interview yet: schedule it;
 * 5. nothing sent yet: the first message;
 * 6. once thanked: keep in touch at the chosen cadence, or share an update when there is news.
 */
export function contactNextAction(input: ContactNextActionInput): ContactNextAction {
  const { today, now } = input;
  const completed = input.interviews
    .filter((i) => i.status === "completed")
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  for (const interview of completed) {
    const status = thankYouStatus(
      { interviewCompletedOn: interview.heldOn, thankYouSentOn: interview.thankYouSentOn },
      today,
      input.thankYouRules,
    );
    if (
      (status.state === "upcoming" || status.state === "due" || status.state === "overdue") &&
      status.dueOn
    ) {
      return {
        kind: "send-thank-you",
        interviewId: interview.id,
        dueOn: status.dueOn,
        // thankYouStatus judges by due-rule.ts: due until interview + 7 days, overdue after.
        urgency: status.state,
      };
    }
  }

  const scheduled = input.interviews
    .filter((i) => i.status === "scheduled")
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const endsAt = (i: (typeof scheduled)[number]) => i.startsAt.getTime() + i.durationMinutes * 60_000;
  const coming = scheduled.find((i) => endsAt(i) >= now.getTime());
  if (coming) {
    return {
      kind: "prepare-interview",
      interviewId: coming.id,
      startsAt: coming.startsAt,
      timeZone: coming.timeZone,
      today: coming.heldOn === today,
    };
  }
  const unrecorded = scheduled.at(-1);
  if (unrecorded) return { kind: "record-interview", interviewId: unrecorded.id };

  if (completed.length > 0) {
    if (input.keepInTouch) {
      return {
        kind: "keep-in-touch",
        dueOn: input.keepInTouch.dueOn,
        urgency: dueState(calendarTask(input.keepInTouch.dueOn), today),
      };
    }
    return { kind: "share-update" };
  }

  if (input.latestReply === "declined") return { kind: "declined" };
  if (input.latestReply === "replied") return { kind: "schedule-interview" };
  if (input.followUp) {
    return {
      kind: "follow-up",
      dueOn: input.followUp.dueOn,
      // A business-day task: a weekend never makes it overdue.
      urgency: dueState(businessDayTask(input.followUp.dueOn), today),
      last: input.followUp.kind === "second",
    };
  }
  if (!input.hasOutreach) return { kind: "write-first-message" };
  // Both follow-ups sent and still no answer.
  return { kind: "await-reply" };
}
