import "server-only";
import { unsafeRunWeeklyDigestJob } from "@/lib/data/digests/weekly-job";
import { unsafeRunDailyReminderJob } from "@/lib/data/reminders/daily-job";
import { unsafeRunRetentionPurge } from "@/lib/data/retention/retention-job";

// Every scheduled job, by name, and the one runner that `npm run digests`, the cron routes and the embedded
// demo's timer all use (decision 006). Each job is idempotent and safe to run from several processes at once
// (delivery rows under unique keys, SKIP LOCKED claims with leases), so the runner itself needs no lock:
// run it every 15 minutes from cron on any number of instances.

export type JobCounts = Record<string, number>;
export type JobOptions = { now?: Date; maxBatches?: number };

type ScheduledJob = { name: string; run: (options: JobOptions) => Promise<JobCounts> };

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { name: "weekly-digests", run: (options) => unsafeRunWeeklyDigestJob(options) },
  { name: "daily-reminders", run: (options) => unsafeRunDailyReminderJob(options) },
  {
    name: "retention-purge",
    run: async (options) => ({ purged: (await unsafeRunRetentionPurge(options.now ?? new Date())).purged }),
  },
];

export type JobOutcome =
  { name: string; ok: true; counts: JobCounts } | { name: string; ok: false; error: string };

/**
 * Runs the named jobs (all of them by default) one after another and reports each one's counts. A job that
 * throws is reported and logged, and the others still run: a broken reminder must not stop the digests.
 * `unsafe`: jobs have no viewer; callers guard it (the cron routes check CRON_SECRET).
 */
export async function unsafeRunScheduledJobs(
  options: JobOptions & { only?: readonly string[] } = {},
): Promise<JobOutcome[]> {
  const unknown = (options.only ?? []).filter((name) => !SCHEDULED_JOBS.some((job) => job.name === name));
  if (unknown.length > 0) throw new Error(`Unknown job: ${unknown.join(", ")}`);
  const outcomes: JobOutcome[] = [];
  for (const job of SCHEDULED_JOBS) {
    if (options.only && !options.only.includes(job.name)) continue;
    try {
      outcomes.push({
        name: job.name,
        ok: true,
        counts: await job.run({ now: options.now, maxBatches: options.maxBatches }),
      });
    } catch (error) {
      console.error(`Scheduled job ${job.name} failed:`, error);
      outcomes.push({
        name: job.name,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return outcomes;
}

/** One line per job, for logs: "weekly-digests: 3 enqueued, 3 sent, …". */
export function describeJobOutcomes(outcomes: readonly JobOutcome[]): string {
  return outcomes
    .map((outcome) =>
      outcome.ok
        ? `${outcome.name}: ${Object.entries(outcome.counts)
            .map(([key, value]) => `${value} ${key}`)
            .join(", ")}`
        : `${outcome.name}: FAILED (${outcome.error})`,
    )
    .join("\n");
}
