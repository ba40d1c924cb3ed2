import { addCalendarDays, compareCalendarDates, toDayNumber, type CalendarDate } from "./calendar-date";
import { deriveContactStage, STAGES, type ContactStage } from "./contact-stage";
import {
  businessDayTask,
  calendarTask,
  dueState,
  thankYouTask,
  type DueState,
  type DueTask,
} from "./due-rule";
import { nextKeepInTouch } from "./keep-in-touch";
import { nextOutreachFollowUp } from "./outreach-follow-up";
import { DEFAULT_THANK_YOU_RULES, type ThankYouRules } from "./thank-you";
import type {
  FollowUpKind,
  InterviewStatus,
  KeepInTouchCadence,
  OutreachChannel,
  OutreachReply,
} from "./vocabulary";

/** Everything logged about one contact, with dates already in the student's calendar. */
export type ContactActivity = {
  id: string;
  name: string;
  organizationName: string | null;
  cadence: KeepInTouchCadence;
  /** `id`, `version` and `channel` are there when the caller wants one-click logging on the result. */
  outreach: readonly {
    id?: string;
    version?: number;
    channel?: OutreachChannel;
    sentOn: CalendarDate;
    reply: OutreachReply;
    isFollowUp: boolean;
  }[];
  interviews: readonly { id?: string; status: InterviewStatus; on: CalendarDate }[];
  followUps: readonly { kind: FollowUpKind; sentOn: CalendarDate }[];
};

export type AgendaItemKind = "thank-you" | "outreach-follow-up" | "interview" | "keep-in-touch";

export type AgendaItem = DueTask & {
  kind: AgendaItemKind;
  /** Where the task stands today, by due-rule.ts. */
  state: DueState;
  contactId: string;
  contactName: string;
  organizationName: string | null;
  /** The interview a thank-you or an interview item is about, when known. */
  interviewId: string | null;
  /** An outreach follow-up: the first or the second the method suggests. */
  followUp: "first" | "second" | null;
};

/** An unanswered message: the contact is waiting on a reply (or the student on theirs). */
export type AwaitingReply = {
  contactId: string;
  contactName: string;
  organizationName: string | null;
  /** The original message being chased. */
  firstSentOn: CalendarDate;
  /** The latest attempt (original or follow-up): the one a reply is recorded on. */
  latest: {
    id: string | null;
    version: number | null;
    channel: OutreachChannel | null;
    sentOn: CalendarDate;
  };
  followUpsSent: number;
  /** The next follow-up, or null when both were sent. */
  nextFollowUp: AgendaItem | null;
};

/** A thanked contact with no update since: the method's "I took your advice and …". */
export type UpdateToSend = {
  contactId: string;
  contactName: string;
  organizationName: string | null;
  thankedOn: CalendarDate;
};

export type StudentAgenda = {
  /** Every dated task within the week ahead or earlier, most urgent first. */
  items: AgendaItem[];
  overdue: AgendaItem[];
  /** Due today, or due since an earlier day and not overdue yet. */
  due: AgendaItem[];
  /** Upcoming within the next seven days. */
  thisWeek: AgendaItem[];
  awaitingReply: AwaitingReply[];
  updatesToSend: UpdateToSend[];
  pipeline: { stage: ContactStage; label: string; contacts: { id: string; name: string }[] }[];
  /** Counts for the step tracker, from the same pass. */
  tally: AgendaTally;
};

export type AgendaTally = {
  contacts: number;
  /** Original messages (not follow-ups). */
  outreachSent: number;
  interviewsCompleted: number;
  /** Scheduled for today or later. */
  interviewsUpcoming: number;
  thankYousSent: number;
};

const WEEK_DAYS = 7;

/**
 * What a student should do next, from what they logged, in one pass over their contacts: thank-yous,
 * outreach follow-ups, interviews and keep-in-touch messages judged by due-rule.ts and sorted into
 * overdue / due / the next seven days; the messages still waiting for a reply; every contact's stage.
 */
export function buildStudentAgenda(
  contacts: readonly ContactActivity[],
  today: CalendarDate,
  thankYouRules: Partial<ThankYouRules> = {},
): StudentAgenda {
  const rules: ThankYouRules = {
    dueBusinessDays: thankYouRules.dueBusinessDays ?? DEFAULT_THANK_YOU_RULES.dueBusinessDays,
    overdueDays: thankYouRules.overdueDays ?? DEFAULT_THANK_YOU_RULES.overdueDays,
  };
  const todayOn = toDayNumber(today);
  const weekEndOn = toDayNumber(addCalendarDays(today, WEEK_DAYS));
  const items: AgendaItem[] = [];
  const awaitingReply: AwaitingReply[] = [];
  const updatesToSend: UpdateToSend[] = [];
  const byStage = new Map<ContactStage, { id: string; name: string }[]>();
  const tally: AgendaTally = {
    contacts: contacts.length,
    outreachSent: 0,
    interviewsCompleted: 0,
    interviewsUpcoming: 0,
    thankYousSent: 0,
  };

  for (const contact of contacts) {
    const facts = factsOf(contact);
    const stage = stageOf(contact, facts, today);
    const column = byStage.get(stage);
    if (column) column.push({ id: contact.id, name: contact.name });
    else byStage.set(stage, [{ id: contact.id, name: contact.name }]);

    tally.outreachSent += contact.outreach.filter((o) => !o.isFollowUp).length;
    tally.interviewsCompleted += contact.interviews.filter((i) => i.status === "completed").length;
    tally.interviewsUpcoming += contact.interviews.filter(
      (i) => i.status === "scheduled" && compareCalendarDates(i.on, today) >= 0,
    ).length;
    tally.thankYousSent += contact.followUps.filter((f) => f.kind === "thank_you").length;

    const add = (
      kind: AgendaItemKind,
      task: DueTask,
      extra: Partial<Pick<AgendaItem, "interviewId" | "followUp">> = {},
    ): AgendaItem => {
      const item: AgendaItem = {
        kind,
        ...task,
        state: dueState(task, today),
        contactId: contact.id,
        contactName: contact.name,
        organizationName: contact.organizationName,
        interviewId: extra.interviewId ?? null,
        followUp: extra.followUp ?? null,
      };
      if (toDayNumber(item.dueOn) <= weekEndOn) items.push(item);
      return item;
    };

    for (const interview of contact.interviews) {
      if (interview.status === "scheduled" && toDayNumber(interview.on) >= todayOn) {
        add("interview", calendarTask(interview.on), { interviewId: interview.id ?? null });
      }
    }

    if (facts.completed && !(facts.thankYouSentOn && facts.thankYouSentOn >= facts.completed.on)) {
      add("thank-you", thankYouTask(facts.completed.on, rules), { interviewId: facts.completed.id ?? null });
    }

    // Follow-ups chase an unanswered first message; once someone has replied or met, they no longer apply.
    if (stage === "contacted" || stage === "no-response") {
      const waiting = awaitingOf(contact, today);
      if (waiting) {
        if (stage === "contacted" && waiting.next) {
          waiting.row.nextFollowUp = add("outreach-follow-up", businessDayTask(waiting.next.dueOn), {
            followUp: waiting.next.kind,
          });
        }
        awaitingReply.push(waiting.row);
      }
    }

    if (stage === "thanked" || stage === "keeping-in-touch") {
      const thankedOn = facts.thankYouSentOn;
      if (thankedOn && !(facts.lastUpdateOn && facts.lastUpdateOn >= thankedOn)) {
        updatesToSend.push({
          contactId: contact.id,
          contactName: contact.name,
          organizationName: contact.organizationName,
          thankedOn,
        });
      }
      const keepInTouch = nextKeepInTouch(
        { cadence: contact.cadence, lastTouchOn: facts.lastTouchOn },
        today,
      );
      if (keepInTouch) add("keep-in-touch", calendarTask(keepInTouch.dueOn));
    }
  }

  items.sort(byUrgency);
  awaitingReply.sort(
    (a, b) =>
      compareCalendarDates(a.nextFollowUp?.dueOn ?? "9999-12-31", b.nextFollowUp?.dueOn ?? "9999-12-31") ||
      compareCalendarDates(a.firstSentOn, b.firstSentOn) ||
      a.contactName.localeCompare(b.contactName),
  );
  updatesToSend.sort((a, b) => compareCalendarDates(a.thankedOn, b.thankedOn));
  return {
    items,
    overdue: items.filter((i) => i.state === "overdue"),
    due: items.filter((i) => i.state === "due"),
    thisWeek: items.filter((i) => i.state === "upcoming"),
    awaitingReply,
    updatesToSend,
    pipeline: STAGES.map(({ stage, label }) => ({ stage, label, contacts: byStage.get(stage) ?? [] })),
    tally,
  };
}

/** Overdue first, then due, then upcoming; within each, the earliest date first, then by name. */
export function byUrgency(a: AgendaItem, b: AgendaItem): number {
  const rank = { overdue: 0, due: 1, upcoming: 2 } as const;
  return (
    rank[a.state] - rank[b.state] ||
    compareCalendarDates(a.dueOn, b.dueOn) ||
    a.contactName.localeCompare(b.contactName)
  );
}

type ContactFacts = {
  completed: { id?: string; on: CalendarDate } | null;
  thankYouSentOn: CalendarDate | null;
  /** The latest "I took your advice and …" update. */
  lastUpdateOn: CalendarDate | null;
  lastTouchOn: CalendarDate | null;
};

// ISO dates compare correctly as strings: one loop per list, no Date objects.
function factsOf(contact: ContactActivity): ContactFacts {
  let completed: ContactFacts["completed"] = null;
  let lastTouchOn: CalendarDate | null = null;
  const touch = (on: CalendarDate) => {
    if (lastTouchOn === null || on > lastTouchOn) lastTouchOn = on;
  };
  for (const interview of contact.interviews) {
    if (interview.status !== "completed") continue;
    if (completed === null || interview.on > completed.on) completed = { id: interview.id, on: interview.on };
    touch(interview.on);
  }
  let thankYouSentOn: CalendarDate | null = null;
  let lastUpdateOn: CalendarDate | null = null;
  for (const followUp of contact.followUps) {
    if (followUp.kind === "update" && (lastUpdateOn === null || followUp.sentOn > lastUpdateOn)) {
      lastUpdateOn = followUp.sentOn;
    }
    if (followUp.kind === "thank_you" && (thankYouSentOn === null || followUp.sentOn > thankYouSentOn)) {
      thankYouSentOn = followUp.sentOn;
    }
    touch(followUp.sentOn);
  }
  for (const attempt of contact.outreach) touch(attempt.sentOn);
  return { completed, thankYouSentOn, lastUpdateOn, lastTouchOn };
}

function stageOf(contact: ContactActivity, facts: ContactFacts, today: CalendarDate): ContactStage {
  const thankYouSentOn = facts.thankYouSentOn;
  return deriveContactStage(
    {
      outreach: contact.outreach,
      interviews: contact.interviews.map((i) => ({ status: i.status, scheduledFor: i.on })),
      thankYouSentOn,
      touchesAfterThankYou: thankYouSentOn
        ? contact.followUps.filter((f) => f.kind !== "thank_you" && f.sentOn > thankYouSentOn).length
        : 0,
    },
    today,
  );
}

function awaitingOf(
  contact: ContactActivity,
  today: CalendarDate,
): { row: AwaitingReply; next: ReturnType<typeof nextOutreachFollowUp> } | null {
  let original: ContactActivity["outreach"][number] | null = null;
  for (const attempt of contact.outreach) {
    if (!attempt.isFollowUp && (original === null || attempt.sentOn > original.sentOn)) original = attempt;
  }
  if (original === null) return null;
  const since = contact.outreach.filter((o) => o.sentOn >= original.sentOn);
  if (since.some((o) => o.reply !== "none")) return null;
  const followUpsSent = since.filter((o) => o.isFollowUp).length;
  const latest = since.reduce((a, b) =>
    b.sentOn > a.sentOn || (b.sentOn === a.sentOn && b.isFollowUp) ? b : a,
  );
  const next = nextOutreachFollowUp(
    { sentOn: original.sentOn, replied: false, followUpsSentSince: followUpsSent },
    today,
  );
  return {
    row: {
      contactId: contact.id,
      contactName: contact.name,
      organizationName: contact.organizationName,
      firstSentOn: original.sentOn,
      latest: {
        id: latest.id ?? null,
        version: latest.version ?? null,
        channel: latest.channel ?? null,
        sentOn: latest.sentOn,
      },
      followUpsSent,
      nextFollowUp: null,
    },
    next,
  };
}
