import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cohortStudents, cohorts } from "@/db/schema/index";
import { requirePermission } from "@/lib/auth/session";

export type StudentOverview = {
  name: string | null;
  email: string;
  cohorts: { id: string; name: string; term: string }[];
};

export async function getStudentOverview(): Promise<StudentOverview> {
  const viewer = await requirePermission("own-records:manage");
  const myCohorts = await getDb()
    .select({ id: cohorts.id, name: cohorts.name, term: cohorts.term })
    .from(cohortStudents)
    .innerJoin(cohorts, eq(cohorts.id, cohortStudents.cohortId))
    .where(eq(cohortStudents.studentId, viewer.id))
    .orderBy(asc(cohorts.startsOn));
  return { name: viewer.name, email: viewer.email, cohorts: myCohorts };
}
