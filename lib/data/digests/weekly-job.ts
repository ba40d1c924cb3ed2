import "server-only";
import { renderDigest } from "@/lib/data/internal/digests/content";
import { sendMail } from "@/lib/email/send-mail";
import {
  enqueueWeeklyDigests,
  runDigestWorker,
  type DigestRunCounts,
} from "@/lib/data/internal/digests/queue";

export type DigestJobResult = { enqueued: number } & DigestRunCounts;

/**
 * The whole weekly job: record who is due a digest, then send what is due (including retries). Safe to run
 * as often as you like and from several places at once; `npm run digests`, the cron route and the embedded
 * schedule all call this. `unsafe`: a job has no viewer; it renders each digest as its recipient (see
 * decision 005), and its callers guard it themselves (the cron route checks CRON_SECRET).
 */
export async function unsafeRunWeeklyDigestJob(
  options: { now?: Date; maxBatches?: number } = {},
): Promise<DigestJobResult> {
  const { enqueued } = await enqueueWeeklyDigests(options.now);
  const counts = await runDigestWorker({
    render: renderDigest,
    send: (mail) => sendMail(mail),
    now: options.now,
    maxBatches: options.maxBatches,
  });
  return { enqueued, ...counts };
}
