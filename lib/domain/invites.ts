// The rules of an invite, which decide who without an account may sign in. lib/data/internal/invites/invites.ts
// states the same rules in SQL for queries; these are for code that holds an invite, and for tests.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where an invite came from decides how long it lets its address sign in. */
export type InviteSource = "admin" | "roster" | "join-link";

export const INVITE_LIFETIME_MS: Record<InviteSource, number> = {
  // An admin's invite: long enough for a term's first weeks, short enough to go stale.
  admin: 14 * DAY_MS,
  // An advisor's class list: it often goes out before term, so it waits a month.
  roster: 30 * DAY_MS,
  // Asked for on the join page by the visitor themselves: long enough to find the mail, no longer.
  "join-link": DAY_MS,
};

/** When an invite made now from `source` expires; never after `notAfter` (a join code's own end). */
export function inviteExpiresAt(source: InviteSource, now: Date = new Date(), notAfter?: Date): Date {
  const natural = now.getTime() + INVITE_LIFETIME_MS[source];
  return new Date(notAfter ? Math.min(natural, notAfter.getTime()) : natural);
}

/**
 * An email address as stored and compared: trimmed and lower-cased. Accounts, invites and rosters all
 * go through this, so "Ada@Uni.edu " and "ada@uni.edu" are one person everywhere.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export type InviteState = "open" | "expired" | "accepted" | "revoked";

export type InviteDates = { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

/**
 * Only an open invite lets its address sign in: not accepted, not revoked and not yet expired. An expired
 * one still holds its address's place (one unused invite per address and cohort) until it is renewed.
 */
export function inviteState(invite: InviteDates, now: Date = new Date()): InviteState {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  return invite.expiresAt.getTime() > now.getTime() ? "open" : "expired";
}
