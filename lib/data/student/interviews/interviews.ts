import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import {
  contacts,
  followUps,
  interviewQuestions,
  interviews,
  organizations,
  questions,
  studentProfiles,
} from "@/db/schema/index";
import type { ThankYouRules } from "@/lib/domain/thank-you";
import { studentTimeZone } from "@/lib/domain/time-zone";
import {
  type FollowUpChannel,
  type InterviewFormat,
  type InterviewStatus,
  type QuestionCategory,
} from "@/lib/domain/vocabulary";
import { localTimeToInstant, type InterviewNotesInput, type ScheduleInput } from "@/lib/validation/interview";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { assertOwnContact, assertOwnInterview } from "@/lib/data/internal/ownership";
import { insertOnce } from "@/lib/data/internal/create-once";
import { requireStudent, type VersionedSave } from "@/lib/data/student/scope";

export type InterviewSummary = {
  id: string;
  contactId: string;
  contactName: string;
  organizationName: string | null;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  format: InterviewFormat;
  status: InterviewStatus;
};

export type ChosenQuestion = {
  questionId: string;
  category: QuestionCategory;
  text: string;
  position: number;
  answerNotes: string;
};

export type InterviewDetail = InterviewSummary & {
  version: number;
  location: string;
  notes: string;
  notesPrivate: boolean;
  takeaways: string;
  permissionToUseName: boolean | null;
  questions: ChosenQuestion[];
  referrals: { id: string; name: string; title: string }[];
  thankYou: {
    id: string;
    sentOn: string;
    channel: FollowUpChannel;
    note: string;
    notePrivate: boolean;
  } | null;
  /** The instance's thank-you due/overdue days, for `thankYouStatus`. */
  thankYouRules: ThankYouRules;
};

export type ScheduleInvalid = { status: "invalid"; field: "time"; message: string };

export const NONEXISTENT_TIME =
  "The clocks skip this time on that day (daylight saving). Choose a time an hour later.";

const SUMMARY_COLUMNS = {
  id: interviews.id,
  contactId: interviews.contactId,
  contactName: contacts.name,
  organizationName: organizations.name,
  startsAt: interviews.startsAt,
  timeZone: interviews.timeZone,
  durationMinutes: interviews.durationMinutes,
  format: interviews.format,
  status: interviews.status,
};

/** Upcoming (not yet over) soonest first, then past ones most recent first. */
export async function listMyInterviews(
  now = new Date(),
): Promise<{ upcoming: InterviewSummary[]; past: InterviewSummary[] }> {
  const student = await requireStudent();
  const rows = await getDb()
    .select(SUMMARY_COLUMNS)
    .from(interviews)
    .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, student.id)))
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .where(eq(interviews.studentId, student.id))
    .orderBy(asc(interviews.startsAt), asc(interviews.id));
  const endsAt = (r: InterviewSummary) => r.startsAt.getTime() + r.durationMinutes * 60_000;
  return {
    upcoming: rows.filter((r) => endsAt(r) >= now.getTime()),
    past: rows.filter((r) => endsAt(r) < now.getTime()).reverse(),
  };
}

export async function getMyInterview(id: string): Promise<InterviewDetail> {
  const student = await requireStudent();
  const db = getDb();
  const [row] = await db
    .select({
      ...SUMMARY_COLUMNS,
      version: interviews.version,
      location: interviews.location,
      notes: interviews.notes,
      notesPrivate: interviews.notesPrivate,
      takeaways: interviews.takeaways,
      permissionToUseName: interviews.permissionToUseName,
    })
    .from(interviews)
    .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, student.id)))
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .where(and(eq(interviews.id, id), eq(interviews.studentId, student.id)));
  if (!row) notFound();

  const [chosen, referrals, thankYous, settings] = await Promise.all([
    db
      .select({
        questionId: interviewQuestions.questionId,
        category: questions.category,
        text: questions.text,
        position: interviewQuestions.position,
        answerNotes: interviewQuestions.answerNotes,
      })
      .from(interviewQuestions)
      .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
      .where(eq(interviewQuestions.interviewId, id))
      .orderBy(asc(interviewQuestions.position)),
    db
      .select({ id: contacts.id, name: contacts.name, title: contacts.title })
      .from(contacts)
      .where(and(eq(contacts.referredFromInterviewId, id), eq(contacts.studentId, student.id)))
      .orderBy(asc(sql`lower(${contacts.name})`)),
    db
      .select({
        id: followUps.id,
        sentOn: followUps.sentOn,
        channel: followUps.channel,
        note: followUps.note,
        notePrivate: followUps.notePrivate,
      })
      .from(followUps)
      .where(
        and(
          eq(followUps.interviewId, id),
          eq(followUps.studentId, student.id),
          eq(followUps.kind, "thank_you"),
        ),
      ),
    loadInstanceSettings(),
  ]);
  return {
    ...row,
    questions: chosen,
    referrals,
    thankYou: thankYous[0] ?? null,
    thankYouRules: settings.thankYou,
  };
}

/** The person an interview is being scheduled with, for the form's heading. */
export async function getSchedulingContact(
  contactId: string,
): Promise<{ id: string; name: string; organizationName: string | null }> {
  const student = await requireStudent();
  const [row] = await getDb()
    .select({ id: contacts.id, name: contacts.name, organizationName: organizations.name })
    .from(contacts)
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .where(and(eq(contacts.id, contactId), eq(contacts.studentId, student.id)));
  if (!row) notFound();
  return row;
}

/** The zone the student's dates are shown in: their profile's, or UTC until they choose one. */
export async function getMyTimeZone(): Promise<string> {
  const student = await requireStudent();
  const [row] = await getDb()
    .select({ timeZone: studentProfiles.timeZone })
    .from(studentProfiles)
    .where(eq(studentProfiles.studentId, student.id));
  return studentTimeZone(row?.timeZone);
}

/** Schedules once per form key: a repeated submit returns the interview the first one made. */
export async function scheduleInterview(
  input: ScheduleInput & { contactId: string; creationKey: string },
): Promise<{ status: "created"; id: string } | ScheduleInvalid> {
  const student = await requireStudent();
  await assertOwnContact(student.id, input.contactId);
  const startsAt = localTimeToInstant(input.date, input.time, input.timeZone);
  if (!startsAt) return { status: "invalid", field: "time", message: NONEXISTENT_TIME };
  const id = await insertOnce(interviews, {
    studentId: student.id,
    contactId: input.contactId,
    ...scheduleColumns(input, startsAt),
    creationKey: input.creationKey,
  });
  return { status: "created", id };
}

export async function updateInterviewDetails(
  input: ScheduleInput & { id: string; version: number; status: InterviewStatus },
): Promise<VersionedSave | ScheduleInvalid> {
  const student = await requireStudent();
  await assertOwnInterview(student.id, input.id);
  const startsAt = localTimeToInstant(input.date, input.time, input.timeZone);
  if (!startsAt) return { status: "invalid", field: "time", message: NONEXISTENT_TIME };
  const [saved] = await getDb()
    .update(interviews)
    .set({
      ...scheduleColumns(input, startsAt),
      status: input.status,
      version: sql`${interviews.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(interviews.id, input.id),
        eq(interviews.studentId, student.id),
        eq(interviews.version, input.version),
      ),
    )
    .returning({ id: interviews.id, version: interviews.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

/**
 * Notes, takeaways and each chosen question's answer, saved together or not at all. Answers for questions
 * no longer chosen (changed in another tab) are dropped rather than re-adding the question.
 */
export async function recordInterviewNotes(input: InterviewNotesInput): Promise<VersionedSave> {
  const student = await requireStudent();
  await assertOwnInterview(student.id, input.id);
  return getDb().transaction(async (tx) => {
    const [saved] = await tx
      .update(interviews)
      .set({
        notes: input.notes,
        notesPrivate: input.notesPrivate,
        takeaways: input.takeaways,
        permissionToUseName: input.permissionToUseName,
        version: sql`${interviews.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(interviews.id, input.id),
          eq(interviews.studentId, student.id),
          eq(interviews.version, input.version),
        ),
      )
      .returning({ id: interviews.id, version: interviews.version });
    if (!saved) return { status: "stale" as const };
    for (const answer of input.answers) {
      await tx
        .update(interviewQuestions)
        .set({ answerNotes: answer.answerNotes })
        .where(
          and(
            eq(interviewQuestions.interviewId, input.id),
            eq(interviewQuestions.questionId, answer.questionId),
          ),
        );
    }
    return { status: "saved" as const, ...saved };
  });
}

// Allow-list of columns: parsed input is never spread into the table.
function scheduleColumns(input: ScheduleInput, startsAt: Date) {
  return {
    startsAt,
    timeZone: input.timeZone,
    format: input.format,
    location: input.location,
    durationMinutes: input.durationMinutes,
  };
}
