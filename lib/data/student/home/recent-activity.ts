import "server-only";
import { executePrepared } from "@/lib/data/internal/prepared-sql";
import {
  activityFromRows,
  recentActivitySql,
  type RecentActivityRow,
} from "@/lib/data/internal/recent-activity-sql";
import type { RecentActivityItem } from "@/lib/domain/recent-activity";
import { requireStudent } from "@/lib/data/student/scope";

export type { RecentActivityItem };

export const RECENT_ACTIVITY_LIMIT = 10;

/** The signed-in student's latest events across their records, newest first, in one query. */
export async function listMyRecentActivity({
  limit = RECENT_ACTIVITY_LIMIT,
  now = new Date(),
}: { limit?: number; now?: Date } = {}): Promise<RecentActivityItem[]> {
  const student = await requireStudent();
  return activityFromRows(
    await executePrepared<RecentActivityRow>(recentActivitySql(student.id, now, limit)),
  );
}
