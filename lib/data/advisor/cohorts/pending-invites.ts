import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { invites, users } from "@/db/schema/index";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { requireEditableCohort } from "@/lib/data/advisor/cohorts/editable-cohort";
import { inviteExpired, unusedInvite } from "@/lib/data/internal/invites/invites";

// Pending invites of the cohort.

export type PendingInvite = {
  id: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  expired: boolean;
  invitedByName: string | null;
};

/** Student invites to the cohort that nobody has used or revoked yet, expired ones included (and marked). */
export async function listPendingInvites(cohortId: string): Promise<PendingInvite[]> {
  const { cohort } = await requireAssignedCohort(cohortId);
  return getDb()
    .select({
      id: invites.id,
      email: invites.email,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
      expired: inviteExpired,
      invitedByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(invites)
    .leftJoin(users, eq(users.id, invites.invitedById))
    .where(and(eq(invites.cohortId, cohort.id), eq(invites.role, "student"), unusedInvite()))
    .orderBy(asc(invites.email));
}

/**
 * Withdraws a student invite of the cohort. An invite already used or revoked stays as it is (a second
 * click is harmless); another cohort's invite answers 404.
 */
export async function revokeInvite(cohortId: string, inviteId: string): Promise<void> {
  const { cohort } = await requireEditableCohort(cohortId);
  const ofThisCohort = and(
    eq(invites.id, inviteId),
    eq(invites.cohortId, cohort.id),
    eq(invites.role, "student"),
  );
  const db = getDb();
  const [revoked] = await db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(ofThisCohort, unusedInvite()))
    .returning({ id: invites.id });
  if (revoked) return;
  const [exists] = await db.select({ id: invites.id }).from(invites).where(ofThisCohort);
  if (!exists) notFound();
}
