/**
 * `npm run digests`: records this week's due digests, then sends everything due (retries included), and
 * prints the counts. Meant for cron; safe to run often and concurrently (see lib/data/internal/digests/queue.ts).
 * Needs the app's environment: DATABASE_URL, AUTH_SECRET, APP_URL and SMTP_URL (or MAIL_MODE=mailbox).
 */
import "./allow-server-only";

const { unsafeRunWeeklyDigestJob } = await import("../lib/data/digests/weekly-job");
const { closeDb } = await import("../db/client");

let exitCode = 0;
try {
  const result = await unsafeRunWeeklyDigestJob();
  console.log(
    `digests: ${result.enqueued} enqueued, ${result.claimed} claimed, ${result.sent} sent, ` +
      `${result.skipped} skipped, ${result.retrying} to retry, ${result.failed} failed`,
  );
} catch (error) {
  console.error("digests: the job failed:", error);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);
