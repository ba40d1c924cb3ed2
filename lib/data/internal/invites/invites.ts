import "server-only";
import { and, eq, gt, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { getDb, Transaction } from "@/db/client";
import { invites } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { normaliseEmail } from "@/lib/domain/invites";

// The one invite module of the data layer: what an open invite is, how an address is compared, and how
// an invite is issued or renewed. Admins, advisors' rosters, the join page and sign-in all use it (the
// same rules in TypeScript are lib/domain/invites.ts). Nothing here checks the viewer: callers authorize.

type Db = ReturnType<typeof getDb>;
/** An email column as compared: lower-cased, matching the lower(email) indexes on users and invites. */
export function normalisedEmail(column: PgColumn): SQL<string> {
  return sql<string>`lower(${column})`;
}

/** The column holds this address, whatever its case. */
export function emailIs(column: PgColumn, email: string): SQL {
  return eq(normalisedEmail(column), normaliseEmail(email));
}

/** The column holds one of these addresses, whatever their case. Never call with an empty list. */
export function emailIn(column: PgColumn, emails: readonly string[]): SQL {
  return inArray(normalisedEmail(column), emails.map(normaliseEmail));
}

/** Neither accepted nor revoked: what admins and advisors list as pending, expired ones included. */
export function unusedInvite(): SQL {
  return and(isNull(invites.acceptedAt), isNull(invites.revokedAt))!;
}

/** The one definition of an open invite, which lets its address sign in: unused and not expired. */
export function openInvite(): SQL {
  return and(unusedInvite(), gt(invites.expiresAt, sql`now()`))!;
}

/** For lists: whether an unused invite has run out (see lib/domain/invites.ts inviteState). */
export const inviteExpired = sql<boolean>`${invites.expiresAt} <= now()`;

/** The invites to this cohort, or to no cohort when `cohortId` is null: each address has one place there. */
export function inviteSlot(cohortId: string | null): SQL {
  return sql`coalesce(${invites.cohortId}, '') = ${cohortId ?? ""}`;
}

export type IssuedInvites = {
  /** Addresses that got a new invite. */
  created: { id: string; email: string }[];
  /** Addresses whose unused invite was renewed in place. */
  renewed: { id: string; email: string }[];
  /** Addresses left with the open invite they had (only when `renewOpen` is false). */
  alreadyOpen: string[];
};

/**
 * The one way to invite: every address gets an open invite to `cohortId` (or to none) until `expiresAt`.
 * An address whose unused invite there has expired gets that invite back, renewed in place: the unique
 * index allows one unused invite per address and cohort, expired or not. An invite still open is renewed
 * too when `renewOpen` (an admin inviting again extends it and sets the new role), and otherwise left as
 * it is. One update and one insert, whatever the number of addresses; a race with another invite of the
 * same address lands in `alreadyOpen` rather than failing.
 */
export async function issueInvites(
  db: Db | Transaction,
  input: {
    emails: readonly string[];
    role: Role;
    cohortId: string | null;
    invitedById: string | null;
    expiresAt: Date;
    renewOpen: boolean;
    /** Names from a roster, by normalised address: the new account's name at first sign-in. */
    names?: ReadonlyMap<string, string>;
  },
): Promise<IssuedInvites> {
  const emails = [...new Set(input.emails.map(normaliseEmail))];
  if (emails.length === 0) return { created: [], renewed: [], alreadyOpen: [] };
  const names = input.names ?? new Map<string, string>();
  const renewed = await db
    .update(invites)
    .set({
      role: input.role,
      invitedById: input.invitedById,
      expiresAt: input.expiresAt,
      // A renewal keeps the name an earlier roster gave unless this one gives another.
      ...(names.size > 0 ? { name: nameByEmail(names) } : {}),
    })
    .where(
      and(
        emailIn(invites.email, emails),
        inviteSlot(input.cohortId),
        unusedInvite(),
        input.renewOpen ? undefined : lte(invites.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: invites.id, email: normalisedEmail(invites.email) });
  const renewedEmails = new Set(renewed.map((r) => r.email));
  const fresh = emails.filter((email) => !renewedEmails.has(email));
  const created =
    fresh.length === 0
      ? []
      : await db
          .insert(invites)
          .values(
            fresh.map((email) => ({
              email,
              name: names.get(email) ?? null,
              role: input.role,
              cohortId: input.cohortId,
              invitedById: input.invitedById,
              expiresAt: input.expiresAt,
            })),
          )
          // invites_open_email_cohort_idx: the address already holds an open invite here.
          .onConflictDoNothing()
          .returning({ id: invites.id, email: invites.email });
  const createdEmails = new Set(created.map((c) => c.email));
  return { created, renewed, alreadyOpen: fresh.filter((email) => !createdEmails.has(email)) };
}

/** The roster's name for each row's address, or the name the row has: one statement for any number of rows. */
function nameByEmail(names: ReadonlyMap<string, string>): SQL<string | null> {
  const cases = [...names].map(([email, name]) => sql`when ${normaliseEmail(email)} then ${name}`);
  return sql<
    string | null
  >`case ${normalisedEmail(invites.email)} ${sql.join(cases, sql` `)} else ${invites.name} end`;
}

/** Which of these addresses hold an open invite to this cohort (or to none). */
export async function openInviteEmails(
  db: Db | Transaction,
  emails: readonly string[],
  cohortId: string | null,
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: normalisedEmail(invites.email) })
    .from(invites)
    .where(and(emailIn(invites.email, emails), inviteSlot(cohortId), openInvite()));
  return new Set(rows.map((r) => r.email));
}
