import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";

export type AdminOverview = {
  people: { students: number; advisors: number; admins: number; inactive: number };
  activeCohorts: number;
  openInvites: number;
};

export async function getAdminOverview(): Promise<AdminOverview> {
  await requirePermission("people:manage");
  // One round trip for the whole overview.
  const [row] = await getDb().execute<{
    students: number;
    advisors: number;
    admins: number;
    inactive: number;
    active_cohorts: number;
    open_invites: number;
  }>(sql`
    select
      (select count(*)::int from users where active and role = 'student') as students,
      (select count(*)::int from users where active and role = 'advisor') as advisors,
      (select count(*)::int from users where active and role = 'admin') as admins,
      (select count(*)::int from users where not active) as inactive,
      (select count(*)::int from cohorts where archived_at is null) as active_cohorts,
      (select count(*)::int from invites
        where accepted_at is null and revoked_at is null and expires_at > now()) as open_invites
  `);
  return {
    people: {
      students: row?.students ?? 0,
      advisors: row?.advisors ?? 0,
      admins: row?.admins ?? 0,
      inactive: row?.inactive ?? 0,
    },
    activeCohorts: row?.active_cohorts ?? 0,
    openInvites: row?.open_invites ?? 0,
  };
}
