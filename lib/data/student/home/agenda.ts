import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  contacts,
  followUps,
  interviews,
  organizations,
  outreachAttempts,
  studentProfiles,
} from "@/db/schema/index";
import { buildStudentAgenda, type ContactActivity, type StudentAgenda } from "@/lib/domain/student-agenda";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { requireStudent } from "@/lib/data/student/scope";

/** `asOf` is the student's calendar date the agenda was built for. */
export type MyAgenda = StudentAgenda & { timeZone: string; asOf: string; contactCount: number };

type Collecting = ContactActivity & {
  outreach: ContactActivity["outreach"][number][];
  interviews: ContactActivity["interviews"][number][];
  followUps: ContactActivity["followUps"][number][];
};

/**
 * The signed-in student's agenda and pipeline: five queries and the cached instance settings, however many
 * contacts they have; every rule is applied in one pass over the rows (student-agenda.ts).
 */
export async function getMyAgenda(now = new Date()): Promise<MyAgenda> {
  const student = await requireStudent();
  return unsafeLoadStudentAgenda(student.id, now);
}

/**
 * One student's agenda. Unsafe: it checks nobody. For getMyAgenda (the student themselves) and the weekly
 * digest, which runs without a session and decides from the database who gets whose digest.
 */
export async function unsafeLoadStudentAgenda(studentId: string, now = new Date()): Promise<MyAgenda> {
  const student = { id: studentId };
  const db = getDb();
  const [profileRows, contactRows, outreachRows, interviewRows, followUpRows, settings] = await Promise.all([
    db
      .select({ timeZone: studentProfiles.timeZone })
      .from(studentProfiles)
      .where(eq(studentProfiles.studentId, student.id)),
    db
      .select({
        id: contacts.id,
        name: contacts.name,
        cadence: contacts.keepInTouchCadence,
        organizationName: organizations.name,
      })
      .from(contacts)
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .where(eq(contacts.studentId, student.id)),
    db
      .select({
        id: outreachAttempts.id,
        version: outreachAttempts.version,
        channel: outreachAttempts.channel,
        contactId: outreachAttempts.contactId,
        sentOn: outreachAttempts.sentOn,
        reply: outreachAttempts.reply,
        isFollowUp: outreachAttempts.isFollowUp,
      })
      .from(outreachAttempts)
      .where(eq(outreachAttempts.studentId, student.id)),
    db
      .select({
        id: interviews.id,
        contactId: interviews.contactId,
        status: interviews.status,
        startsAt: interviews.startsAt,
        timeZone: interviews.timeZone,
      })
      .from(interviews)
      .where(eq(interviews.studentId, student.id)),
    db
      .select({ contactId: followUps.contactId, kind: followUps.kind, sentOn: followUps.sentOn })
      .from(followUps)
      .where(eq(followUps.studentId, student.id)),
    loadInstanceSettings(),
  ]);

  const timeZone = studentTimeZone(profileRows[0]?.timeZone);
  const activity = new Map<string, Collecting>();
  for (const c of contactRows) {
    activity.set(c.id, { ...c, outreach: [], interviews: [], followUps: [] });
  }
  for (const o of outreachRows) activity.get(o.contactId)?.outreach.push(o);
  // The student's calendar decides what "today" and "the interview's day" are.
  for (const i of interviewRows) {
    activity
      .get(i.contactId)
      ?.interviews.push({ id: i.id, status: i.status, on: calendarDateIn(i.startsAt, timeZone) });
  }
  for (const f of followUpRows) activity.get(f.contactId)?.followUps.push(f);

  const today = calendarDateIn(now, timeZone);
  return {
    ...buildStudentAgenda([...activity.values()], today, settings.thankYou),
    timeZone,
    asOf: today,
    contactCount: contactRows.length,
  };
}
