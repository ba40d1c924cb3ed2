import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import {
  contacts,
  followUps,
  interviewQuestions,
  interviews,
  organizations,
  questions,
} from "@/db/schema/index";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { thankYouStatus, type ThankYouStatus } from "@/lib/domain/thank-you";
import { calendarDateIn } from "@/lib/domain/time-zone";
import type { FollowUpChannel, QuestionCategory } from "@/lib/domain/vocabulary";
import { requireStudentAccess } from "@/lib/data/advisor/access";
import { unsafeListCommentsAbout, type AdvisorComment } from "@/lib/data/advisor/students/comments";
import type { AdvisorInterviewSummary } from "@/lib/data/advisor/students/student-view";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { studentHeader } from "@/lib/data/internal/student-header";
import { unlessPrivate } from "@/lib/data/internal/unless-private";

// The same rules as the student page (student-view.ts): no contact's email or phone is selected, and text
// the student marked private is blanked in the query itself.

export type AdvisorInterviewDetail = Omit<AdvisorInterviewSummary, "chosenQuestions" | "thankYou"> & {
  student: { id: string; name: string | null; email: string };
  /** When true, `notes`, `takeaways` and every `answerNotes` are empty: the student keeps them private. */
  notesPrivate: boolean;
  notes: string;
  takeaways: string;
  permissionToUseName: boolean | null;
  questions: { questionId: string; category: QuestionCategory; text: string; answerNotes: string }[];
  thankYou: { sentOn: CalendarDate; channel: FollowUpChannel } | null;
  thankYouStatus: ThankYouStatus;
  comments: AdvisorComment[];
};

/**
 * One interview of a student in the advisor's cohorts: its questions in order with their answers, the
 * takeaways, permission to use the name and the thank-you. Another student's interview, or a missing one,
 * is a 404; the audit row ("interview.view", with the interview id) records the request either way.
 */
export async function getAdvisorInterview(
  studentId: string,
  interviewId: string,
  now = new Date(),
): Promise<AdvisorInterviewDetail> {
  const { basisCohortId } = await requireStudentAccess(studentId, "interview.view", { interviewId });
  const db = getDb();
  const [header, [row], chosen, thankYous, comments, settings] = await Promise.all([
    studentHeader(studentId, basisCohortId),
    db
      .select({
        id: interviews.id,
        contactName: contacts.name,
        organizationName: organizations.name,
        startsAt: interviews.startsAt,
        timeZone: interviews.timeZone,
        durationMinutes: interviews.durationMinutes,
        format: interviews.format,
        status: interviews.status,
        notesPrivate: interviews.notesPrivate,
        notes: unlessPrivate(interviews.notesPrivate, interviews.notes),
        takeaways: unlessPrivate(interviews.notesPrivate, interviews.takeaways),
        permissionToUseName: interviews.permissionToUseName,
      })
      .from(interviews)
      .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, studentId)))
      .leftJoin(
        organizations,
        and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, studentId)),
      )
      .where(and(eq(interviews.id, interviewId), eq(interviews.studentId, studentId))),
    db
      .select({
        questionId: interviewQuestions.questionId,
        category: questions.category,
        text: questions.text,
        answerNotes: unlessPrivate(interviews.notesPrivate, interviewQuestions.answerNotes),
      })
      .from(interviewQuestions)
      .innerJoin(
        interviews,
        and(eq(interviews.id, interviewQuestions.interviewId), eq(interviews.studentId, studentId)),
      )
      .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
      .where(eq(interviewQuestions.interviewId, interviewId))
      .orderBy(asc(interviewQuestions.position)),
    db
      .select({ sentOn: followUps.sentOn, channel: followUps.channel })
      .from(followUps)
      .where(
        and(
          eq(followUps.interviewId, interviewId),
          eq(followUps.studentId, studentId),
          eq(followUps.kind, "thank_you"),
        ),
      ),
    unsafeListCommentsAbout(studentId, { interviewId }),
    loadInstanceSettings(),
  ]);
  if (!row) notFound();

  const thankYou = thankYous[0] ?? null;
  const completedOn = row.status === "completed" ? calendarDateIn(row.startsAt, row.timeZone) : null;
  return {
    ...row,
    student: header.student,
    questions: chosen,
    thankYou,
    thankYouStatus: thankYouStatus(
      { interviewCompletedOn: completedOn, thankYouSentOn: thankYou?.sentOn ?? null },
      calendarDateIn(now, header.timeZone),
      settings.thankYou,
    ),
    comments,
  };
}
