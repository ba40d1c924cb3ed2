import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { contacts, interviews } from "@/db/schema/index";

// Ownership checks for a student id the caller already took from the viewer (requireStudent): they read
// without a viewer of their own, so they live in internal/, out of app/'s reach.

/** Another student's contact answers exactly like a missing one. */
export async function assertOwnContact(studentId: string, contactId: string): Promise<void> {
  const [row] = await getDb()
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.studentId, studentId)));
  if (!row) notFound();
}

/** Another student's interview answers exactly like a missing one. */
export async function assertOwnInterview(studentId: string, interviewId: string): Promise<void> {
  const [row] = await getDb()
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.studentId, studentId)));
  if (!row) notFound();
}
