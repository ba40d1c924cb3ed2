import "server-only";
import { renderDigestBatch } from "@/lib/data/internal/digests/content";
import { sendBulkMail } from "@/lib/email/send-mail";
import { getEnv } from "@/lib/env";
import {
  enqueueWeeklyDigests,
  runDigestWorker,
  type DigestRunCounts,
} from "@/lib/data/internal/digests/queue";

export type DigestJobResult = { enqueued: number } & DigestRunCounts;

/**
 * The whole weekly job: record who is due a digest, then send what is due (including retries), a batch of
 * digests built from one set of queries at a time and sent with several messages in flight. Safe to run as
 * often as you like and from several places at once; the job runner (lib/data/jobs/scheduled-jobs.ts) calls
 * it for `npm run digests`, the cron routes and the embedded schedule. `unsafe`: a job has no viewer; it
 * renders each digest as its recipient (see decision 005), and its callers guard it themselves (the cron
 * routes check CRON_SECRET).
 */
export async function unsafeRunWeeklyDigestJob(
  options: { now?: Date; maxBatches?: number } = {},
): Promise<DigestJobResult> {
  const { enqueued } = await enqueueWeeklyDigests(options.now);
  const counts = await runDigestWorker({
    renderBatch: (claims) => renderDigestBatch(claims, options.now),
    send: (mail) => sendBulkMail(mail),
    concurrency: getEnv().DIGEST_SEND_CONCURRENCY,
    now: options.now,
    maxBatches: options.maxBatches,
  });
  return { enqueued, ...counts };
}
