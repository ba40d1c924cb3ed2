import "server-only";
import { and, asc, count, eq, isNull, or, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohortAdvisors, sessions, users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import type { ChangeRoleInput, PeopleFilter, SetActiveInput } from "@/lib/validation/admin-people";
import type { Paged } from "@/lib/validation/list-query";
import { containsPattern } from "@/lib/data/internal/search-pattern";

export const PEOPLE_PAGE_SIZE = 25;

export type PersonSummary = {
  id: string;
  name: string | null;
  email: string;
  role: Role;
  active: boolean;
  /** The signed-in admin: their own role and status can't be changed here. */
  isYou: boolean;
  /** Unarchived cohorts the person studies in or advises. */
  cohortNames: string[];
};

export type PersonChange = { status: "saved" } | { status: "own-account" } | { status: "last-admin" };

const displayName = sql<string>`coalesce(${users.name}, ${users.email})`;

/** People by name or email, role and status; 25 a page, in name order. */
export async function listPeople(filter: PeopleFilter): Promise<Paged<PersonSummary>> {
  const admin = await requirePermission("people:manage");
  const db = getDb();
  const pattern = filter.q ? containsPattern(filter.q) : null;
  const where = and(
    // A deleted account is only a name for the audit log to point at, no longer a person to manage.
    isNull(users.deletedAt),
    pattern ? or(sql`${users.name} ilike ${pattern}`, sql`${users.email} ilike ${pattern}`) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.status ? eq(users.active, filter.status === "active") : undefined,
  );
  const [[totalRow], rows] = await Promise.all([
    db.select({ total: count() }).from(users).where(where),
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        active: users.active,
        // Spelled out: drizzle leaves columns unqualified in a one-table select, which a subquery would misread.
        cohortNames: sql<string[]>`coalesce((
          select array_agg(c.name order by lower(c.name))
          from cohorts c
          where c.archived_at is null and (
            exists (select 1 from cohort_students cs where cs.cohort_id = c.id and cs.student_id = users.id)
            or exists (select 1 from cohort_advisors ca where ca.cohort_id = c.id and ca.advisor_id = users.id)
          )
        ), '{}')`,
      })
      .from(users)
      .where(where)
      .orderBy(asc(sql`lower(${displayName})`), asc(users.id))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((filter.page - 1) * PEOPLE_PAGE_SIZE),
  ]);
  const total = totalRow?.total ?? 0;
  return {
    items: rows.map((row) => ({ ...row, isYou: row.id === admin.id })),
    total,
    page: filter.page,
    pageSize: PEOPLE_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
  };
}

/**
 * A new role, applied on the person's next request. Refused for the admin's own account and for the last
 * active admin. Someone who stops being an advisor loses their cohort assignments: access is granted on
 * purpose, so a later change back to advisor starts with none.
 */
export async function changeRole(input: ChangeRoleInput): Promise<PersonChange> {
  const admin = await requirePermission("people:manage");
  if (input.userId === admin.id) return { status: "own-account" };
  return getDb().transaction(async (tx) => {
    const target = await lockForChange(tx, input.userId);
    if (target.role === input.role) return { status: "saved" };
    if (target.removesLastAdmin) return { status: "last-admin" };
    await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, input.userId));
    if (target.role === "advisor") {
      await tx.delete(cohortAdvisors).where(eq(cohortAdvisors.advisorId, input.userId));
    }
    return { status: "saved" };
  });
}

/**
 * Deactivating keeps the person's records but signs them out at their next request (getViewer reloads the
 * user every request) and keeps them from signing in again. Refused for the admin's own account and for the
 * last active admin.
 */
export async function setPersonActive(input: SetActiveInput): Promise<PersonChange> {
  const admin = await requirePermission("people:manage");
  if (input.userId === admin.id) return { status: "own-account" };
  return getDb().transaction(async (tx) => {
    const target = await lockForChange(tx, input.userId);
    if (target.active === input.active) return { status: "saved" };
    if (!input.active && target.removesLastAdmin) return { status: "last-admin" };
    await tx
      .update(users)
      .set({ active: input.active, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    if (!input.active) await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    return { status: "saved" };
  });
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/**
 * Locks the active admins (always in id order, so two admins changing each other wait rather than
 * deadlock), then the person. Whether this change would leave no active admin is decided under those
 * locks: two admins demoting each other at once can't both succeed.
 */
async function lockForChange(tx: Tx, userId: string) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for("update");
  const [target] = await tx
    .select({ role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!target) notFound();
  const isActiveAdmin = target.role === "admin" && target.active;
  return { ...target, removesLastAdmin: isActiveAdmin && admins.every((a) => a.id === userId) };
}
