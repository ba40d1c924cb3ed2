import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { contacts, interviews } from "@/db/schema/index";
import type { ReferralInput } from "@/lib/validation/interview";
import { insertOnce } from "@/lib/data/internal/create-once";
import { requireStudent } from "@/lib/data/student/scope";

/**
 * "Who else should I talk to?": a new contact referred by the person interviewed, linked to this
 * interview, created once per form key.
 */
export async function addReferralFromInterview(
  interviewId: string,
  input: Omit<ReferralInput, "interviewId">,
): Promise<{ status: "created"; id: string }> {
  const student = await requireStudent();
  const db = getDb();
  const [interview] = await db
    .select({ contactId: interviews.contactId })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.studentId, student.id)));
  if (!interview) notFound();
  const id = await insertOnce(contacts, {
    studentId: student.id,
    name: input.name,
    title: input.title,
    email: input.email,
    source: "referral",
    referredByContactId: interview.contactId,
    referredFromInterviewId: interviewId,
    creationKey: input.creationKey,
  });
  return { status: "created", id };
}
