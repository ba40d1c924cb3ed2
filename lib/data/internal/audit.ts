import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema/index";
import type { Viewer } from "@/lib/auth/session";
import type { AuditAction } from "@/lib/domain/audit-actions";

export type AuditEntry = {
  action: AuditAction;
  subjectUserId: string;
  /** The cohort that gave the actor access; null when the subject is the actor. */
  basisCohortId: string | null;
  details?: Record<string, unknown>;
};

/** The proxy stamps every request with an id; a call outside a request (a script) records none. */
async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get("x-request-id");
  } catch {
    return null;
  }
}

/**
 * Writes the rows before the records are returned, in the caller's flow: if the audit insert fails, the
 * read fails too. An export of many students writes one row per student in one statement.
 */
export async function recordAudit(actor: Viewer, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const requestId = await currentRequestId();
  await getDb()
    .insert(auditEvents)
    .values(
      entries.map((entry) => ({
        actorId: actor.id,
        actorRole: actor.role,
        action: entry.action,
        subjectUserId: entry.subjectUserId,
        basisCohortId: entry.basisCohortId,
        requestId,
        details: entry.details ?? null,
      })),
    );
}
