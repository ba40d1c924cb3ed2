import "server-only";
import { renderDigest } from "@/lib/data/digests/content";
import { sendMail } from "@/lib/email/send-mail";
import { enqueueWeeklyDigests, runDigestWorker, type DigestRunCounts } from "@/lib/data/digests/queue";

export type DigestJobResult = { enqueued: number } & DigestRunCounts;

/**
 * The whole weekly job: record who is due a digest, then send what is due (including retries). Safe to run
 * as often as you like and from several places at once; `npm run digests`, the cron route and the embedded
 * schedule all call this.
 */
export async function runWeeklyDigestJob(
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
