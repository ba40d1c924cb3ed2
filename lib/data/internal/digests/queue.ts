import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { DigestKind } from "@/db/schema/index";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import {
  DELIVERY_LEASE_MS,
  DELIVERY_MAX_ATTEMPTS,
  claimDue,
  deliveryBackoffMs,
  runDeliveryWorker,
  type DeliveryMail,
  type DeliveryQueue,
  type DeliveryRunCounts,
  type RenderBatch,
  type WorkerOptions,
} from "@/lib/data/internal/jobs/delivery-queue";

// Weekly digest delivery: one row per (recipient, kind, ISO week) in digest_deliveries, delivered by the
// shared claim/lease/retry rules in lib/data/internal/jobs/delivery-queue.ts (decision 005). System code:
// nothing here has a viewer, which is why it lives in internal/ (the admin's list of problems is in
// admin/digest-problems.ts).

export const DIGEST_MAX_ATTEMPTS = DELIVERY_MAX_ATTEMPTS;
export const DIGEST_LEASE_MS = DELIVERY_LEASE_MS;

export type RenderedDigest = DeliveryMail;
export type RenderDigest = (input: {
  recipientId: string;
  kind: DigestKind;
  weekStart: string;
}) => Promise<RenderedDigest | null>;
export type RenderDigestBatch = RenderBatch<ClaimedDigest>;
export type SendDigestMail = (mail: RenderedDigest) => Promise<void>;

export type ClaimedDigest = {
  id: string;
  recipientId: string;
  kind: DigestKind;
  weekStart: string;
  attempts: number;
};

const digestQueue: DeliveryQueue<ClaimedDigest> = {
  table: "digest_deliveries",
  keyColumns: sql`kind, week_start::text as week_start`,
  toClaim: (row) => ({
    id: row.id,
    recipientId: row.recipient_id,
    kind: row.kind as DigestKind,
    weekStart: row.week_start as string,
    attempts: row.attempts,
  }),
};

export const digestBackoffMs = deliveryBackoffMs;

/** Monday (UTC) of the ISO week containing `now`, as YYYY-MM-DD. */
export function isoWeekStart(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - (isoWeekday(now) - 1));
  return day.toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday, in UTC. */
export function isoWeekday(now: Date): number {
  return ((now.getUTCDay() + 6) % 7) + 1;
}

/**
 * Records this week's digests for everyone due one by `now`: active students enrolled in a non-archived
 * cohort with the student digest on, active advisors assigned to one with the advisor digest on, whose
 * weekday (their own, or the instance's) has come in this ISO week. Idempotent: re-running adds nothing.
 */
export async function enqueueWeeklyDigests(now: Date = new Date()): Promise<{ enqueued: number }> {
  const { digestWeekday } = await loadInstanceSettings();
  const weekStart = isoWeekStart(now);
  const today = isoWeekday(now);
  const rows = await getDb().execute<{ id: string }>(sql`
    insert into digest_deliveries (id, recipient_id, kind, week_start, next_attempt_at)
    select gen_random_uuid()::text, r.user_id, r.kind, ${weekStart}::date, ${now.toISOString()}::timestamptz
    from (
      select cs.student_id as user_id, 'student' as kind
      from cohort_students cs join cohorts c on c.id = cs.cohort_id and c.archived_at is null
      union
      select ca.advisor_id, 'advisor'
      from cohort_advisors ca join cohorts c on c.id = ca.cohort_id and c.archived_at is null
    ) r
    join users u on u.id = r.user_id and u.active and u.role = r.kind
    left join digest_preferences p on p.user_id = r.user_id
    where (case r.kind when 'student' then coalesce(p.student_digest, true)
                       else coalesce(p.advisor_digest, true) end)
      and coalesce(p.weekday, ${digestWeekday}::int) <= ${today}::int
    on conflict (recipient_id, kind, week_start) do nothing
    returning id
  `);
  return { enqueued: rows.length };
}

/**
 * Takes up to `limit` due digests for this worker: pending ones whose retry time has come, and `sending` ones
 * whose lease ran out (their worker died). Concurrent callers get disjoint rows.
 */
export async function claimDueDigests(options: {
  limit: number;
  now?: Date;
  leaseMs?: number;
}): Promise<ClaimedDigest[]> {
  return claimDue(digestQueue, options);
}

export type DigestRunCounts = DeliveryRunCounts;

/**
 * Claims due digests in batches and sends them until none are due (or `maxBatches` is reached). Rendering
 * re-checks who may see what, so a recipient who lost access since queueing gets nothing (`skipped`).
 * `render` takes one digest at a time; `renderBatch` a whole batch with one set of queries.
 */
export async function runDigestWorker(
  options: Omit<WorkerOptions<ClaimedDigest>, "render"> & { render?: RenderDigest },
): Promise<DigestRunCounts> {
  const { render, ...rest } = options;
  return runDeliveryWorker(digestQueue, {
    ...rest,
    render:
      render &&
      ((claim) => render({ recipientId: claim.recipientId, kind: claim.kind, weekStart: claim.weekStart })),
  });
}
