/**
 * `npm run digests [-- --only weekly-digests,daily-reminders]`: runs every scheduled job (weekly digests,
 * daily reminders, …; lib/data/jobs/scheduled-jobs.ts) once and prints each one's counts. Meant for cron
 * every 15 minutes; safe to run often and concurrently (decision 006). Exits 1 when a job failed.
 * Needs the app's environment: DATABASE_URL, AUTH_SECRET, APP_URL and SMTP_URL (or MAIL_MODE=mailbox).
 */
import { parseArgs } from "node:util";
import "./allow-server-only";

// A cron job is production: without this, React renders the mail with its (much slower) development build.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });

const { values } = parseArgs({ options: { only: { type: "string" } } });
const only = values.only
  ?.split(",")
  .map((name) => name.trim())
  .filter(Boolean);

const { describeJobOutcomes, unsafeRunScheduledJobs } = await import("../lib/data/jobs/scheduled-jobs");
const { closeDb } = await import("../db/client");

let exitCode = 0;
try {
  const outcomes = await unsafeRunScheduledJobs({ only });
  console.log(describeJobOutcomes(outcomes));
  if (outcomes.some((outcome) => !outcome.ok)) exitCode = 1;
} catch (error) {
  console.error("jobs: the run failed:", error);
  exitCode = 1;
} finally {
  await closeDb();
}
process.exit(exitCode);
