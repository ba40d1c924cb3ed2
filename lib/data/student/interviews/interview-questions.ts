import "server-only";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { interviewQuestions, interviews, questions } from "@/db/schema/index";
import { QUESTION_CATEGORIES, type QuestionCategory } from "@/lib/domain/vocabulary";
import { MAX_INTERVIEW_QUESTIONS } from "@/lib/validation/interview";
import { assertOwnInterview } from "@/lib/data/internal/ownership";
import { requireStudent } from "@/lib/data/student/scope";

export type QuestionChoice = { id: string; category: QuestionCategory; text: string; builtIn: boolean };

/** The built-in questions and the student's own, grouped order: TIARA category, then oldest first. */
export async function listQuestionChoices(): Promise<QuestionChoice[]> {
  const student = await requireStudent();
  const rows = await getDb()
    .select({
      id: questions.id,
      category: questions.category,
      text: questions.text,
      ownerId: questions.studentId,
    })
    .from(questions)
    .where(or(isNull(questions.studentId), eq(questions.studentId, student.id)))
    .orderBy(asc(questions.createdAt), asc(questions.id));
  const rank = (c: QuestionCategory) => QUESTION_CATEGORIES.indexOf(c);
  return rows
    .map(({ ownerId, ...q }) => ({ ...q, builtIn: ownerId === null }))
    .sort((a, b) => rank(a.category) - rank(b.category));
}

/**
 * Replaces the chosen questions with these, in this order. Questions kept keep their answer notes.
 * Someone else's question answers like a missing one.
 */
export async function chooseInterviewQuestions(
  id: string,
  questionIds: string[],
): Promise<{ status: "saved" } | { status: "invalid"; message: string }> {
  const student = await requireStudent();
  await assertOwnInterview(student.id, id);
  if (questionIds.length > MAX_INTERVIEW_QUESTIONS) {
    return { status: "invalid", message: `Choose at most ${MAX_INTERVIEW_QUESTIONS} questions.` };
  }
  if (new Set(questionIds).size !== questionIds.length) {
    return { status: "invalid", message: "Choose each question once." };
  }
  const db = getDb();
  if (questionIds.length > 0) {
    const allowed = await db
      .select({ id: questions.id })
      .from(questions)
      .where(
        and(
          inArray(questions.id, questionIds),
          or(isNull(questions.studentId), eq(questions.studentId, student.id)),
        ),
      );
    if (allowed.length !== questionIds.length) notFound();
  }
  await db.transaction(async (tx) => {
    // Serialises two saves of the same interview's choice, so their deletes and inserts can't interleave.
    await tx
      .select({ id: interviews.id })
      .from(interviews)
      .where(and(eq(interviews.id, id), eq(interviews.studentId, student.id)))
      .for("update");
    const kept = await tx
      .select({ questionId: interviewQuestions.questionId, answerNotes: interviewQuestions.answerNotes })
      .from(interviewQuestions)
      .where(eq(interviewQuestions.interviewId, id));
    const notesOf = new Map(kept.map((k) => [k.questionId, k.answerNotes]));
    await tx.delete(interviewQuestions).where(eq(interviewQuestions.interviewId, id));
    if (questionIds.length > 0) {
      await tx.insert(interviewQuestions).values(
        questionIds.map((questionId, position) => ({
          interviewId: id,
          questionId,
          position,
          answerNotes: notesOf.get(questionId) ?? "",
        })),
      );
    }
  });
  return { status: "saved" };
}
