import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { digestDeliveries, users, type DigestKind, type DigestStatus } from "@/db/schema/index";
import { requirePermission } from "@/lib/auth/session";

export type DigestProblem = {
  id: string;
  recipientEmail: string;
  recipientName: string | null;
  kind: DigestKind;
  weekStart: string;
  status: DigestStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
};

/** Digests that failed for good or are still waiting to go out, for admins; newest week first. */
export async function listDigestProblems(limit = 100): Promise<DigestProblem[]> {
  await requirePermission("people:manage");
  return getDb()
    .select({
      id: digestDeliveries.id,
      recipientEmail: users.email,
      recipientName: users.name,
      kind: digestDeliveries.kind,
      weekStart: digestDeliveries.weekStart,
      status: digestDeliveries.status,
      attempts: digestDeliveries.attempts,
      nextAttemptAt: digestDeliveries.nextAttemptAt,
      lastError: digestDeliveries.lastError,
    })
    .from(digestDeliveries)
    .innerJoin(users, eq(users.id, digestDeliveries.recipientId))
    .where(inArray(digestDeliveries.status, ["failed", "pending", "sending"]))
    .orderBy(
      desc(digestDeliveries.weekStart),
      asc(digestDeliveries.status),
      asc(digestDeliveries.nextAttemptAt),
    )
    .limit(limit);
}
