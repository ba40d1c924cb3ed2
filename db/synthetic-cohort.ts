import { addDays } from "date-fns";
import { sql } from "drizzle-orm";
import type { Database } from "./client";
import {
  cohortAdvisors,
  cohortGoals,
  cohortStudents,
  cohorts,
  contacts,
  followUps,
  interviews,
  organizations,
  outreachAttempts,
  users,
} from "./schema/index";

// A large cohort with a believable term of activity, for the dashboard's query-count test and its
// benchmark. Seeded, so the same options always give the same cohort; bulk inserts, so 500 students
// take seconds, not minutes. As a superuser the load runs with triggers off and refreshes the per-student
// summary (decision 007) once at the end: the row triggers would otherwise refresh it once per chunk per
// table, which made a 5,500-student fill take minutes.

export type SyntheticCohortOptions = {
  students: number;
  /** Marks every email and name, so several cohorts can share one database. */
  label: string;
  today?: Date;
  seed?: number;
};

export type SyntheticCohort = { cohortId: string; advisorId: string; studentIds: string[] };

/** mulberry32: tiny, fast and good enough to spread fake activity. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  // Stays far below PostgreSQL's 65,535 bind parameters per statement.
  for (let start = 0; start < rows.length; start += 1000) await insert(rows.slice(start, start + 1000));
}

export async function createSyntheticCohort(
  db: Database,
  options: SyntheticCohortOptions,
): Promise<SyntheticCohort> {
  return db.transaction(async (tx) => {
    const [role] = await tx.execute<{ superuser: boolean }>(
      sql`select rolsuper as superuser from pg_roles where rolname = current_user`,
    );
    if (!role?.superuser) return fillSyntheticCohort(tx, options);
    // Replica mode skips triggers, foreign-key checks included: the rows below are consistent by construction.
    await tx.execute(sql`set local session_replication_role = replica`);
    const cohort = await fillSyntheticCohort(tx, options);
    await tx.execute(sql`set local session_replication_role = origin`);
    await tx.execute(
      sql`select refresh_student_progress(array(
            select student_id from cohort_students where cohort_id = ${cohort.cohortId} order by student_id))`,
    );
    return cohort;
  });
}

async function fillSyntheticCohort(
  db: Pick<Database, "insert">,
  { students, label, today = new Date(), seed = 1 }: SyntheticCohortOptions,
): Promise<SyntheticCohort> {
  const random = randomSource(seed);
  const termStart = addDays(today, -70);
  const termEnd = addDays(today, 30);
  const during = (fromDay: number, toDay: number) => addDays(termStart, random.int(fromDay, toDay));

  const [advisor] = await db
    .insert(users)
    .values({ email: `advisor.${label}@synthetic.example`, name: `Advisor ${label}`, role: "advisor" })
    .returning({ id: users.id });
  const [cohort] = await db
    .insert(cohorts)
    .values({
      name: `Synthetic ${label}`,
      term: "Synthetic term",
      startsOn: day(termStart),
      endsOn: day(termEnd),
    })
    .returning({ id: cohorts.id });
  await db.insert(cohortAdvisors).values({ cohortId: cohort!.id, advisorId: advisor!.id });
  await db.insert(cohortGoals).values([
    { cohortId: cohort!.id, metric: "contacts_identified", target: 5, dueOn: day(addDays(termStart, 21)) },
    { cohortId: cohort!.id, metric: "interviews_completed", target: 3, dueOn: day(addDays(termStart, 60)) },
    { cohortId: cohort!.id, metric: "thank_you_within_days", target: 2, dueOn: null },
  ]);

  const studentRows = Array.from({ length: students }, (_, index) => ({
    id: crypto.randomUUID(),
    email: `student${index}.${label}@synthetic.example`,
    name: `Student ${index} ${label}`,
    role: "student" as const,
  }));
  await insertInChunks(studentRows, (chunk) => db.insert(users).values(chunk));
  await insertInChunks(studentRows, (chunk) =>
    db
      .insert(cohortStudents)
      .values(chunk.map((student) => ({ cohortId: cohort!.id, studentId: student.id, joinedAt: termStart }))),
  );

  const orgRows: (typeof organizations.$inferInsert)[] = [];
  const contactRows: (typeof contacts.$inferInsert)[] = [];
  const outreachRows: (typeof outreachAttempts.$inferInsert)[] = [];
  const interviewRows: (typeof interviews.$inferInsert)[] = [];
  const followUpRows: (typeof followUps.$inferInsert)[] = [];

  for (const student of studentRows) {
    const effort = random.next(); // how engaged this student is over the term
    const orgIds = [0, 1].map((n) => {
      const id = crypto.randomUUID();
      const at = during(0, 20);
      orgRows.push({ id, studentId: student.id, name: `Org ${n}`, createdAt: at, updatedAt: at });
      return id;
    });
    const contactCount = Math.round(effort * 9);
    for (let n = 0; n < contactCount; n++) {
      const contactId = crypto.randomUUID();
      const addedAt = during(3, 40);
      contactRows.push({
        id: contactId,
        studentId: student.id,
        name: `Contact ${n}`,
        organizationId: orgIds[n % 2]!,
        source: "alumni",
        createdAt: addedAt,
        updatedAt: addedAt,
      });
      if (random.next() > effort + 0.2) continue;
      const sentOn = addDays(addedAt, random.int(1, 10));
      if (sentOn > today) continue;
      const replied = random.next() < 0.6;
      outreachRows.push({
        studentId: student.id,
        contactId,
        sentOn: day(sentOn),
        channel: "email",
        reply: replied ? "replied" : "none",
        repliedOn: replied ? day(addDays(sentOn, 2)) : null,
        createdAt: sentOn,
        updatedAt: sentOn,
      });
      if (!replied) continue;
      const interviewId = crypto.randomUUID();
      const startsAt = addDays(sentOn, random.int(5, 15));
      const held = startsAt < today;
      interviewRows.push({
        id: interviewId,
        studentId: student.id,
        contactId,
        startsAt,
        timeZone: "America/New_York",
        format: "video",
        status: held ? "completed" : "scheduled",
        createdAt: addDays(sentOn, 2),
        updatedAt: held ? startsAt : addDays(sentOn, 2),
      });
      if (!held || random.next() < 0.25) continue;
      const thankedOn = addDays(startsAt, random.int(0, 9));
      if (thankedOn > today) continue;
      followUpRows.push({
        studentId: student.id,
        contactId,
        interviewId,
        kind: "thank_you",
        sentOn: day(thankedOn),
        channel: "email",
        createdAt: thankedOn,
      });
    }
  }
  await insertInChunks(orgRows, (chunk) => db.insert(organizations).values(chunk));
  await insertInChunks(contactRows, (chunk) => db.insert(contacts).values(chunk));
  await insertInChunks(outreachRows, (chunk) => db.insert(outreachAttempts).values(chunk));
  await insertInChunks(interviewRows, (chunk) => db.insert(interviews).values(chunk));
  await insertInChunks(followUpRows, (chunk) => db.insert(followUps).values(chunk));

  return { cohortId: cohort!.id, advisorId: advisor!.id, studentIds: studentRows.map((s) => s.id) };
}
