import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { OUTCOME_KIND_LABEL, type OutcomeKind } from "@/lib/domain/outcome-kinds";

/**
 * Outcomes the cohort's students recorded (or had recorded for them) since the digest week's start: who
 * and what kind only. A digest carries no titles or notes. The caller has checked the advisor's assignment.
 */
export async function loadOutcomesRecordedSince(cohortId: string, weekStart: string) {
  const rows = await getDb().execute<{ student_id: string; name: string; kind: OutcomeKind }>(sql`
    select o.student_id, coalesce(u.name, u.email) as name, o.kind
    from outcomes o
    join cohort_students cs on cs.student_id = o.student_id and cs.cohort_id = ${cohortId}
    join users u on u.id = o.student_id
    where o.created_at >= ${weekStart}::date::timestamp at time zone 'UTC'
    order by o.created_at`);
  return rows.map((r) => ({
    studentId: r.student_id,
    studentName: r.name,
    kindLabel: OUTCOME_KIND_LABEL[r.kind],
  }));
}
