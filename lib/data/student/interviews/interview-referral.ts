import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { contacts, interviews } from "@/db/schema/index";
import type { ReferralInput } from "@/lib/validation/interview";
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
  const existing = await findContactByCreationKey(student.id, input.creationKey);
  if (existing) return { status: "created", id: existing };
  const [row] = await db
    .insert(contacts)
    .values({
      studentId: student.id,
      name: input.name,
      title: input.title,
      email: input.email,
      source: "referral",
      referredByContactId: interview.contactId,
      referredFromInterviewId: interviewId,
      creationKey: input.creationKey,
    })
    .onConflictDoNothing()
    .returning({ id: contacts.id });
  if (row) return { status: "created", id: row.id };
  const winner = await findContactByCreationKey(student.id, input.creationKey);
  if (!winner) throw new Error("referral insert conflicted but no row holds its creation key");
  return { status: "created", id: winner };
}

async function findContactByCreationKey(studentId: string, key: string) {
  const [row] = await getDb()
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.studentId, studentId), eq(contacts.creationKey, key)));
  return row?.id ?? null;
}
