import "server-only";
import { and, desc, eq, gte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { nudges, users } from "@/db/schema/index";
import { requireStudent } from "@/lib/data/student/scope";

export type MyNudge = { id: string; body: string; advisorName: string | null; createdAt: Date };

/** How long a nudge stays on the student's home: long enough to act on, short enough not to nag. */
export const NUDGE_SHOWN_FOR_MS = 14 * 86_400_000;

/** The signed-in student's recent nudges from their advisors, newest first (at most `limit`). */
export async function listMyNudges(now = new Date(), limit = 3): Promise<MyNudge[]> {
  const student = await requireStudent();
  return getDb()
    .select({ id: nudges.id, body: nudges.body, advisorName: users.name, createdAt: nudges.createdAt })
    .from(nudges)
    .leftJoin(users, eq(users.id, nudges.advisorId))
    .where(
      and(
        eq(nudges.studentId, student.id),
        gte(nudges.createdAt, new Date(now.getTime() - NUDGE_SHOWN_FOR_MS)),
      ),
    )
    .orderBy(desc(nudges.createdAt), desc(nudges.id))
    .limit(limit);
}
