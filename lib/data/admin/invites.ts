import "server-only";
import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohorts, invites, users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/session";
import type { RosterRow } from "@/lib/domain/roster-csv";
import type { InviteInput, RosterOptions } from "@/lib/validation/admin-people";
import type { Paged } from "@/lib/validation/list-query";
import { personNameSchema } from "@/lib/validation/profile";
import { emailAddressSchema } from "@/lib/validation/sign-in";
import { PEOPLE_PAGE_SIZE } from "@/lib/data/admin/people";
import {
  emailIn,
  emailIs,
  inviteExpired,
  issueInvites,
  normalisedEmail,
  unusedInvite,
} from "@/lib/data/internal/invites/invites";
import { lookUpRoster } from "@/lib/data/internal/invites/roster-lookup";
import { inviteExpiresAt } from "@/lib/domain/invites";
import { classifyRoster, type RosterStatus } from "@/lib/domain/roster";

export type PendingInvite = {
  id: string;
  email: string;
  role: Role;
  cohortName: string | null;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  expired: boolean;
};

export type InviteOutcome =
  | { status: "invited" | "renewed"; id: string }
  | { status: "already-registered"; role: Role; active: boolean }
  | { status: "unknown-cohort" };

export type RosterPreviewStatus = Extract<
  RosterStatus,
  "invite" | "already-invited" | "already-registered" | "malformed" | "duplicate-in-file"
>;

export type RosterPreviewRow = {
  line: number;
  /** What the file held, for rows that can't be used; the clean address otherwise. */
  email: string;
  /** The name from the file's name column, for the new account (see parseRosterCsv). */
  name: string | null;
  status: RosterPreviewStatus;
  /** Only for already-registered rows: the role they have now. */
  currentRole: Role | null;
};

export type RosterInviteResult = {
  invited: number;
  renewed: number;
  alreadyRegistered: number;
  invalid: number;
};

const displayName = sql<string>`coalesce(${users.name}, ${users.email})`;

/**
 * Lets an address without an account sign in, with a role (and a cohort, for a student) applied at their
 * first sign-in. An address with an account is reported, not invited; inviting the same address to the
 * same cohort again renews the open invite instead of making a second one.
 */
export async function invitePerson(input: InviteInput): Promise<InviteOutcome> {
  const admin = await requirePermission("people:manage");
  const db = getDb();
  if (input.cohortId && !(await isOpenCohort(input.cohortId))) return { status: "unknown-cohort" };
  const [registered] = await db
    .select({ role: users.role, active: users.active })
    .from(users)
    .where(emailIs(users.email, input.email))
    .limit(1);
  if (registered) return { status: "already-registered", ...registered };

  const issued = await issueInvites(db, {
    emails: [input.email],
    role: input.role,
    cohortId: input.cohortId,
    invitedById: admin.id,
    expiresAt: inviteExpiresAt("admin"),
    renewOpen: true,
  });
  const [renewed] = issued.renewed;
  if (renewed) return { status: "renewed", id: renewed.id };
  const [created] = issued.created;
  if (created) return { status: "invited", id: created.id };
  // Another admin invited the same address between the two statements: renew the invite they made.
  return invitePerson(input);
}

/**
 * What inviting a parsed roster would do, row by row, for the admin to review. Nothing is saved.
 * `rows` come from `parseRosterCsv`.
 */
export async function previewRosterInvites(
  rows: readonly RosterRow[],
  options: RosterOptions,
): Promise<{ rows: RosterPreviewRow[]; cohortName: string | null } | { status: "unknown-cohort" }> {
  await requirePermission("people:manage");
  const cohortName = options.cohortId ? await openCohortName(options.cohortId) : null;
  if (options.cohortId && cohortName === null) return { status: "unknown-cohort" };
  const emails = rows.flatMap((r) => (r.status === "ok" && r.email ? [r.email] : []));
  const { accounts, invited } = await lookUpRoster(getDb(), emails, options.cohortId);
  return {
    cohortName,
    rows: classifyRoster(rows, accounts, invited, "invite-only").map((row) => ({
      line: row.line,
      email: row.email ?? row.raw,
      name: row.email === null ? null : row.name,
      // An admin's roster only invites: "invite-only" yields no other status.
      status: row.status as RosterPreviewStatus,
      currentRole: row.status === "already-registered" ? row.currentRole : null,
    })),
  };
}

/**
 * Invites every address without an account, in one transaction; addresses with an account are counted
 * and skipped, open invites renewed. The addresses and names came back through the browser, so each is
 * checked again (a name the profile would refuse is dropped); a name becomes the account's at first sign-in.
 */
export async function inviteRoster(
  input: RosterOptions & { emails: readonly string[]; names?: Readonly<Record<string, string>> },
): Promise<RosterInviteResult | { status: "unknown-cohort" }> {
  const admin = await requirePermission("people:manage");
  if (input.cohortId && !(await isOpenCohort(input.cohortId))) return { status: "unknown-cohort" };
  const clean = new Set<string>();
  let invalid = 0;
  for (const email of input.emails) {
    const parsed = emailAddressSchema.safeParse(email);
    if (parsed.success) clean.add(parsed.data);
    else invalid += 1;
  }
  const registered = await registeredRoles([...clean]);
  const toInvite = [...clean].filter((email) => !registered.has(email));
  const result: RosterInviteResult = { invited: 0, renewed: 0, alreadyRegistered: registered.size, invalid };
  if (toInvite.length === 0) return result;

  const names = new Map<string, string>();
  for (const [email, name] of Object.entries(input.names ?? {})) {
    const address = emailAddressSchema.safeParse(email);
    const cleanName = personNameSchema.safeParse(name);
    if (address.success && cleanName.success && clean.has(address.data))
      names.set(address.data, cleanName.data);
  }
  const issued = await getDb().transaction((tx) =>
    issueInvites(tx, {
      emails: toInvite,
      role: input.role,
      cohortId: input.cohortId,
      invitedById: admin.id,
      expiresAt: inviteExpiresAt("admin"),
      renewOpen: true,
      names,
    }),
  );
  result.renewed = issued.renewed.length;
  result.invited = issued.created.length;
  return result;
}

/** Invites neither accepted nor revoked, newest first; expired ones are included and marked. */
export async function listPendingInvites(page = 1): Promise<Paged<PendingInvite>> {
  await requirePermission("people:manage");
  const db = getDb();
  const where = unusedInvite();
  const [[totalRow], rows] = await Promise.all([
    db.select({ total: count() }).from(invites).where(where),
    db
      .select({
        id: invites.id,
        email: invites.email,
        role: invites.role,
        cohortName: cohorts.name,
        invitedByName: displayName,
        createdAt: invites.createdAt,
        expiresAt: invites.expiresAt,
        expired: inviteExpired,
      })
      .from(invites)
      .leftJoin(cohorts, eq(cohorts.id, invites.cohortId))
      .leftJoin(users, eq(users.id, invites.invitedById))
      .where(where)
      .orderBy(desc(invites.createdAt), asc(invites.id))
      .limit(PEOPLE_PAGE_SIZE)
      .offset((page - 1) * PEOPLE_PAGE_SIZE),
  ]);
  const total = totalRow?.total ?? 0;
  return {
    items: rows,
    total,
    page,
    pageSize: PEOPLE_PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
  };
}

/**
 * Closes an open invite: the address can no longer sign in through it. An invite already accepted or
 * revoked is left as it is (a double-clicked "Revoke" is harmless); a missing one is a 404.
 */
export async function revokeInvite(id: string): Promise<void> {
  await requirePermission("people:manage");
  const db = getDb();
  const [row] = await db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(eq(invites.id, id), unusedInvite()))
    .returning({ id: invites.id });
  if (row) return;
  const [exists] = await db.select({ id: invites.id }).from(invites).where(eq(invites.id, id));
  if (!exists) notFound();
}

async function openCohortName(cohortId: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ name: cohorts.name })
    .from(cohorts)
    .where(and(eq(cohorts.id, cohortId), isNull(cohorts.archivedAt)));
  return row?.name ?? null;
}

async function isOpenCohort(cohortId: string) {
  return (await openCohortName(cohortId)) !== null;
}

async function registeredRoles(emails: readonly string[]): Promise<Map<string, Role>> {
  if (emails.length === 0) return new Map();
  const rows = await getDb()
    .select({ email: normalisedEmail(users.email), role: users.role })
    .from(users)
    .where(emailIn(users.email, emails));
  return new Map(rows.map((r) => [r.email, r.role]));
}
