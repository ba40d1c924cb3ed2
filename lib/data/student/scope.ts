import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { contacts } from "@/db/schema/index";
import { requirePermission, type Viewer } from "@/lib/auth/session";

/** The signed-in student whose records are being read or written; anyone else meets a 404. */
export function requireStudent(): Promise<Viewer> {
  return requirePermission("own-records:manage");
}

/** The outcome of an edit guarded by a version: saved, or refused because someone saved in between. */
export type VersionedSave = { status: "saved"; id: string; version: number } | { status: "stale" };

/** Another student's contact answers exactly like a missing one. */
export async function assertOwnContact(studentId: string, contactId: string): Promise<void> {
  const [row] = await getDb()
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.studentId, studentId)));
  if (!row) notFound();
}
