import "server-only";
import { sendBulkMail } from "@/lib/email/send-mail";
import { getEnv } from "@/lib/env";
import type { DeliveryRunCounts } from "@/lib/data/internal/jobs/delivery-queue";
import { renderReminderBatch } from "@/lib/data/internal/reminders/content";
import { enqueueDailyReminders, runReminderWorker } from "@/lib/data/internal/reminders/queue";

export type ReminderJobResult = { enqueued: number } & DeliveryRunCounts;

/**
 * The daily reminders: record today's reminder for each student whose morning it is and who asked for one,
 * then send what is due (retries included). Safe to run as often as you like and from several places at
 * once; run it at least hourly so every time zone's morning is seen (the job runner runs it with the
 * digests). `unsafe`: a job has no viewer; each reminder is rendered as its recipient at send time, and the
 * callers guard it themselves (the cron routes check CRON_SECRET).
 */
export async function unsafeRunDailyReminderJob(
  options: { now?: Date; maxBatches?: number } = {},
): Promise<ReminderJobResult> {
  const { enqueued } = await enqueueDailyReminders(options.now);
  const counts = await runReminderWorker({
    renderBatch: (claims) => renderReminderBatch(claims, options.now),
    send: (mail) => sendBulkMail(mail),
    concurrency: getEnv().DIGEST_SEND_CONCURRENCY,
    now: options.now,
    maxBatches: options.maxBatches,
  });
  return { enqueued, ...counts };
}
