import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { instanceSettings } from "@/db/schema/index";

export type RetentionCandidate = {
  id: string;
  name: string | null;
  email: string;
  cohortNames: string[];
  /** When the last of their cohorts was archived: the retention period runs from here. */
  lastArchivedAt: Date;
};

/**
 * Students every one of whose cohorts was archived more than `days` days before `now`. A student in any
 * open cohort, or in none (they signed up on their own), is kept: the period is about a course that ended.
 */
export async function findRetentionCandidates(
  db: Database,
  now: Date,
  days: number,
  onlyUserId: string | null = null,
): Promise<RetentionCandidate[]> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const rows = await db.execute<{
    id: string;
    name: string | null;
    email: string;
    cohort_names: string[];
    last_archived_at: string | Date;
  }>(sql`
    select u.id, u.name, u.email,
           array_agg(c.name order by c.archived_at, c.name) as cohort_names,
           max(c.archived_at) as last_archived_at
    from users u
    join cohort_students cs on cs.student_id = u.id
    join cohorts c on c.id = cs.cohort_id
    where u.role = 'student' and u.deleted_at is null and (${onlyUserId}::text is null or u.id = ${onlyUserId})
    group by u.id
    having bool_and(c.archived_at is not null) and max(c.archived_at) <= ${cutoff.toISOString()}::timestamptz
    order by lower(coalesce(u.name, u.email)), u.id`);
  return [...rows].map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    cohortNames: row.cohort_names,
    lastArchivedAt: new Date(row.last_archived_at),
  }));
}

export async function readRetentionDays(db: Database): Promise<number | null> {
  const [row] = await db
    .select({ days: instanceSettings.archivedCohortRetentionDays })
    .from(instanceSettings)
    .where(sql`${instanceSettings.id}`);
  return row?.days ?? null;
}
