import { addCalendarDays, compareCalendarDates, type CalendarDate } from "./calendar-date";
import { deriveContactStage, STAGES, type ContactStage } from "./contact-stage";
import { nextKeepInTouch } from "./keep-in-touch";
import { nextOutreachFollowUp } from "./outreach-follow-up";
import { thankYouStatus, type ThankYouRules } from "./thank-you";
import type { FollowUpKind, InterviewStatus, KeepInTouchCadence, OutreachReply } from "./vocabulary";

/** Everything logged about one contact, with dates already in the student's calendar. */
export type ContactActivity = {
  id: string;
  name: string;
  organizationName: string | null;
  cadence: KeepInTouchCadence;
  outreach: readonly { sentOn: CalendarDate; reply: OutreachReply; isFollowUp: boolean }[];
  interviews: readonly { status: InterviewStatus; on: CalendarDate }[];
  followUps: readonly { kind: FollowUpKind; sentOn: CalendarDate }[];
};

export type AgendaItemKind = "thank-you" | "outreach-follow-up" | "interview" | "keep-in-touch";

export type AgendaItem = {
  kind: AgendaItemKind;
  contactId: string;
  contactName: string;
  organizationName: string | null;
  dueOn: CalendarDate;
};

export type StudentAgenda = {
  overdue: AgendaItem[];
  today: AgendaItem[];
  thisWeek: AgendaItem[];
  pipeline: { stage: ContactStage; label: string; contacts: { id: string; name: string }[] }[];
};

const WEEK_DAYS = 7;

/**
 * What a student should do next, from what they logged: thank-yous, outreach follow-ups, interviews and
 * keep-in-touch messages, sorted into overdue / today / the next seven days, plus every contact's stage.
 */
export function buildStudentAgenda(
  contacts: readonly ContactActivity[],
  today: CalendarDate,
  thankYouRules: Partial<ThankYouRules> = {},
): StudentAgenda {
  const weekEnd = addCalendarDays(today, WEEK_DAYS);
  const items: AgendaItem[] = [];
  const byStage = new Map<ContactStage, { id: string; name: string }[]>();

  for (const contact of contacts) {
    const stage = stageOf(contact, today);
    byStage.set(stage, [...(byStage.get(stage) ?? []), { id: contact.id, name: contact.name }]);
    for (const [kind, dueOn] of dueDates(contact, stage, today, thankYouRules)) {
      items.push({
        kind,
        dueOn,
        contactId: contact.id,
        contactName: contact.name,
        organizationName: contact.organizationName,
      });
    }
  }

  items.sort((a, b) => compareCalendarDates(a.dueOn, b.dueOn) || a.contactName.localeCompare(b.contactName));
  return {
    overdue: items.filter((i) => compareCalendarDates(i.dueOn, today) < 0),
    today: items.filter((i) => i.dueOn === today),
    thisWeek: items.filter(
      (i) => compareCalendarDates(i.dueOn, today) > 0 && compareCalendarDates(i.dueOn, weekEnd) <= 0,
    ),
    pipeline: STAGES.map(({ stage, label }) => ({ stage, label, contacts: byStage.get(stage) ?? [] })),
  };
}

function latest(dates: readonly CalendarDate[]): CalendarDate | null {
  return dates.reduce<CalendarDate | null>(
    (max, d) => (max === null || compareCalendarDates(d, max) > 0 ? d : max),
    null,
  );
}

function stageOf(contact: ContactActivity, today: CalendarDate): ContactStage {
  const thankYouSentOn = latest(contact.followUps.filter((f) => f.kind === "thank_you").map((f) => f.sentOn));
  return deriveContactStage(
    {
      outreach: contact.outreach,
      interviews: contact.interviews.map((i) => ({ status: i.status, scheduledFor: i.on })),
      thankYouSentOn,
      touchesAfterThankYou: thankYouSentOn
        ? contact.followUps.filter(
            (f) => f.kind !== "thank_you" && compareCalendarDates(f.sentOn, thankYouSentOn) > 0,
          ).length
        : 0,
    },
    today,
  );
}

function* dueDates(
  contact: ContactActivity,
  stage: ContactStage,
  today: CalendarDate,
  thankYouRules: Partial<ThankYouRules>,
): Generator<[AgendaItemKind, CalendarDate]> {
  for (const interview of contact.interviews) {
    if (interview.status === "scheduled" && compareCalendarDates(interview.on, today) >= 0) {
      yield ["interview", interview.on];
    }
  }

  const completedOn = latest(contact.interviews.filter((i) => i.status === "completed").map((i) => i.on));
  const thankYouSentOn = latest(contact.followUps.filter((f) => f.kind === "thank_you").map((f) => f.sentOn));
  const thanks = thankYouStatus({ interviewCompletedOn: completedOn, thankYouSentOn }, today, thankYouRules);
  if ((thanks.state === "due" || thanks.state === "overdue" || thanks.state === "upcoming") && thanks.dueOn) {
    yield ["thank-you", thanks.dueOn];
  }

  // Follow-ups chase an unanswered first message; once someone has replied or met, they no longer apply.
  if (stage === "contacted") {
    const original = latest(contact.outreach.filter((o) => !o.isFollowUp).map((o) => o.sentOn));
    if (original) {
      const since = contact.outreach.filter((o) => compareCalendarDates(o.sentOn, original) >= 0);
      const followUp = nextOutreachFollowUp(
        {
          sentOn: original,
          replied: since.some((o) => o.reply !== "none"),
          followUpsSentSince: since.filter((o) => o.isFollowUp).length,
        },
        today,
      );
      if (followUp) yield ["outreach-follow-up", followUp.dueOn];
    }
  }

  if (stage === "thanked" || stage === "keeping-in-touch") {
    const lastTouchOn = latest([
      ...contact.outreach.map((o) => o.sentOn),
      ...contact.interviews.filter((i) => i.status === "completed").map((i) => i.on),
      ...contact.followUps.map((f) => f.sentOn),
    ]);
    const keepInTouch = nextKeepInTouch({ cadence: contact.cadence, lastTouchOn }, today);
    if (keepInTouch) yield ["keep-in-touch", keepInTouch.dueOn];
  }
}
