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
import type { StudentAgenda } from "@/lib/domain/student-agenda";
import { studentTimeZone } from "@/lib/domain/time-zone";
import { assembleStudentAgenda } from "@/lib/data/internal/digests/student-batch";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { requireStudent } from "@/lib/data/student/scope";

/** `asOf` is the student's calendar date the agenda was built for. */
export type MyAgenda = StudentAgenda & { timeZone: string; asOf: string; contactCount: number };

/**
 * The signed-in student's agenda and pipeline: five queries and the cached instance settings, however many
 * contacts they have; every rule is applied in one pass over the rows (student-agenda.ts).
 */
export async function getMyAgenda(now = new Date()): Promise<MyAgenda> {
  const student = await requireStudent();
  return unsafeLoadStudentAgenda(student.id, now);
}

/**
 * One student's agenda. Unsafe: it checks nobody. For the student themselves (getMyAgenda, home) and their
 * calendar feed, which is reached by a token instead of a session. The rows become an agenda in
 * assembleStudentAgenda, the one assembly the weekly digest and the daily reminder use too.
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
  const { agenda, today } = assembleStudentAgenda(
    { contacts: contactRows, outreach: outreachRows, interviews: interviewRows, followUps: followUpRows },
    timeZone,
    now,
    settings.thankYou,
  );
  return {
    ...agenda,
    timeZone,
    asOf: today,
    contactCount: contactRows.length,
  };
}
