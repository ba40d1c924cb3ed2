import { unsafeRunScheduledJobs } from "@/lib/data/jobs/scheduled-jobs";
import { isCronCaller, postOnly, unauthorized } from "../_lib/cron-auth";

// Always run on request, never prerendered or cached.
export const dynamic = "force-dynamic";

/**
 * Every scheduled job (weekly digests, daily reminders, …) for an external scheduler, every 15 minutes:
 * `POST /api/cron/jobs` with `Authorization: Bearer $CRON_SECRET`. Answers each job's counts; 500 when a
 * job failed (the others still ran).
 */
export async function POST(request: Request) {
  if (!isCronCaller(request)) return unauthorized();
  // Bounded per call so a big backlog cannot hold the request open for long; the next call continues.
  const outcomes = await unsafeRunScheduledJobs({ maxBatches: 10 });
  const failed = outcomes.some((outcome) => !outcome.ok);
  // Only names and counts leave the server; a failed job's error message stays in the log.
  const jobs = Object.fromEntries(
    outcomes.map((outcome) => [outcome.name, outcome.ok ? outcome.counts : { failed: true }]),
  );
  return Response.json({ jobs }, { status: failed ? 500 : 200 });
}

export function GET() {
  return postOnly();
}
