import "server-only";
import { and, asc, count, desc, eq, isNull, or, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb, type Transaction } from "@/db/client";
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
import { type AuditEntry, recordAudit } from "@/lib/data/internal/audit";
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
  const tally = await changePeople(admin, [input.userId], (tx, userId, target) =>
    applyRole(tx, userId, target, input.role),
  );
  return singleChange(tally);
}

/**
 * Deactivating keeps the person's records but signs them out at their next request (getViewer reloads the
 * user every request) and keeps them from signing in again. Refused for the admin's own account and for the
 * last active admin.
 */
export async function setPersonActive(input: SetActiveInput): Promise<PersonChange> {
  const admin = await requirePermission("people:manage");
  const tally = await changePeople(admin, [input.userId], (tx, userId, target) =>
    applyActive(tx, userId, target, input.active),
  );
  return singleChange(tally);
}

export type BulkChange = { saved: number; ownAccount: number; lastAdmin: number };

/** The same role for several people: all or nothing (one missing person changes no one), each audited. */
export async function changeRoles(input: BulkRoleInput): Promise<BulkChange> {
  const admin = await requirePermission("people:manage");
  return changePeople(admin, input.userIds, (tx, userId, target) =>
    applyRole(tx, userId, target, input.role),
  );
}

export async function setPeopleActive(input: BulkActiveInput): Promise<BulkChange> {
  const admin = await requirePermission("people:manage");
  return changePeople(admin, input.userIds, (tx, userId, target) =>
    applyActive(tx, userId, target, input.active),
  );
}

type LockedPerson = Awaited<ReturnType<typeof lockForChange>>;
/** What one person's change did: refused, nothing to do, or changed (with the audit entry's details). */
type Applied =
  | { status: "last-admin" }
  | { status: "saved"; audit: null }
  | { status: "saved"; audit: { action: "person.role" | "person.active"; details: Record<string, unknown> } };

async function applyRole(
  tx: Transaction,
  userId: string,
  target: LockedPerson,
  role: Role,
): Promise<Applied> {
  if (target.role === role) return { status: "saved", audit: null };
  if (target.removesLastAdmin) return { status: "last-admin" };
  await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
  if (target.role === "advisor") await tx.delete(cohortAdvisors).where(eq(cohortAdvisors.advisorId, userId));
  return { status: "saved", audit: { action: "person.role", details: { from: target.role, to: role } } };
}

async function applyActive(
  tx: Transaction,
  userId: string,
  target: LockedPerson,
  active: boolean,
): Promise<Applied> {
  if (target.active === active) return { status: "saved", audit: null };
  if (!active && target.removesLastAdmin) return { status: "last-admin" };
  await tx.update(users).set({ active, updatedAt: new Date() }).where(eq(users.id, userId));
  if (!active) await tx.delete(sessions).where(eq(sessions.userId, userId));
  return { status: "saved", audit: { action: "person.active", details: { active } } };
}

/**
 * One transaction for the whole selection, people locked in id order (two admins' overlapping bulk changes
 * wait rather than deadlock). Each person is decided as if changed alone, after the ones before: demoting
 * every admin at once leaves the last one. Anyone missing rolls everything back as a 404.
 */
async function changePeople(
  admin: Viewer,
  userIds: string[],
  apply: (tx: Transaction, userId: string, target: LockedPerson) => Promise<Applied>,
): Promise<BulkChange> {
  const tally: BulkChange = { saved: 0, ownAccount: 0, lastAdmin: 0 };
  const others = [...new Set(userIds)].sort();
  if (others.includes(admin.id)) tally.ownAccount++;
  const changed = await getDb().transaction(async (tx) => {
    const entries: AuditEntry[] = [];
    for (const userId of others.filter((id) => id !== admin.id)) {
      const applied = await apply(tx, userId, await lockForChange(tx, userId));
      if (applied.status === "last-admin") {
        tally.lastAdmin++;
        continue;
      }
      tally.saved++;
      if (applied.audit) entries.push({ ...applied.audit, subjectUserId: userId, basisCohortId: null });
    }
    return entries;
  });
  if (changed.length > 0) await recordAudit(admin, changed);
  return tally;
}

function singleChange(tally: BulkChange): PersonChange {
  if (tally.ownAccount > 0) return { status: "own-account" };
  if (tally.lastAdmin > 0) return { status: "last-admin" };
  return { status: "saved" };
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
 * Locks the active admins (always in id order, so two admins changing each other wait rather than
 * deadlock), then the person. Whether this change would leave no active admin is decided under those
 * locks: two admins demoting each other at once can't both succeed.
 */
async function lockForChange(tx: Transaction, userId: string) {
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
