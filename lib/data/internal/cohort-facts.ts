import "server-only";
import { eq, sql, type Placeholder, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { executePrepared } from "@/lib/data/internal/prepared-sql";
import { cohortGoals } from "@/db/schema/index";
import { isCountMetric, type CohortGoal, type GoalMetric } from "@/lib/domain/cohort-goals";
import type { FunnelInput } from "@/lib/domain/cohort-funnel";
import type { StudentProgress } from "@/lib/domain/student-progress";
import { weeklyCountsOfDays, type WeeklyCount } from "@/lib/domain/weekly-activity";

// The raw facts behind a cohort dashboard, in one query whatever the cohort's size: one entry per student,
// with their activity per day, which lib/domain adds up into weeks. It reads student_progress, which
// PostgreSQL keeps current after every statement that touches a student's records (migration 0015), so a
// request reads ~one row per student instead of aggregating ten tables, and every committed write shows on
// the next request. The rules that turn the facts into flags and progress live in lib/domain. Callers
// authorize first: nothing here checks who is asking.

export type CohortFacts = {
  students: StudentProgress[];
  /** Activity per Monday-started week since `from`, for the chart over the term. */
  weeklyActivity: WeeklyCount[];
};

// The member rows come back as one JSON array of arrays (json_agg), which the driver hands to one native
// JSON.parse: parsing ~500 rows of 17 text columns (three of them arrays) value by value in JavaScript cost
// several milliseconds per dashboard request and most of its garbage. Calendar dates stay text ('YYYY-MM-DD',
// what lib/domain works in; JSON writes dates in ISO form whatever DateStyle says); the two instants come as
// epoch milliseconds, as `new Date(number)` is much cheaper than parsing a timestamp string. Keep this tuple
// in the order of the select list below.
export type StudentTuple = [
  studentId: string,
  name: string | null,
  email: string,
  timeZone: string | null,
  joinedAtMs: number,
  researchItems: number,
  contactsIdentified: number,
  preparationItems: number,
  pitchWritten: boolean,
  outreachSent: number,
  interviewsCompleted: number,
  followUpsSent: number,
  thankYousSent: number,
  lastActivityMs: number | null,
  interviewsAwaitingThankYou: string[] | null,
  thankYouDelays: number[] | null,
  outreachAwaitingFollowUp: string[] | null,
  activityDays: string[] | null,
  activityCounts: number[] | null,
];
type StudentsRow = { students: StudentTuple[] | null };
type EvidenceRow = {
  student_id: string;
  research_items: number;
  contacts_identified: number;
  preparation_items: number;
  pitch_written: boolean;
  outreach_sent: number;
  interviews_completed: number;
  thank_yous_sent: number;
  follow_ups_sent: number;
};

const NONE: readonly never[] = [];

/**
 * `from` is the first day of the term: activity before it is not charted. With `studentId`, the same facts
 * for that one member only (the advisor's student page judges their flags exactly as the dashboard does).
 */
export async function loadCohortFacts(
  cohortId: string,
  from: string,
  options: { studentId?: string } = {},
): Promise<CohortFacts> {
  const [row] = await executePrepared<StudentsRow>(
    sql`select (${cohortMembersJson(cohortId, options)}) as students`,
  );
  return toCohortFacts(row?.students ?? null, from);
}

/**
 * The statement's scalar subquery that reads a cohort's members as one JSON array of StudentTuple (null when
 * there are none), for loadCohortFacts and for statements that read it with other things (dashboard-inputs.ts).
 */
export function cohortMembersJson(cohortId: string | Placeholder, options: { studentId?: string } = {}): SQL {
  const onlyStudent =
    options.studentId === undefined ? sql`` : sql` and cs.student_id = ${options.studentId}`;
  return sql`
      select json_agg(json_build_array(
        cs.student_id, u.name, u.email, sp.time_zone,
        floor(extract(epoch from cs.joined_at) * 1000)::float8,
        coalesce(p.research_items, 0),
        coalesce(p.contacts_identified, 0),
        coalesce(p.preparation_items, 0),
        coalesce(length(trim(sp.elevator_pitch)) > 0, false),
        coalesce(p.outreach_sent, 0),
        coalesce(p.interviews_completed, 0),
        coalesce(p.follow_ups_sent, 0),
        coalesce(p.thank_yous_sent, 0),
        floor(extract(epoch from p.last_activity_at) * 1000)::float8,
        p.interviews_awaiting_thank_you,
        p.thank_you_delays,
        p.outreach_awaiting_follow_up,
        p.activity_days,
        p.activity_counts
      ) order by u.name, u.email)
      from cohort_students cs
      join users u on u.id = cs.student_id
      left join student_profiles sp on sp.student_id = cs.student_id
      left join student_progress p on p.student_id = cs.student_id
      where cs.cohort_id = ${cohortId}${onlyStudent}`;
}

/** The facts from cohortMembersJson's array; `from` as for loadCohortFacts. */
export function toCohortFacts(members: StudentTuple[] | null, from: string): CohortFacts {
  const rows = members ?? [];
  return {
    students: rows.map((row) => ({
      studentId: row[0],
      name: row[1],
      email: row[2],
      timeZone: row[3],
      joinedAt: new Date(row[4]),
      lastActivityAt: row[13] === null ? null : new Date(row[13]),
      researchItems: row[5],
      contactsIdentified: row[6],
      preparationItems: row[7],
      pitchWritten: row[8] === true,
      outreachSent: row[9],
      interviewsCompleted: row[10],
      thankYousSent: row[12],
      followUpsSent: row[11],
      thankYouDelays: row[15] ?? NONE,
      interviewsAwaitingThankYou: row[14] ?? NONE,
      outreachAwaitingFollowUp: row[16] ?? NONE,
    })),
    weeklyActivity: weeklyCountsOfDays(
      rows.map((row) => ({ days: row[17] ?? NONE, counts: row[18] ?? NONE })),
      from,
    ),
  };
}

/** A cohort's goals, soonest due first; the timeliness goal (no date) last. */
export async function loadCohortGoals(cohortId: string): Promise<CohortGoal[]> {
  const rows = await getDb()
    .select({
      id: cohortGoals.id,
      metric: cohortGoals.metric,
      target: cohortGoals.target,
      dueOn: cohortGoals.dueOn,
    })
    .from(cohortGoals)
    .where(eq(cohortGoals.cohortId, cohortId))
    .orderBy(COHORT_GOAL_ORDER);
  return rows.map(toCohortGoal);
}

/** The order loadCohortGoals lists a cohort's goals in, for statements that read them as JSON. */
export const COHORT_GOAL_ORDER = sql`due_on asc nulls last, metric asc, created_at asc`;

/** One goal row as lib/domain takes it. */
export function toCohortGoal(row: {
  id: string;
  metric: GoalMetric;
  target: number;
  dueOn: string | null;
}): CohortGoal {
  // The CHECK constraint pairs a count metric with a date and the timeliness metric with none.
  return isCountMetric(row.metric)
    ? { id: row.id, metric: row.metric, target: row.target, dueOn: row.dueOn! }
    : { id: row.id, metric: row.metric, target: row.target, dueOn: null };
}

/**
 * Each student's evidence for the six steps as it stood at the start of `before` (UTC), in one query:
 * compared with today's, it says who moved forward since. Completed interviews count from when they were
 * held (there is no completion timestamp); everything else from when it was recorded.
 */
export async function loadStepEvidenceBefore(
  cohortId: string,
  before: string,
): Promise<Map<string, FunnelInput>> {
  const cutoff = sql`(${before}::date)::timestamp at time zone 'UTC'`;
  const count = (table: string, extra = sql``) =>
    sql`(select count(*)::int from ${sql.identifier(table)} t
         where t.student_id = cs.student_id and t.created_at < ${cutoff} ${extra})`;
  const rows = await getDb().execute<EvidenceRow>(sql`
    select cs.student_id,
      ${count("career_fields")} + ${count("organizations")} as research_items,
      ${count("contacts")} as contacts_identified,
      ${count("questions")} + (select count(*)::int from interview_questions iq
        join interviews i on i.id = iq.interview_id
        where i.student_id = cs.student_id and i.created_at < ${cutoff}) as preparation_items,
      -- A pitch keeps no history: counted as written before the cutoff when it was last saved before it.
      exists(select 1 from student_profiles p where p.student_id = cs.student_id
        and p.updated_at < ${cutoff} and length(trim(p.elevator_pitch)) > 0) as pitch_written,
      ${count("outreach_attempts", sql`and not t.is_follow_up`)} as outreach_sent,
      (select count(*)::int from interviews i where i.student_id = cs.student_id
        and i.status = 'completed' and i.starts_at < ${cutoff}) as interviews_completed,
      ${count("follow_ups", sql`and t.kind = 'thank_you'`)} as thank_yous_sent,
      ${count("follow_ups")} as follow_ups_sent
    from cohort_students cs
    where cs.cohort_id = ${cohortId}`);
  return new Map(
    rows.map((row) => [
      row.student_id,
      {
        researchItems: Number(row.research_items),
        contactsIdentified: Number(row.contacts_identified),
        preparationItems: Number(row.preparation_items),
        pitchWritten: row.pitch_written === true,
        outreachSent: Number(row.outreach_sent),
        interviewsCompleted: Number(row.interviews_completed),
        thankYousSent: Number(row.thank_yous_sent),
        followUpsSent: Number(row.follow_ups_sent),
      },
    ]),
  );
}
