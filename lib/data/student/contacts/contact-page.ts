import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import {
  contacts,
  followUps,
  interviews,
  organizations,
  outreachAttempts,
  studentProfiles,
} from "@/db/schema/index";
import { type CalendarDate, compareCalendarDates } from "@/lib/domain/calendar-date";
import { contactNextAction, type ContactNextAction } from "@/lib/domain/contact-next-action";
import { nextKeepInTouch } from "@/lib/domain/keep-in-touch";
import { latestOutreachState, type OutreachSuggestion } from "@/lib/domain/outreach-suggestion";
import { buildTimeline, type TimelineItem } from "@/lib/domain/timeline";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import type { ContactSource, KeepInTouchCadence } from "@/lib/domain/vocabulary";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { ancestorsOf, type ReferralChainLink } from "@/lib/data/internal/referral-chain";
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

/**
 * Everything the contact's page shows, in a fixed number of queries whatever the number of messages,
 * interviews, notes or referrals: the contact (with organization, referrer and the student's profile), then
 * five reads side by side. Another student's contact answers like a missing one.
 */
export async function getContactPage(id: string, now = new Date()): Promise<ContactPage> {
  const student = await requireStudent();
  const db = getDb();
  const [row] = await db
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
    })
    .from(contacts)
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .leftJoin(
      referrer,
      and(eq(referrer.id, contacts.referredByContactId), eq(referrer.studentId, student.id)),
    )
    .leftJoin(studentProfiles, eq(studentProfiles.studentId, student.id))
    .where(and(eq(contacts.id, id), eq(contacts.studentId, student.id)));
  if (!row) notFound();

  const [attempts, meetings, notes, ancestors, referrals, settings] = await Promise.all([
    db
      .select({
        id: outreachAttempts.id,
        sentOn: outreachAttempts.sentOn,
        channel: outreachAttempts.channel,
        message: outreachAttempts.message,
        isFollowUp: outreachAttempts.isFollowUp,
        reply: outreachAttempts.reply,
        repliedOn: outreachAttempts.repliedOn,
        version: outreachAttempts.version,
        createdAt: outreachAttempts.createdAt,
      })
      .from(outreachAttempts)
      .where(and(eq(outreachAttempts.contactId, id), eq(outreachAttempts.studentId, student.id)))
      .orderBy(desc(outreachAttempts.sentOn), desc(outreachAttempts.createdAt), desc(outreachAttempts.id)),
    db
      .select({
        id: interviews.id,
        startsAt: interviews.startsAt,
        timeZone: interviews.timeZone,
        durationMinutes: interviews.durationMinutes,
        format: interviews.format,
        status: interviews.status,
        takeaways: interviews.takeaways,
        notes: interviews.notes,
      })
      .from(interviews)
      .where(and(eq(interviews.contactId, id), eq(interviews.studentId, student.id)))
      .orderBy(desc(interviews.startsAt)),
    db
      .select({
        id: followUps.id,
        interviewId: followUps.interviewId,
        sentOn: followUps.sentOn,
        kind: followUps.kind,
        channel: followUps.channel,
        note: followUps.note,
        createdAt: followUps.createdAt,
      })
      .from(followUps)
      .where(and(eq(followUps.contactId, id), eq(followUps.studentId, student.id)))
      .orderBy(desc(followUps.sentOn)),
    ancestorsOf(student.id, id),
    db
      .select({ id: contacts.id, name: contacts.name, organizationName: organizations.name })
      .from(contacts)
      .leftJoin(
        organizations,
        and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
      )
      .where(and(eq(contacts.referredByContactId, id), eq(contacts.studentId, student.id)))
      .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id)),
    loadInstanceSettings(),
  ]);

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

  const { referredByContactId, referredByName, pitch, timeZone: _storedZone, ...contact } = row;
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
