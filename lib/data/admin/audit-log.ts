import "server-only";
import { and, count, desc, eq, gte, lt, or, sql } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditEvents, cohorts, users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import type { AuditLogFilter } from "@/lib/validation/audit-log";
import type { Paged } from "@/lib/validation/list-query";
import { containsPattern } from "@/lib/data/internal/search-pattern";

export const AUDIT_PAGE_SIZE = 50;

export type AuditPerson = { id: string; name: string | null; email: string };

export type AuditEventRow = {
  id: number;
  at: Date;
  action: string;
  /** Who acted, with the role they had at the time (null for an event without an actor). */
  actor: (AuditPerson & { role: Role | null }) | null;
  student: AuditPerson | null;
  basisCohortName: string | null;
  requestId: string | null;
};

const actor = alias(users, "actor");
const subject = alias(users, "subject");

/** Audit events for an admin, newest first, 50 a page. Dates are whole UTC days, `to` included. */
export async function listAuditEvents(filter: AuditLogFilter): Promise<Paged<AuditEventRow>> {
  await requirePermission("audit-log:view");
  const db = getDb();
  const where = and(
    filter.actor ? personMatches(actor, filter.actor) : undefined,
    filter.student ? personMatches(subject, filter.student) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.createdAt, sql`${filter.from}::date at time zone 'UTC'`) : undefined,
    filter.to ? lt(auditEvents.createdAt, sql`(${filter.to}::date + 1) at time zone 'UTC'`) : undefined,
  );
  const [[totalRow], rows] = await Promise.all([
    db
      .select({ total: count() })
      .from(auditEvents)
      .leftJoin(actor, eq(actor.id, auditEvents.actorId))
      .leftJoin(subject, eq(subject.id, auditEvents.subjectUserId))
      .where(where),
    db
      .select({
        id: auditEvents.id,
        at: auditEvents.createdAt,
        action: auditEvents.action,
        actorId: actor.id,
        actorName: actor.name,
        actorEmail: actor.email,
        actorRole: auditEvents.actorRole,
        studentId: subject.id,
        studentName: subject.name,
        studentEmail: subject.email,
        basisCohortName: cohorts.name,
        requestId: auditEvents.requestId,
      })
      .from(auditEvents)
      .leftJoin(actor, eq(actor.id, auditEvents.actorId))
      .leftJoin(subject, eq(subject.id, auditEvents.subjectUserId))
      .leftJoin(cohorts, eq(cohorts.id, auditEvents.basisCohortId))
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE),
  ]);
  const total = totalRow?.total ?? 0;
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      actor:
        r.actorId && r.actorEmail
          ? { id: r.actorId, name: r.actorName, email: r.actorEmail, role: r.actorRole }
          : null,
      student:
        r.studentId && r.studentEmail
          ? { id: r.studentId, name: r.studentName, email: r.studentEmail }
          : null,
      basisCohortName: r.basisCohortName,
      requestId: r.requestId,
    })),
    total,
    page: filter.page,
    pageSize: AUDIT_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

function personMatches(person: { name: AnyPgColumn; email: AnyPgColumn }, text: string) {
  const pattern = containsPattern(text);
  return or(sql`${person.name} ilike ${pattern}`, sql`${person.email} ilike ${pattern}`);
}
