import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { getDb, Transaction } from "@/db/client";
import { cohortStudents, users } from "@/db/schema/index";
import type { RosterAccount } from "@/lib/domain/roster";
import { emailIn, normalisedEmail, openInviteEmails } from "@/lib/data/internal/invites/invites";

type Db = ReturnType<typeof getDb>;
/**
 * What lib/domain/roster needs to classify a roster: the accounts of its addresses (enrolled or not in
 * `cohortId`) and which addresses hold an open invite there. Two queries whatever the roster's length.
 * Callers authorize first.
 */
export async function lookUpRoster(
  db: Db | Transaction,
  emails: readonly string[],
  cohortId: string | null,
): Promise<{ accounts: Map<string, RosterAccount>; invited: Set<string> }> {
  if (emails.length === 0) return { accounts: new Map(), invited: new Set() };
  const [accounts, invited] = await Promise.all([
    db
      .select({
        email: normalisedEmail(users.email),
        role: users.role,
        active: users.active,
        enrolled: sql<boolean>`${cohortStudents.studentId} is not null`,
      })
      .from(users)
      .leftJoin(
        cohortStudents,
        and(eq(cohortStudents.studentId, users.id), eq(cohortStudents.cohortId, cohortId ?? "")),
      )
      .where(emailIn(users.email, emails)),
    openInviteEmails(db, emails, cohortId),
  ]);
  return {
    accounts: new Map(accounts.map(({ email, ...account }) => [email, account])),
    invited,
  };
}
