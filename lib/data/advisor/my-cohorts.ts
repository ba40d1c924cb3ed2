import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cohortAdvisors, cohortStudents, cohorts } from "@/db/schema/index";
import { requirePermission } from "@/lib/auth/session";

export type AssignedCohort = {
  id: string;
  name: string;
  term: string;
  startsOn: string;
  endsOn: string;
  studentCount: number;
};

/** The cohorts the signed-in advisor is assigned to, and nothing else. */
export async function listMyCohorts(): Promise<AssignedCohort[]> {
  const viewer = await requirePermission("cohorts:view-assigned");
  return getDb()
    .select({
      id: cohorts.id,
      name: cohorts.name,
      term: cohorts.term,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      studentCount: count(cohortStudents.studentId),
    })
    .from(cohortAdvisors)
    .innerJoin(cohorts, eq(cohorts.id, cohortAdvisors.cohortId))
    .leftJoin(cohortStudents, eq(cohortStudents.cohortId, cohorts.id))
    .where(and(eq(cohortAdvisors.advisorId, viewer.id), isNull(cohorts.archivedAt)))
    .groupBy(cohorts.id)
    .orderBy(asc(cohorts.startsOn), asc(cohorts.name));
}
