import "server-only";
import { and, count, desc, eq, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditEvents, cohorts, users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import type { Paged } from "@/lib/validation/list-query";
import { AUDIT_PAGE_SIZE } from "@/lib/data/admin/audit-log";

export type RecordView = {
  id: number;
  at: Date;
  action: string;
  viewerName: string;
  viewerRole: Role | null;
  /** The cohort whose advisor the viewer was; null when no cohort gave the access. */
  cohortName: string | null;
};

const actor = alias(users, "actor");

/**
 * Who looked at the signed-in student's records, when, and through which cohort: every audit row whose
 * subject is the student and whose actor is someone else (their own exports are not "views by others").
 * Names only; the viewer's email is not the student's business.
 */
export async function listViewsOfMyRecords(page = 1): Promise<Paged<RecordView>> {
  const student = await requirePermission("own-record-views:view");
  const db = getDb();
  const where = and(
    eq(auditEvents.subjectUserId, student.id),
    or(isNull(auditEvents.actorId), ne(auditEvents.actorId, student.id)),
  );
  const [[totalRow], rows] = await Promise.all([
    db.select({ total: count() }).from(auditEvents).where(where),
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.createdAt,
        action: auditEvents.action,
        viewerName: sql<string>`coalesce(${actor.name}, 'Someone without a name on file')`,
        viewerRole: auditEvents.actorRole,
        cohortName: cohorts.name,
      })
      .from(auditEvents)
      .leftJoin(actor, eq(actor.id, auditEvents.actorId))
      .leftJoin(cohorts, eq(cohorts.id, auditEvents.basisCohortId))
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE),
  ]);
  const total = totalRow?.total ?? 0;
  return {
    items: rows,
    total,
    page,
    pageSize: AUDIT_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
