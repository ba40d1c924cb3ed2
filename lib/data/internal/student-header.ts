import "server-only";
import { eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohorts, studentProfiles, users } from "@/db/schema/index";
import { studentTimeZone } from "@/lib/domain/time-zone";

// Called after requireStudentAccess has checked the advisor: it reads without a viewer of its own.

/** The student's name, email and time zone, and the cohort through which the advisor sees them. */
export async function studentHeader(studentId: string, cohortId: string) {
  const [row] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      timeZone: studentProfiles.timeZone,
      cohortId: cohorts.id,
      cohortName: cohorts.name,
      cohortTerm: cohorts.term,
    })
    .from(users)
    .leftJoin(studentProfiles, eq(studentProfiles.studentId, users.id))
    .innerJoin(cohorts, eq(cohorts.id, cohortId))
    .where(eq(users.id, studentId));
  // requireStudentAccess found the enrolment a moment ago; the row can only vanish in a race with a delete.
  if (!row) notFound();
  return {
    student: { id: row.id, name: row.name, email: row.email },
    timeZone: studentTimeZone(row.timeZone),
    cohort: { id: row.cohortId, name: row.cohortName, term: row.cohortTerm },
  };
}
