import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { contacts, organizations, outreachAttempts, studentProfiles } from "@/db/schema/index";
import { type CalendarDate, compareCalendarDates } from "@/lib/domain/calendar-date";
import { latestOutreachState, type OutreachSuggestion } from "@/lib/domain/outreach-suggestion";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import type { ContactSource, OutreachChannel, OutreachReply } from "@/lib/domain/vocabulary";
import type { LogOutreachInput, RecordReplyInput } from "@/lib/validation/outreach";
import { assertOwnContact } from "@/lib/data/internal/ownership";
import { insertOnce } from "@/lib/data/internal/create-once";
import { requireStudent, type VersionedSave } from "@/lib/data/student/scope";

export type OutreachAttempt = {
  id: string;
  sentOn: CalendarDate;
  channel: OutreachChannel;
  message: string;
  isFollowUp: boolean;
  reply: OutreachReply;
  repliedOn: CalendarDate | null;
  version: number;
};

export type { OutreachSuggestion };

export type OutreachTemplateData = {
  studentName: string;
  contactName: string;
  contactTitle: string;
  organizationName: string | null;
  referrerName: string | null;
  source: ContactSource;
  pitch: string;
};

export type OutreachPanel = {
  /** Newest first. */
  attempts: OutreachAttempt[];
  suggestion: OutreachSuggestion | null;
  templates: OutreachTemplateData;
  /** The student's today, in their time zone: the forms' default date. */
  today: CalendarDate;
};

export type ReplyInvalid = { status: "invalid"; field: "repliedOn"; message: string };

const referrer = alias(contacts, "referrer");

/** Everything the contact page's outreach card shows: the log, the next follow-up, and template material. */
export async function getOutreachPanel(contactId: string): Promise<OutreachPanel> {
  const student = await requireStudent();
  const db = getDb();
  const [contact] = await db
    .select({
      name: contacts.name,
      title: contacts.title,
      source: contacts.source,
      organizationName: organizations.name,
      referrerName: referrer.name,
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
    .where(and(eq(contacts.id, contactId), eq(contacts.studentId, student.id)));
  if (!contact) notFound();

  const [attempts, [profile]] = await Promise.all([
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
      })
      .from(outreachAttempts)
      .where(and(eq(outreachAttempts.contactId, contactId), eq(outreachAttempts.studentId, student.id)))
      .orderBy(desc(outreachAttempts.sentOn), desc(outreachAttempts.createdAt), desc(outreachAttempts.id)),
    db
      .select({ elevatorPitch: studentProfiles.elevatorPitch, timeZone: studentProfiles.timeZone })
      .from(studentProfiles)
      .where(eq(studentProfiles.studentId, student.id)),
  ]);

  const timeZone = studentTimeZone(profile?.timeZone);
  const today = calendarDateIn(new Date(), timeZone);
  return {
    attempts,
    suggestion: suggestFollowUp(attempts, today),
    templates: {
      studentName: student.name ?? "",
      contactName: contact.name,
      contactTitle: contact.title,
      organizationName: contact.organizationName,
      referrerName: contact.referrerName,
      source: contact.source,
      pitch: profile?.elevatorPitch ?? "",
    },
    today,
  };
}

/** Logs one attempt once per form key: a repeated submit returns the record the first one made. */
export async function logOutreach(
  contactId: string,
  input: LogOutreachInput,
): Promise<{ status: "created"; id: string }> {
  const student = await requireStudent();
  await assertOwnContact(student.id, contactId);
  const id = await insertOnce(outreachAttempts, {
    studentId: student.id,
    contactId,
    // Allow-list of columns: parsed input is never spread into the table.
    sentOn: input.sentOn,
    channel: input.channel,
    message: input.message,
    isFollowUp: input.isFollowUp,
    creationKey: input.creationKey,
  });
  return { status: "created", id };
}

/** Records whether (and when) the contact answered; "none" clears an answer logged by mistake. */
export async function recordReply(
  outreachId: string,
  input: RecordReplyInput,
): Promise<VersionedSave | ReplyInvalid> {
  const student = await requireStudent();
  const db = getDb();
  const [current] = await db
    .select({ sentOn: outreachAttempts.sentOn })
    .from(outreachAttempts)
    .where(and(eq(outreachAttempts.id, outreachId), eq(outreachAttempts.studentId, student.id)));
  if (!current) notFound();
  const repliedOn = input.reply === "none" ? null : input.repliedOn;
  if (repliedOn !== null && compareCalendarDates(repliedOn, current.sentOn) < 0) {
    return {
      status: "invalid",
      field: "repliedOn",
      message: `They can't have answered before you wrote: choose ${current.sentOn} or later.`,
    };
  }
  const [saved] = await db
    .update(outreachAttempts)
    .set({
      reply: input.reply,
      repliedOn,
      version: sql`${outreachAttempts.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(outreachAttempts.id, outreachId),
        eq(outreachAttempts.studentId, student.id),
        eq(outreachAttempts.version, input.version),
      ),
    )
    .returning({ id: outreachAttempts.id, version: outreachAttempts.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

/** Returns the contact's id, so the caller can refresh their page. */
export async function deleteOutreach(id: string): Promise<{ contactId: string }> {
  const student = await requireStudent();
  const [deleted] = await getDb()
    .delete(outreachAttempts)
    .where(and(eq(outreachAttempts.id, id), eq(outreachAttempts.studentId, student.id)))
    .returning({ contactId: outreachAttempts.contactId });
  if (!deleted) notFound();
  return deleted;
}

function suggestFollowUp(attempts: OutreachAttempt[], today: CalendarDate): OutreachSuggestion | null {
  return latestOutreachState(attempts, today).suggestion;
}
