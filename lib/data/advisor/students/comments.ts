import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { advisorComments, contacts, interviews, users } from "@/db/schema/index";
import { requirePermission } from "@/lib/auth/session";
import type { CommentInput } from "@/lib/validation/comment";
import { requireStudentAccess } from "@/lib/data/advisor/access";
import { requireStudent } from "@/lib/data/student/scope";
import { insertOnceWithin } from "@/lib/data/internal/create-once";

/** An advisor's comment as both sides read it. `authorName` is null once the author's name is unknown. */
export type AdvisorComment = {
  id: string;
  body: string;
  createdAt: Date;
  authorName: string | null;
  /** The interview it is about, or null for a comment on the student's work as a whole. */
  interview: { id: string; contactName: string } | null;
};

/**
 * Comments about `studentId`, newest first; only those on `interviewId` when given.
 *
 * Unsafe: it checks nobody. Its callers have already decided: the student reading their own
 * (listMyAdvisorComments), or an advisor view that opened the student's records through
 * requireStudentAccess, which wrote the audit row. Checking again here would write a second row per view.
 */
export async function unsafeListCommentsAbout(
  studentId: string,
  options: { interviewId?: string; limit?: number } = {},
): Promise<AdvisorComment[]> {
  const query = getDb()
    .select({
      id: advisorComments.id,
      body: advisorComments.body,
      createdAt: advisorComments.createdAt,
      authorName: users.name,
      interviewId: interviews.id,
      contactName: contacts.name,
    })
    .from(advisorComments)
    .leftJoin(users, eq(users.id, advisorComments.authorId))
    .leftJoin(
      interviews,
      and(eq(interviews.id, advisorComments.interviewId), eq(interviews.studentId, studentId)),
    )
    .leftJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, studentId)))
    .where(
      and(
        eq(advisorComments.studentId, studentId),
        options.interviewId ? eq(advisorComments.interviewId, options.interviewId) : undefined,
      ),
    )
    .orderBy(desc(advisorComments.createdAt), desc(advisorComments.id));
  const rows = await (options.limit ? query.limit(options.limit) : query);
  return rows.map(({ interviewId, contactName, ...comment }) => ({
    ...comment,
    interview: interviewId && contactName !== null ? { id: interviewId, contactName } : null,
  }));
}

/**
 * An advisor's comment on a student in one of their cohorts, or on one of that student's interviews.
 * Writes the audit row ("student.comment" / "interview.comment") as it opens the student's records, so the
 * row also records an attempt on an interview that turns out not to be this student's (a 404).
 * A resubmit with the same creation key answers the comment it already made, so a double click posts once.
 */
export async function addComment(input: CommentInput): Promise<{ id: string }> {
  await requirePermission("students:comment-in-assigned-cohorts");
  const { advisor, studentId } = await requireStudentAccess(
    input.studentId,
    input.interviewId ? "interview.comment" : "student.comment",
    input.interviewId ? { interviewId: input.interviewId } : undefined,
  );
  const db = getDb();
  if (input.interviewId) {
    const [interview] = await db
      .select({ id: interviews.id })
      .from(interviews)
      .where(and(eq(interviews.id, input.interviewId), eq(interviews.studentId, studentId)));
    if (!interview) notFound();
  }
  const id = await insertOnceWithin(advisorComments, [advisorComments.studentId, advisorComments.authorId], {
    studentId,
    interviewId: input.interviewId,
    authorId: advisor.id,
    body: input.body,
    creationKey: input.creationKey,
  });
  return { id };
}

/** The signed-in student's comments from advisors, newest first; only one interview's when given. */
export async function listMyAdvisorComments(
  options: { interviewId?: string; limit?: number } = {},
): Promise<AdvisorComment[]> {
  const student = await requireStudent();
  return unsafeListCommentsAbout(student.id, options);
}
