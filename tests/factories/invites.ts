import { getDb } from "@/db/client";
import { invites } from "@/db/schema/invites";
import type { Role } from "@/lib/auth/roles";

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

export type InviteInput = {
  email: string;
  role?: Role;
  cohortId?: string | null;
  invitedById?: string | null;
  expiresAt?: Date;
};

/** An open invite (neither accepted nor revoked), valid for seven days unless `expiresAt` says
 * otherwise; a past `expiresAt` gives an expired invite. */
export async function createInvite(input: InviteInput) {
  const expiresAt = input.expiresAt ?? new Date(Date.now() + SEVEN_DAYS_MS);
  // invites_expiry_check wants expires_at > created_at: an already-expired invite was created earlier.
  const createdAt =
    expiresAt.getTime() <= Date.now() ? new Date(expiresAt.getTime() - SEVEN_DAYS_MS) : undefined;
  const [invite] = await getDb()
    .insert(invites)
    .values({
      email: input.email,
      role: input.role ?? "student",
      cohortId: input.cohortId ?? null,
      invitedById: input.invitedById ?? null,
      expiresAt,
      createdAt,
    })
    .returning();
  return invite!;
}
