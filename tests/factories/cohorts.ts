import { getDb } from "@/db/client";
import { cohortAdvisors, cohorts, cohortStudents } from "@/db/schema/cohorts";

let counter = 0;

function isoDate(daysFromToday: number) {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + daysFromToday);
  return day.toISOString().slice(0, 10);
}

export type CohortOverrides = { name?: string; term?: string; startsOn?: string; endsOn?: string };

/** A cohort running today by default (started 30 days ago, ends in 90). Dates are `YYYY-MM-DD`. */
export async function createCohort(overrides: CohortOverrides = {}) {
  counter += 1;
  const [cohort] = await getDb()
    .insert(cohorts)
    .values({
      name: overrides.name ?? `Test cohort ${counter}`,
      term: overrides.term ?? "Test term",
      startsOn: overrides.startsOn ?? isoDate(-30),
      endsOn: overrides.endsOn ?? isoDate(90),
    })
    .returning();
  return cohort!;
}

export async function assignAdvisor(cohortId: string, advisorId: string) {
  const [row] = await getDb().insert(cohortAdvisors).values({ cohortId, advisorId }).returning();
  return row!;
}

export async function enrolStudent(cohortId: string, studentId: string) {
  const [row] = await getDb().insert(cohortStudents).values({ cohortId, studentId }).returning();
  return row!;
}
