import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb, type Database } from "@/db/client";
import { cohortAdvisors, cohortStudents, cohorts, users } from "@/db/schema/index";
import { requirePermission, type Viewer } from "@/lib/auth/session";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { recordAudit } from "@/lib/data/internal/audit";
import { preparedQuery } from "@/lib/data/internal/prepared-sql";

// The one place that decides which students an advisor may see: students enrolled in a cohort the
// advisor is assigned to, while that cohort is not archived. Decided from the database on every call,
// so an unassignment or an archive takes effect on the advisor's next request.

/** Rows of (student, cohort through which the advisor sees them). */
function visibleEnrolments(advisorId: string) {
  return getDb()
    .select({ studentId: cohortStudents.studentId, cohortId: cohortStudents.cohortId })
    .from(cohortStudents)
    .innerJoin(
      cohortAdvisors,
      and(eq(cohortAdvisors.cohortId, cohortStudents.cohortId), eq(cohortAdvisors.advisorId, advisorId)),
    )
    .innerJoin(cohorts, and(eq(cohorts.id, cohortStudents.cohortId), isNull(cohorts.archivedAt)));
}

export type VisibleStudent = { id: string; name: string | null; email: string; cohortId: string };

/** Every student the signed-in advisor may see, once per cohort they share. */
export async function listVisibleStudents(): Promise<VisibleStudent[]> {
  const advisor = await requirePermission("students:view-in-assigned-cohorts");
  const enrolments = visibleEnrolments(advisor.id).as("enrolments");
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, cohortId: enrolments.cohortId })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.studentId))
    .orderBy(asc(users.name), asc(users.email));
}

export type StudentAccess = { advisor: Viewer; studentId: string; basisCohortId: string };

/**
 * The cohort through which `advisorId` sees `studentId`, or null. The first by name when several. `unsafe`:
 * it trusts the advisor id it is given; requireStudentAccess passes the viewer's, tests pass their own.
 */
export async function unsafeFindAccessBasis(advisorId: string, studentId: string): Promise<string | null> {
  const [row] = await visibleEnrolments(advisorId)
    .where(eq(cohortStudents.studentId, studentId))
    .orderBy(asc(cohorts.name), asc(cohorts.id))
    .limit(1);
  return row?.cohortId ?? null;
}

/**
 * Opens a student's records to the signed-in advisor and writes the audit row for it. A student outside
 * the advisor's cohorts answers exactly like a missing one.
 */
export async function requireStudentAccess(
  studentId: string,
  action: AuditAction,
  details?: Record<string, unknown>,
): Promise<StudentAccess> {
  const advisor = await requirePermission("students:view-in-assigned-cohorts");
  const basisCohortId = await unsafeFindAccessBasis(advisor.id, studentId);
  if (!basisCohortId) notFound();
  await recordAudit(advisor, [{ action, subjectUserId: studentId, basisCohortId, details }]);
  return { advisor, studentId, basisCohortId };
}

// Built once and prepared (preparedQuery): every advisor page of a cohort runs it on each request.
const assignedCohortQuery = preparedQuery(
  (db: Database) =>
    db
      .select({
        id: cohorts.id,
        name: cohorts.name,
        term: cohorts.term,
        startsOn: cohorts.startsOn,
        endsOn: cohorts.endsOn,
        version: cohorts.version,
      })
      .from(cohorts)
      .innerJoin(
        cohortAdvisors,
        and(
          eq(cohortAdvisors.cohortId, cohorts.id),
          eq(cohortAdvisors.advisorId, sql.placeholder("advisorId")),
        ),
      )
      .where(and(eq(cohorts.id, sql.placeholder("cohortId")), isNull(cohorts.archivedAt))),
  "assigned-cohort",
);

/** A cohort the signed-in advisor is assigned to and that is not archived; anything else is a 404. */
export async function requireAssignedCohort(cohortId: string) {
  const advisor = await requirePermission("cohorts:view-assigned");
  const [cohort] = await assignedCohortQuery({ cohortId, advisorId: advisor.id });
  if (!cohort) notFound();
  return { advisor, cohort };
}
