import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { questions, studentProfiles } from "@/db/schema/index";
import { QUESTION_CATEGORIES, type QuestionCategory } from "@/lib/domain/vocabulary";
import type { PitchInput, QuestionInput } from "@/lib/validation/preparation";
import { requireStudent, type VersionedSave } from "@/lib/data/student/scope";

export type BankQuestion = { id: string; text: string; builtIn: boolean };
export type QuestionGroup = { category: QuestionCategory; questions: BankQuestion[] };

export type MyPreparation = {
  elevatorPitch: string;
  /** 0 until the student first saves: there is no profile row yet. */
  version: number;
  questionBank: QuestionGroup[];
};

/** Built-in questions (no owner) are everyone's; a student's own are theirs alone. */
const visibleTo = (studentId: string) => or(isNull(questions.studentId), eq(questions.studentId, studentId));

export async function getMyPreparation(): Promise<MyPreparation> {
  const student = await requireStudent();
  const db = getDb();
  const [[profile], rows] = await Promise.all([
    db
      .select({
        elevatorPitch: studentProfiles.elevatorPitch,
        version: studentProfiles.version,
      })
      .from(studentProfiles)
      .where(eq(studentProfiles.studentId, student.id)),
    db
      .select({
        id: questions.id,
        category: questions.category,
        text: questions.text,
        builtIn: isNull(questions.studentId).mapWith(Boolean),
      })
      .from(questions)
      .where(visibleTo(student.id))
      // Suggestions first, then the student's own in the order they added them.
      .orderBy(sql`${questions.studentId} is not null`, asc(questions.createdAt), asc(questions.text)),
  ]);
  const questionBank = QUESTION_CATEGORIES.map((category) => ({
    category,
    questions: rows
      .filter((row) => row.category === category)
      .map(({ id, text, builtIn }) => ({ id, text, builtIn })),
  }));
  return {
    elevatorPitch: profile?.elevatorPitch ?? "",
    version: profile?.version ?? 0,
    questionBank,
  };
}

/**
 * Saves the pitch (the time zone is the profile's, settings/profile). Version 0 creates the row; if another
 * tab created it first, that is stale too.
 */
export async function savePitch(input: PitchInput): Promise<VersionedSave> {
  const student = await requireStudent();
  const db = getDb();
  const columns = { elevatorPitch: input.elevatorPitch };
  if (input.version === 0) {
    const [created] = await db
      .insert(studentProfiles)
      .values({ studentId: student.id, ...columns })
      .onConflictDoNothing()
      .returning({ id: studentProfiles.studentId, version: studentProfiles.version });
    return created ? { status: "saved", ...created } : { status: "stale" };
  }
  const [saved] = await db
    .update(studentProfiles)
    .set({ ...columns, version: sql`${studentProfiles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(studentProfiles.studentId, student.id), eq(studentProfiles.version, input.version)))
    .returning({ id: studentProfiles.studentId, version: studentProfiles.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

/**
 * Adds one of the student's own questions, unless the same text (ignoring case and surrounding spaces) is
 * already in that category, built-in or theirs. Questions have no creation key column, so the per-student
 * lock is what keeps a double-clicked "add" from inserting the question twice.
 */
export async function addQuestion(
  input: QuestionInput,
): Promise<{ status: "created"; id: string } | { status: "duplicate" }> {
  const student = await requireStudent();
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`questions:${student.id}`}, 0))`);
    const [existing] = await tx
      .select({ id: questions.id })
      .from(questions)
      .where(
        and(
          visibleTo(student.id),
          eq(questions.category, input.category),
          eq(sql`lower(trim(${questions.text}))`, input.text.trim().toLowerCase()),
        ),
      )
      .limit(1);
    if (existing) return { status: "duplicate" as const };
    const [row] = await tx
      .insert(questions)
      .values({ studentId: student.id, category: input.category, text: input.text })
      .returning({ id: questions.id });
    return { status: "created" as const, id: row!.id };
  });
}

/** Only the student's own questions can go; a built-in or someone else's answers like a missing one. */
export async function deleteMyQuestion(id: string): Promise<void> {
  const student = await requireStudent();
  const deleted = await getDb()
    .delete(questions)
    .where(and(eq(questions.id, id), eq(questions.studentId, student.id)))
    .returning({ id: questions.id });
  if (deleted.length === 0) notFound();
}
