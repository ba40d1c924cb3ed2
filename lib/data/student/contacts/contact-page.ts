import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "@/lib/errors";
import type { Database } from "@/db/client";
import { preparedQuery } from "@/lib/data/internal/prepared-sql";
import { contacts, organizations, studentProfiles } from "@/db/schema/index";
import { type CalendarDate, compareCalendarDates } from "@/lib/domain/calendar-date";
import { contactNextAction, type ContactNextAction } from "@/lib/domain/contact-next-action";
import { nextKeepInTouch } from "@/lib/domain/keep-in-touch";
import { latestOutreachState, type OutreachSuggestion } from "@/lib/domain/outreach-suggestion";
import { buildTimeline, type TimelineItem } from "@/lib/domain/timeline";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import type {
  ContactSource,
  FollowUpChannel,
  FollowUpKind,
  InterviewFormat,
  InterviewStatus,
  KeepInTouchCadence,
  OutreachChannel,
  OutreachReply,
} from "@/lib/domain/vocabulary";
import { thankYouRulesOf } from "@/lib/data/internal/instance-rules";
import { ancestorsSql, type ReferralChainLink } from "@/lib/data/internal/referral-chain";
import { requireStudent } from "@/lib/data/student/scope";
import type { OutreachAttempt, OutreachTemplateData } from "./outreach";

export type ContactPage = {
  contact: {
    id: string;
    name: string;
    title: string;
    organizationId: string | null;
    organizationName: string | null;
    email: string | null;
    phone: string | null;
    linkedinUrl: string | null;
    source: ContactSource;
    notes: string;
    notesPrivate: boolean;
    keepInTouchCadence: KeepInTouchCadence;
    referredBy: { id: string; name: string } | null;
  };
  nextAction: ContactNextAction;
  /** The suggested follow-up, for its template; null once they answered or both were sent. */
  suggestion: OutreachSuggestion | null;
  /** Newest first. */
  attempts: OutreachAttempt[];
  timeline: TimelineItem[];
  /** From the first person in the chain down to this contact. */
  chain: ReferralChainLink[];
  referrals: ReferralChainLink[];
  templates: OutreachTemplateData;
  timeZone: string;
  /** The student's today, in their zone: the forms' default date. */
  today: CalendarDate;
};

const referrer = alias(contacts, "referrer");

type AttemptTuple = [
  id: string,
  sentOn: CalendarDate,
  channel: OutreachChannel,
  message: string,
  isFollowUp: boolean,
  reply: OutreachReply,
  repliedOn: CalendarDate | null,
  version: number,
  createdAtMs: number,
];
type MeetingTuple = [
  id: string,
  startsAtMs: number,
  timeZone: string,
  durationMinutes: number,
  format: InterviewFormat,
  status: InterviewStatus,
  takeaways: string,
  notes: string,
];
type NoteTuple = [
  id: string,
  interviewId: string | null,
  sentOn: CalendarDate,
  kind: FollowUpKind,
  channel: FollowUpChannel,
  note: string,
  createdAtMs: number,
];

// The page's one statement, built once (preparedQuery): only the student and the contact change.
const me = sql.placeholder("me"); // the student
const id = sql.placeholder("id"); // the contact
const contactPageQuery = preparedQuery(
  (db: Database) =>
    db
      .select({
        id: contacts.id,
        name: contacts.name,
        title: contacts.title,
        organizationId: contacts.organizationId,
        organizationName: organizations.name,
        email: contacts.email,
        phone: contacts.phone,
        linkedinUrl: contacts.linkedinUrl,
        source: contacts.source,
        notes: contacts.notes,
        notesPrivate: contacts.notesPrivate,
        keepInTouchCadence: contacts.keepInTouchCadence,
        referredByContactId: contacts.referredByContactId,
        referredByName: referrer.name,
        pitch: studentProfiles.elevatorPitch,
        timeZone: studentProfiles.timeZone,
        attempts: sql<AttemptTuple[]>`(
          select coalesce(json_agg(json_build_array(o.id, o.sent_on, o.channel, o.message, o.is_follow_up, o.reply,
              o.replied_on, o.version, (extract(epoch from o.created_at) * 1000)::float8)
            order by o.sent_on desc, o.created_at desc, o.id desc), '[]')
          from outreach_attempts o where o.contact_id = ${contacts.id} and o.student_id = ${me})`,
        meetings: sql<MeetingTuple[]>`(
          select coalesce(json_agg(json_build_array(i.id, (extract(epoch from i.starts_at) * 1000)::float8,
              i.time_zone, i.duration_minutes, i.format, i.status, i.takeaways, i.notes)
            order by i.starts_at desc), '[]')
          from interviews i where i.contact_id = ${contacts.id} and i.student_id = ${me})`,
        followUps: sql<NoteTuple[]>`(
          select coalesce(json_agg(json_build_array(f.id, f.interview_id, f.sent_on, f.kind, f.channel, f.note,
              (extract(epoch from f.created_at) * 1000)::float8)
            order by f.sent_on desc), '[]')
          from follow_ups f where f.contact_id = ${contacts.id} and f.student_id = ${me})`,
        ancestors: sql<[string, string, string | null][]>`(
          select coalesce(json_agg(json_build_array(a.id, a.name, a.organization_name) order by a.depth), '[]')
          from (${ancestorsSql(me, id)}) a)`,
        referrals: sql<[string, string, string | null][]>`(
          select coalesce(json_agg(json_build_array(r.id, r.name, ro.name) order by lower(r.name), r.id), '[]')
          from contacts r
          left join organizations ro on ro.id = r.organization_id and ro.student_id = ${me}
          where r.referred_by_contact_id = ${contacts.id} and r.student_id = ${me})`,
        thankYouRules: sql<[number | null, number | null] | null>`(
          select json_build_array(s.thank_you_due_business_days, s.thank_you_overdue_days)
          from instance_settings s where s.id = true)`,
      })
      .from(contacts)
      .leftJoin(
        organizations,
        and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, me)),
      )
      .leftJoin(referrer, and(eq(referrer.id, contacts.referredByContactId), eq(referrer.studentId, me)))
      .leftJoin(studentProfiles, eq(studentProfiles.studentId, me))
      .where(and(eq(contacts.id, id), eq(contacts.studentId, me))),
  "contact_page",
);

/**
 * Everything the contact's page shows, in one statement whatever the number of messages, interviews, notes
 * or referrals: the contact (with organization, referrer and the student's profile) and, as JSON columns of
 * the same row, the messages, interviews, notes, referral chain, referrals and the thank-you rules. It was
 * two round trips and seven statements. Another student's contact answers like a missing one.
 */
export async function getContactPage(id: string, now = new Date()): Promise<ContactPage> {
  const student = await requireStudent();
  const [row] = await contactPageQuery({ me: student.id, id });
  if (!row) notFound();

  const attempts = row.attempts.map(
    ([attemptId, sentOn, channel, message, isFollowUp, reply, repliedOn, version, createdAtMs]) => ({
      id: attemptId,
      sentOn,
      channel,
      message,
      isFollowUp,
      reply,
      repliedOn,
      version,
      createdAt: new Date(createdAtMs),
    }),
  );
  const meetings = row.meetings.map(
    ([meetingId, startsAtMs, timeZone, durationMinutes, format, status, takeaways, notes]) => ({
      id: meetingId,
      startsAt: new Date(startsAtMs),
      timeZone,
      durationMinutes,
      format,
      status,
      takeaways,
      notes,
    }),
  );
  const notes = row.followUps.map(([noteId, interviewId, sentOn, kind, channel, note, createdAtMs]) => ({
    id: noteId,
    interviewId,
    sentOn,
    kind,
    channel,
    note,
    createdAt: new Date(createdAtMs),
  }));
  const ancestors = row.ancestors.map(([linkId, name, organizationName]) => ({
    id: linkId,
    name,
    organizationName,
  }));
  const referrals = row.referrals.map(([linkId, name, organizationName]) => ({
    id: linkId,
    name,
    organizationName,
  }));
  const [dueBusinessDays, overdueDays] = row.thankYouRules ?? [null, null];
  const settings = { thankYou: thankYouRulesOf({ dueBusinessDays, overdueDays }) };

  const timeZone = studentTimeZone(row.timeZone);
  const today = calendarDateIn(now, timeZone);
  const { reply, suggestion } = latestOutreachState(attempts, today);
  const thankYouOf = new Map(
    notes.filter((n) => n.kind === "thank_you" && n.interviewId).map((n) => [n.interviewId, n.sentOn]),
  );
  const heldOn = (m: (typeof meetings)[number]) => calendarDateIn(m.startsAt, m.timeZone);
  const lastTouchOn = latest([
    ...attempts.map((a) => a.sentOn),
    ...meetings.filter((m) => m.status === "completed").map(heldOn),
    ...notes.map((n) => n.sentOn),
  ]);

  const nextAction = contactNextAction({
    today,
    now,
    interviews: meetings.map((m) => ({
      id: m.id,
      status: m.status,
      startsAt: m.startsAt,
      durationMinutes: m.durationMinutes,
      timeZone: m.timeZone,
      heldOn: heldOn(m),
      thankYouSentOn: thankYouOf.get(m.id) ?? null,
    })),
    hasOutreach: attempts.length > 0,
    latestReply: reply,
    followUp: suggestion,
    keepInTouch: nextKeepInTouch({ cadence: row.keepInTouchCadence, lastTouchOn }, today),
    thankYouRules: settings.thankYou,
  });

  const {
    referredByContactId,
    referredByName,
    pitch,
    timeZone: _storedZone,
    attempts: _attempts,
    meetings: _meetings,
    followUps: _followUps,
    ancestors: _ancestors,
    referrals: _referrals,
    thankYouRules: _rules,
    ...contact
  } = row;
  return {
    contact: {
      ...contact,
      referredBy:
        referredByContactId && referredByName !== null
          ? { id: referredByContactId, name: referredByName }
          : null,
    },
    nextAction,
    suggestion,
    attempts: attempts.map(({ createdAt: _createdAt, ...attempt }) => attempt),
    timeline: buildTimeline({
      outreach: attempts.map((a) => ({ ...a, contactId: id })),
      interviews: meetings.map((m) => ({ ...m, contactId: id })),
      followUps: notes.map((n) => ({ ...n, contactId: id })),
    }),
    chain: ancestors.reverse(),
    referrals,
    templates: {
      studentName: student.name ?? "",
      contactName: row.name,
      contactTitle: row.title,
      organizationName: row.organizationName,
      referrerName: referredByName,
      source: row.source,
      pitch: pitch ?? "",
    },
    timeZone,
    today,
  };
}

function latest(dates: readonly CalendarDate[]): CalendarDate | null {
  return dates.reduce<CalendarDate | null>(
    (max, date) => (max === null || compareCalendarDates(date, max) > 0 ? date : max),
    null,
  );
}
