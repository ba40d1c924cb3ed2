import "server-only";
import { and, count, desc, eq, gte, lt, or, sql } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditEvents, cohorts, users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import type { AuditLogFilter } from "@/lib/validation/audit-log";
import type { Paged } from "@/lib/validation/list-query";
import { toSafeCsv } from "@/lib/domain/csv-safety";
import { recordAudit } from "@/lib/data/internal/audit";
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

function filterWhere(filter: AuditLogFilter) {
  return and(
    filter.actor ? personMatches(actor, filter.actor) : undefined,
    filter.student ? personMatches(subject, filter.student) : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.from ? gte(auditEvents.createdAt, sql`${filter.from}::date at time zone 'UTC'`) : undefined,
    filter.to ? lt(auditEvents.createdAt, sql`(${filter.to}::date + 1) at time zone 'UTC'`) : undefined,
  );
}

/** Audit events for an admin, newest first, 50 a page. Dates are whole UTC days, `to` included. */
export async function listAuditEvents(filter: AuditLogFilter): Promise<Paged<AuditEventRow>> {
  await requirePermission("audit-log:view");
  const db = getDb();
  const where = filterWhere(filter);
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

/** An export holds at most this many entries, newest first: narrow the dates for older ones. */
export const AUDIT_EXPORT_LIMIT = 10_000;

const CSV_COLUMNS = [
  "When (UTC)",
  "Actor name",
  "Actor email",
  "Actor role",
  "Action",
  "About (name)",
  "About (email)",
  "Through cohort",
  "Request id",
] as const;

/**
 * The entries the filters match, as CSV (every cell escaped against formulas), newest first, up to
 * AUDIT_EXPORT_LIMIT. The export itself is recorded in the log it exports.
 */
export async function exportAuditEventsCsv(
  filter: AuditLogFilter,
  actionLabel: (action: string) => string,
  now = new Date(),
): Promise<{ filename: string; csv: string; truncated: boolean }> {
  const admin = await requirePermission("audit-log:view");
  await recordAudit(admin, [
    {
      action: "audit.export",
      subjectUserId: admin.id,
      basisCohortId: null,
      details: { filter: { ...filter, page: undefined } },
    },
  ]);
  const rows = await getDb()
    .select({
      at: auditEvents.createdAt,
      action: auditEvents.action,
      actorName: actor.name,
      actorEmail: actor.email,
      actorRole: auditEvents.actorRole,
      studentName: subject.name,
      studentEmail: subject.email,
      cohortName: cohorts.name,
      requestId: auditEvents.requestId,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(subject, eq(subject.id, auditEvents.subjectUserId))
    .leftJoin(cohorts, eq(cohorts.id, auditEvents.basisCohortId))
    .where(filterWhere(filter))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(AUDIT_EXPORT_LIMIT + 1);
  const csv = toSafeCsv(
    CSV_COLUMNS,
    rows.slice(0, AUDIT_EXPORT_LIMIT).map((r) => ({
      "When (UTC)": r.at.toISOString(),
      "Actor name": r.actorName ?? "",
      "Actor email": r.actorEmail ?? "",
      "Actor role": r.actorRole ?? "",
      Action: actionLabel(r.action),
      "About (name)": r.studentName ?? "",
      "About (email)": r.studentEmail ?? "",
      "Through cohort": r.cohortName ?? "",
      "Request id": r.requestId ?? "",
    })),
  );
  return {
    filename: `fieldnotes-audit-log-${now.toISOString().slice(0, 10)}.csv`,
    csv,
    truncated: rows.length > AUDIT_EXPORT_LIMIT,
  };
}
