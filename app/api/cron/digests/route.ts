import { unsafeRunScheduledJobs } from "@/lib/data/jobs/scheduled-jobs";
import { isCronCaller, postOnly, unauthorized } from "../_lib/cron-auth";

// Always run on request, never prerendered or cached.
export const dynamic = "force-dynamic";

/**
 * The weekly digests alone, for schedulers set up before `/api/cron/jobs` existed:
 * `POST /api/cron/digests` with `Authorization: Bearer $CRON_SECRET`.
 */
export async function POST(request: Request) {
  if (!isCronCaller(request)) return unauthorized();
  // Bounded per call so a big backlog cannot hold the request open for long; the next call continues.
  const [outcome] = await unsafeRunScheduledJobs({ only: ["weekly-digests"], maxBatches: 10 });
  if (!outcome?.ok) return Response.json({ error: "the digest job failed" }, { status: 500 });
  return Response.json(outcome.counts);
}

export function GET() {
  return postOnly();
}
