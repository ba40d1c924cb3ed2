import "server-only";
import { getDb, type Database } from "@/db/client";
import { unsafeEraseAccount } from "@/lib/data/internal/account-erasure";
import { findRetentionCandidates, readRetentionDays } from "@/lib/data/internal/retention-purge";

export type RetentionPurgeResult = { retentionDays: number | null; purged: number };

/**
 * The retention job: deletes the accounts of students whose cohorts were all archived longer ago than the
 * admins' retention period (instance settings; unset, nothing is ever purged), one transaction and one
 * audit row ("account.purged") each, exactly as a student's own deletion removes things. The period is the
 * student's window to export their records, and it is shown to them.
 *
 * `unsafe`: a job with no viewer. Its callers are the scheduled entry points the weekly digests use — the
 * cron route (guarded by CRON_SECRET), `npm run digests`, and the embedded demo's timer in scripts/start.ts —
 * so moving the jobs onto a queue later means moving this one call. Safe to run often and concurrently: a
 * candidate already erased no longer matches, and erasing locks the person's row first.
 */
export async function unsafeRunRetentionPurge(now: Date = new Date()): Promise<RetentionPurgeResult> {
  const db = getDb();
  const days = await readRetentionDays(db);
  if (days === null) return { retentionDays: null, purged: 0 };
  let purged = 0;
  for (const candidate of await findRetentionCandidates(db, now, days)) {
    const done = await db.transaction(async (tx) => {
      // Checked again inside the transaction: someone may have joined an open cohort since the list was read.
      const still = await findRetentionCandidates(tx as unknown as Database, now, days, candidate.id);
      if (still.length === 0) return false;
      await unsafeEraseAccount(tx, {
        userId: candidate.id,
        action: "account.purged",
        actor: null,
        details: {
          retentionDays: days,
          cohorts: candidate.cohortNames,
          lastArchivedAt: candidate.lastArchivedAt.toISOString(),
        },
      });
      return true;
    });
    if (done) purged += 1;
  }
  return { retentionDays: days, purged };
}
