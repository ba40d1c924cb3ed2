import "server-only";
import { sql, type Placeholder } from "drizzle-orm";
import type { CohortGoal, GoalMetric } from "@/lib/domain/cohort-goals";
import type { StudentFollowUp } from "@/lib/domain/nudge-rules";
import {
  COHORT_GOAL_ORDER,
  cohortMembersJson,
  toCohortGoal,
  type StudentTuple,
} from "@/lib/data/internal/cohort-facts";
import { thankYouRulesOf } from "@/lib/data/internal/instance-rules";
import { cohortFollowUpRows, toFollowUps, type FollowUpRow } from "@/lib/data/internal/nudge-records";
import { preparedStatement } from "@/lib/data/internal/prepared-sql";

// Everything the cohort dashboard's rules read, in one statement, with a fingerprint of it. A caller that
// already holds the model built from a fingerprint passes it back, and when nothing changed the statement
// answers with the fingerprint alone: PostgreSQL does not build the members' JSON (the CASE reads that
// subquery only when it is needed) and the app server neither receives nor parses 500 students again
// (dashboard-model-cache.ts). Callers authorize first: nothing here checks who is asking.
//
// The fingerprint is the md5 of the small inputs themselves (goals, the thank-you rule, the latest nudge and
// "handled" marks) and, for the members, of each member's row versions: the `xmin` of their enrolment, user,
// profile and student_progress rows. PostgreSQL gives every new row version the id of the transaction that
// wrote it, so any committed insert, update or delete of a row the dashboard reads changes the fingerprint
// (Npgsql and EF Core use `xmin` as a row's concurrency token the same way), while hashing versions instead of
// the members' JSON costs PostgreSQL ~1.5 ms instead of ~4 ms for 500 students. A write that changes nothing
// the dashboard shows (an email verification) only costs a recomputation. student_progress is rewritten by the
// triggers of migration 0015 whenever a student's records change.

export type DashboardInputs = {
  members: StudentTuple[] | null;
  goals: CohortGoal[];
  thankYouOverdueDays: number;
  followUps: Map<string, StudentFollowUp>;
};

type GoalJson = { id: string; metric: GoalMetric; target: number; dueOn: string | null };
type InputsRow = {
  fingerprint: string;
  inputs:
    [members: StudentTuple[] | null, goals: GoalJson[], overdueDays: number | null, FollowUpRow[]] | null;
};

const inputsStatement = preparedStatement<InputsRow, { cohortId: string; known: string | null }>(() => {
  const cohortId = sql.placeholder("cohortId") as Placeholder<"cohortId", string>;
  return sql`
    select fingerprint,
      case when fingerprint = ${sql.placeholder("known")}::text then null
        else json_build_array((${cohortMembersJson(cohortId)}), goals, overdue_days, follow_ups) end as inputs
    from (
      select md5(concat_ws('|', member_versions, goals::text, overdue_days::text, follow_ups::text)) as fingerprint,
        goals, overdue_days, follow_ups
      from (
        select
          (select string_agg(concat(cs.student_id, ' ', cs.xmin, ' ', u.xmin, ' ', sp.xmin, ' ', p.xmin), ','
              order by cs.student_id collate "C")
            from cohort_students cs
            join users u on u.id = cs.student_id
            left join student_profiles sp on sp.student_id = cs.student_id
            left join student_progress p on p.student_id = cs.student_id
            where cs.cohort_id = ${cohortId}) as member_versions,
          (select coalesce(json_agg(json_build_object(
              'id', id, 'metric', metric, 'target', target, 'dueOn', due_on) order by ${COHORT_GOAL_ORDER}), '[]'::json)
            from cohort_goals where cohort_id = ${cohortId}) as goals,
          (select thank_you_overdue_days from instance_settings where id) as overdue_days,
          (select coalesce(json_agg(f order by f.student_id collate "C", f.kind collate "C"), '[]'::json)
            from (${cohortFollowUpRows(cohortId)}) f) as follow_ups
      ) parts
    ) t`;
});

/**
 * The dashboard's inputs and their fingerprint; `inputs` is null when `known` is already their fingerprint.
 */
export async function loadDashboardInputs(
  cohortId: string,
  known: string | null,
): Promise<{ fingerprint: string; inputs: DashboardInputs | null }> {
  const [row] = await inputsStatement({ cohortId, known });
  if (!row) throw new Error("loadDashboardInputs: the statement returned no row");
  if (row.inputs === null) return { fingerprint: row.fingerprint, inputs: null };
  const [members, goals, overdueDays, followUps] = row.inputs;
  return {
    fingerprint: row.fingerprint,
    inputs: {
      members,
      goals: goals.map(toCohortGoal),
      thankYouOverdueDays: thankYouRulesOf({ overdueDays }).overdueDays,
      followUps: toFollowUps(followUps),
    },
  };
}
