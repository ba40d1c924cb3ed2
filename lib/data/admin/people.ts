import "server-only";
import { and, asc, count, desc, eq, isNull, or, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohortAdvisors, sessions, users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { requirePermission, type Viewer } from "@/lib/auth/session";
import type {
  BulkRoleInput,
  BulkActiveInput,
  ChangeRoleInput,
  PeopleFilter,
  SetActiveInput,
} from "@/lib/validation/admin-people";
import { recordAudit } from "@/lib/data/internal/audit";
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
  /** Whether they have ever signed in (an address confirmed by a sign-in link or SSO). */
  hasSignedIn: boolean;
  createdAt: Date;
};

export type PersonChange = { status: "saved" } | { status: "own-account" } | { status: "last-admin" };

const displayName = sql<string>`coalesce(${users.name}, ${users.email})`;

const SORT_COLUMNS = {
  name: sql`lower(${displayName})`,
  email: sql`lower(${users.email})`,
  role: sql`case ${users.role} when 'admin' then 0 when 'advisor' then 1 else 2 end`,
  status: users.active,
  joined: users.createdAt,
} as const;

/** People by name or email, role and status; 25 a page, sorted by the column asked for (name first). */
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
        hasSignedIn: sql<boolean>`${users.emailVerified} is not null`,
        createdAt: users.createdAt,
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
      .orderBy(
        (filter.dir === "desc" ? desc : asc)(SORT_COLUMNS[filter.sort]),
        asc(sql`lower(${displayName})`),
        asc(users.id),
      )
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
  return changeRoleAs(admin, input);
}

async function changeRoleAs(admin: Viewer, input: ChangeRoleInput): Promise<PersonChange> {
  if (input.userId === admin.id) return { status: "own-account" };
  const change = await getDb().transaction(async (tx) => {
    const target = await lockForChange(tx, input.userId);
    if (target.role === input.role) return { status: "saved" as const, from: null };
    if (target.removesLastAdmin) return { status: "last-admin" as const, from: null };
    await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, input.userId));
    if (target.role === "advisor") {
      await tx.delete(cohortAdvisors).where(eq(cohortAdvisors.advisorId, input.userId));
    }
    return { status: "saved" as const, from: target.role };
  });
  if (change.from) {
    await recordAudit(admin, [
      {
        action: "person.role",
        subjectUserId: input.userId,
        basisCohortId: null,
        details: { from: change.from, to: input.role },
      },
    ]);
  }
  return { status: change.status };
}

export type BulkChange = { saved: number; ownAccount: number; lastAdmin: number };

/** The same change for several people, each decided (and audited) as if made alone. */
export async function changeRoles(input: BulkRoleInput): Promise<BulkChange> {
  const admin = await requirePermission("people:manage");
  const tally: BulkChange = { saved: 0, ownAccount: 0, lastAdmin: 0 };
  for (const userId of new Set(input.userIds)) {
    countChange(tally, await changeRoleAs(admin, { userId, role: input.role }));
  }
  return tally;
}

export async function setPeopleActive(input: BulkActiveInput): Promise<BulkChange> {
  const admin = await requirePermission("people:manage");
  const tally: BulkChange = { saved: 0, ownAccount: 0, lastAdmin: 0 };
  for (const userId of new Set(input.userIds)) {
    countChange(tally, await setActiveAs(admin, { userId, active: input.active }));
  }
  return tally;
}

function countChange(tally: BulkChange, change: PersonChange) {
  if (change.status === "saved") tally.saved++;
  else if (change.status === "own-account") tally.ownAccount++;
  else tally.lastAdmin++;
}

export type InviteResend = { status: "ready"; email: string } | { status: "already-signed-in" };

/**
 * Someone with an account who has never signed in: the address to send a fresh sign-in link to (the
 * caller mails it through the sign-in flow, with its rate limits). Audited. Anyone inactive, or missing,
 * answers 404; someone who has signed in before needs no invite.
 */
export async function prepareInviteResend(userId: string): Promise<InviteResend> {
  const admin = await requirePermission("people:manage");
  const [person] = await getDb()
    .select({ email: users.email, emailVerified: users.emailVerified })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)));
  if (!person) notFound();
  if (person.emailVerified) return { status: "already-signed-in" };
  await recordAudit(admin, [{ action: "person.invite-resend", subjectUserId: userId, basisCohortId: null }]);
  return { status: "ready", email: person.email };
}

/**
 * Deactivating keeps the person's records but signs them out at their next request (getViewer reloads the
 * user every request) and keeps them from signing in again. Refused for the admin's own account and for the
 * last active admin.
 */
export async function setPersonActive(input: SetActiveInput): Promise<PersonChange> {
  const admin = await requirePermission("people:manage");
  return setActiveAs(admin, input);
}

async function setActiveAs(admin: Viewer, input: SetActiveInput): Promise<PersonChange> {
  if (input.userId === admin.id) return { status: "own-account" };
  const change = await getDb().transaction(async (tx) => {
    const target = await lockForChange(tx, input.userId);
    if (target.active === input.active) return { status: "saved" as const, changed: false };
    if (!input.active && target.removesLastAdmin) return { status: "last-admin" as const, changed: false };
    await tx
      .update(users)
      .set({ active: input.active, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    if (!input.active) await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    return { status: "saved" as const, changed: true };
  });
  if (change.changed) {
    await recordAudit(admin, [
      {
        action: "person.active",
        subjectUserId: input.userId,
        basisCohortId: null,
        details: { active: input.active },
      },
    ]);
  }
  return { status: change.status };
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
