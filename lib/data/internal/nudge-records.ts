import "server-only";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import { executePrepared } from "@/lib/data/internal/prepared-sql";
import type { AttentionKind } from "@/lib/domain/needs-attention";
import type { StudentFollowUp } from "@/lib/domain/nudge-rules";

// What advisors did about a cohort's flags, per student, in one query whatever the cohort's size: the latest
// nudge and the latest "handled" per reason. Callers authorize first: nothing here checks who is asking.

export type FollowUpRow = { student_id: string; kind: string; at_ms: number | string };

export async function loadCohortFollowUps(
  cohortId: string,
  options: { studentId?: string } = {},
): Promise<Map<string, StudentFollowUp>> {
  // Prepared: the dashboard runs this on every request, and planning the union cost more than running it.
  return toFollowUps(await executePrepared<FollowUpRow>(cohortFollowUpRows(cohortId, options)));
}

/** The latest nudge per student and the latest "handled" per student and reason, as FollowUpRow rows. */
export function cohortFollowUpRows(
  cohortId: string | Placeholder,
  options: { studentId?: string } = {},
): SQL {
  const only = options.studentId === undefined ? sql`` : sql` and student_id = ${options.studentId}`;
  return sql`
    select student_id, 'nudge' as kind, (extract(epoch from max(created_at)) * 1000)::float8 as at_ms
      from nudges where cohort_id = ${cohortId}${only} group by student_id
    union all
    select student_id, reason, (extract(epoch from max(handled_at)) * 1000)::float8
      from attention_handled where cohort_id = ${cohortId}${only} group by student_id, reason`;
}

export function toFollowUps(rows: readonly FollowUpRow[]): Map<string, StudentFollowUp> {
  const byStudent = new Map<string, StudentFollowUp>();
  for (const row of rows) {
    let followUp = byStudent.get(row.student_id);
    if (!followUp) {
      followUp = { lastNudgedAtMs: null, handledAtMs: {} };
      byStudent.set(row.student_id, followUp);
    }
    const at = Number(row.at_ms);
    if (row.kind === "nudge") followUp.lastNudgedAtMs = at;
    else followUp.handledAtMs[row.kind as AttentionKind] = at;
  }
  return byStudent;
}
