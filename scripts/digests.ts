/**
 * `npm run digests`: records this week's due digests, then sends everything due (retries included), and
 * prints the counts; then runs the retention purge (lib/data/retention/retention-job.ts). Meant for cron; safe to run often and concurrently (see lib/data/internal/digests/queue.ts).
 * Needs the app's environment: DATABASE_URL, AUTH_SECRET, APP_URL and SMTP_URL (or MAIL_MODE=mailbox).
 */
import "./allow-server-only";

const { unsafeRunWeeklyDigestJob } = await import("../lib/data/digests/weekly-job");
const { unsafeRunRetentionPurge } = await import("../lib/data/retention/retention-job");
const { closeDb } = await import("../db/client");

let exitCode = 0;
try {
  const result = await unsafeRunWeeklyDigestJob();
  console.log(
    `digests: ${result.enqueued} enqueued, ${result.claimed} claimed, ${result.sent} sent, ` +
      `${result.skipped} skipped, ${result.retrying} to retry, ${result.failed} failed`,
  );
  // The scheduled jobs share this entry point: the retention purge runs on the same schedule.
  const retention = await unsafeRunRetentionPurge(new Date());
  if (retention.retentionDays !== null) {
    console.log(`retention: ${retention.purged} accounts deleted (period ${retention.retentionDays} days)`);
  }
} catch (error) {
  console.error("digests: the job failed:", error);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);
