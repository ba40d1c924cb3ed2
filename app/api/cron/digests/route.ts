import { timingSafeEqual } from "node:crypto";
import { unsafeRunWeeklyDigestJob } from "@/lib/data/digests/weekly-job";
import { unsafeRunRetentionPurge } from "@/lib/data/retention/retention-job";
import { getEnv } from "@/lib/env";

// Always run on request, never prerendered or cached.
export const dynamic = "force-dynamic";

function authorized(header: string | null, secret: string | undefined): boolean {
  if (!secret || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const expected = Buffer.from(secret);
  // timingSafeEqual needs equal lengths; the length check itself reveals only the length.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** For an external scheduler: `POST /api/cron/digests` with `Authorization: Bearer $CRON_SECRET`. */
export async function POST(request: Request) {
  if (!authorized(request.headers.get("authorization"), getEnv().CRON_SECRET)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  // Bounded per call so a big backlog cannot hold the request open for long; the next call continues.
  const result = await unsafeRunWeeklyDigestJob({ maxBatches: 10 });
  // The scheduled jobs share this entry point: the retention purge runs on the same schedule.
  const retention = await unsafeRunRetentionPurge(new Date());
  return Response.json({ ...result, retentionPurged: retention.purged });
}

export function GET() {
  return new Response(null, { status: 405, headers: { Allow: "POST" } });
}
