import "server-only";
import { and, desc, eq, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cohortStudents, invites, users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { emailIs, openInvite } from "@/lib/data/internal/invites/invites";
import { normaliseEmail } from "@/lib/domain/invites";

/**
 * Who may sign in: an active user, an address with an open invite, or an address on an allow-listed
 * domain. Called by Auth.js before any session exists, so it has no viewer to check: hence `unsafe`.
 * The allow-list is the server's configured `allowedDomains` (ALLOWED_EMAIL_DOMAINS) plus the domains an
 * admin listed in the instance settings.
 */
export async function unsafeMaySignIn(email: string, allowedDomains: readonly string[]): Promise<boolean> {
  const db = getDb();
  const address = normaliseEmail(email);
  const [user] = await db
    .select({ active: users.active })
    .from(users)
    .where(emailIs(users.email, address))
    .limit(1);
  // A deactivated person stays out even if their domain or an old invite would let them in.
  if (user) return user.active;
  const domain = address.split("@")[1] ?? "";
  if (allowedDomains.includes(domain)) return true;
  if ((await loadInstanceSettings()).allowedEmailDomains.includes(domain)) return true;
  const [invite] = await db
    .select({ id: invites.id })
    .from(invites)
    .where(and(emailIs(invites.email, address), openInvite()))
    .limit(1);
  return Boolean(invite);
}

const ROLE_RANK: Record<Role, number> = { student: 0, advisor: 1, admin: 2 };

/**
 * Runs once, when Auth.js has just created the user row for a first sign-in: open invites for the address
 * decide the role and the cohorts, and are marked accepted so they cannot be used again. A name a roster
 * gave (the latest invite's) becomes the account's name, unless sign-in brought one (SSO).
 */
export async function unsafeAcceptInvitesForNewUser(userId: string, email: string) {
  await getDb().transaction(async (tx) => {
    const open = await tx
      .select({ id: invites.id, role: invites.role, cohortId: invites.cohortId, name: invites.name })
      .from(invites)
      .where(and(emailIs(invites.email, email), openInvite()))
      .orderBy(desc(invites.createdAt))
      .for("update");
    if (open.length === 0) return;
    const role = open.reduce<Role>(
      (best, i) => (ROLE_RANK[i.role] > ROLE_RANK[best] ? i.role : best),
      "student",
    );
    await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
    const rosterName = open.find((i) => i.name !== null)?.name;
    if (rosterName) {
      await tx
        .update(users)
        .set({ name: rosterName })
        .where(and(eq(users.id, userId), or(isNull(users.name), sql`trim(${users.name}) = ''`)));
    }
    const cohortIds = [
      ...new Set(open.flatMap((i) => (i.cohortId && role === "student" ? [i.cohortId] : []))),
    ];
    if (cohortIds.length > 0) {
      await tx
        .insert(cohortStudents)
        .values(cohortIds.map((cohortId) => ({ cohortId, studentId: userId })))
        .onConflictDoNothing();
    }
    for (const invite of open) {
      await tx.update(invites).set({ acceptedAt: new Date() }).where(eq(invites.id, invite.id));
    }
  });
}
