import type { CalendarDate } from "./calendar-date";
import { calendarDateIn } from "./time-zone";
import type {
  FollowUpChannel,
  FollowUpKind,
  InterviewFormat,
  InterviewStatus,
  OutreachChannel,
  OutreachReply,
} from "./vocabulary";

// What happened with a student's contacts, as one list: outreach, interviews and follow-ups merged. Used by
// the student's page for one contact and by the advisor's page for one student, so both order and shorten
// alike. Text the reader may not see is left out by lib/data before it gets here.

/** One thing that happened; `date` is a calendar day (see `buildTimeline` for an interview's). */
export type TimelineItem = { id: string; contactId: string; date: CalendarDate; text: string } & (
  | { kind: "outreach"; channel: OutreachChannel; reply: OutreachReply; isFollowUp: boolean }
  | { kind: "interview"; startsAt: Date; timeZone: string; format: InterviewFormat; status: InterviewStatus }
  | { kind: "follow-up"; followUpKind: FollowUpKind; channel: FollowUpChannel }
);

export type TimelineOutreach = {
  id: string;
  contactId: string;
  sentOn: CalendarDate;
  channel: OutreachChannel;
  reply: OutreachReply;
  isFollowUp: boolean;
  message: string;
  createdAt: Date;
};

export type TimelineInterview = {
  id: string;
  contactId: string;
  startsAt: Date;
  timeZone: string;
  format: InterviewFormat;
  status: InterviewStatus;
  takeaways: string;
  /** Shown when there are no takeaways; absent where the reader sees takeaways only. */
  notes?: string;
};

export type TimelineFollowUp = {
  id: string;
  contactId: string;
  sentOn: CalendarDate;
  kind: FollowUpKind;
  channel: FollowUpChannel;
  note: string;
  createdAt: Date;
};

export const TIMELINE_TEXT_LENGTH = 140;

/**
 * Newest day first; within a day, the latest moment first (an interview's start, an entry's time). An
 * interview's day is taken in `timeZone` when given (the student's calendar), else where it happened.
 */
export function buildTimeline(
  streams: {
    outreach: readonly TimelineOutreach[];
    interviews: readonly TimelineInterview[];
    followUps: readonly TimelineFollowUp[];
  },
  options: { timeZone?: string } = {},
): TimelineItem[] {
  const items: { at: number; item: TimelineItem }[] = [
    ...streams.outreach.map((o) => ({
      at: o.createdAt.getTime(),
      item: {
        kind: "outreach" as const,
        id: o.id,
        contactId: o.contactId,
        date: o.sentOn,
        text: shorten(o.message),
        channel: o.channel,
        reply: o.reply,
        isFollowUp: o.isFollowUp,
      },
    })),
    ...streams.interviews.map((i) => ({
      at: i.startsAt.getTime(),
      item: {
        kind: "interview" as const,
        id: i.id,
        contactId: i.contactId,
        date: calendarDateIn(i.startsAt, options.timeZone ?? i.timeZone),
        text: shorten(i.takeaways || (i.notes ?? "")),
        startsAt: i.startsAt,
        timeZone: i.timeZone,
        format: i.format,
        status: i.status,
      },
    })),
    ...streams.followUps.map((f) => ({
      at: f.createdAt.getTime(),
      item: {
        kind: "follow-up" as const,
        id: f.id,
        contactId: f.contactId,
        date: f.sentOn,
        text: shorten(f.note),
        followUpKind: f.kind,
        channel: f.channel,
      },
    })),
  ];
  return items
    .sort((a, b) => (a.item.date === b.item.date ? b.at - a.at : a.item.date < b.item.date ? 1 : -1))
    .map(({ item }) => item);
}

/** One line of at most TIMELINE_TEXT_LENGTH characters, whitespace collapsed, an ellipsis when cut. */
export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > TIMELINE_TEXT_LENGTH ? `${flat.slice(0, TIMELINE_TEXT_LENGTH - 1)}…` : flat;
}
