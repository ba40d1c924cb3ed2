import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { digestDeliveries, type DigestKind, type DigestStatus } from "@/db/schema/index";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";

/*
 * Weekly digest delivery. System code: nothing here has a viewer, which is why it
 * lives in internal/ (the admin's list of problems is in admin/digest-problems.ts).
 *
 * Exactly-once, as far as SMTP allows: a digest is a row (recipient, kind, week) under a unique key,
 * written before anything is sent. A worker claims rows by moving them to `sending` with a lease
 * (`locked_until`) under FOR UPDATE SKIP LOCKED, so two workers never hold the same row. The claim bumps
 * `attempts`, which doubles as a fencing token: only the claim that is still current may record the result.
 * The one duplicate window left is a crash (or a lease running out) after the SMTP server accepted the
 * message and before the row was marked sent; the row is then reclaimed and sent again. The lease is far
 * longer than the transport's timeouts, so only a dead worker (or a DB outage at that instant) gets there.
 */

export const DIGEST_MAX_ATTEMPTS = 5;
/** Waits after the 1st, 2nd, … failed attempt; the last value repeats. */
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000];
export const DIGEST_LEASE_MS = 5 * 60_000;
/** Upper bound on one send, whatever the transport does: well inside the lease. */
const SEND_TIMEOUT_MS = 90_000;

export type RenderedDigest = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};
export type RenderDigest = (input: {
  recipientId: string;
  kind: DigestKind;
  weekStart: string;
}) => Promise<RenderedDigest | null>;
export type SendDigestMail = (mail: RenderedDigest) => Promise<void>;

export type ClaimedDigest = {
  id: string;
  recipientId: string;
  kind: DigestKind;
  weekStart: string;
  attempts: number;
};

export function digestBackoffMs(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1]!;
}

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
 * Takes up to `limit` due rows for this worker: pending ones whose retry time has come, and `sending` ones
 * whose lease ran out (their worker died). Concurrent callers get disjoint rows.
 */
export async function claimDueDigests(options: {
  limit: number;
  now?: Date;
  leaseMs?: number;
}): Promise<ClaimedDigest[]> {
  const now = options.now ?? new Date();
  const lockedUntil = new Date(now.getTime() + (options.leaseMs ?? DIGEST_LEASE_MS));
  const rows = await getDb().execute<{
    id: string;
    recipient_id: string;
    kind: DigestKind;
    week_start: string;
    attempts: number;
  }>(sql`
    update digest_deliveries
    set status = 'sending', locked_until = ${lockedUntil.toISOString()}::timestamptz,
        attempts = attempts + 1
    where id in (
      select id from digest_deliveries
      where (status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz)
         or (status = 'sending' and locked_until < ${now.toISOString()}::timestamptz)
      order by next_attempt_at, id
      limit ${options.limit}
      for update skip locked
    )
    returning id, recipient_id, kind, week_start::text as week_start, attempts
  `);
  return rows.map((r) => ({
    id: r.id,
    recipientId: r.recipient_id,
    kind: r.kind,
    weekStart: r.week_start,
    attempts: r.attempts,
  }));
}

/** Records the outcome of a claim, only if that claim is still the current one (see the top comment). */
async function finishClaim(
  claim: ClaimedDigest,
  values: Partial<typeof digestDeliveries.$inferInsert> & { status: DigestStatus },
): Promise<boolean> {
  const updated = await getDb()
    .update(digestDeliveries)
    .set({ lockedUntil: null, ...values })
    .where(
      and(
        eq(digestDeliveries.id, claim.id),
        eq(digestDeliveries.status, "sending"),
        eq(digestDeliveries.attempts, claim.attempts),
      ),
    )
    .returning({ id: digestDeliveries.id });
  return updated.length === 1;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`send timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type DigestRunCounts = {
  claimed: number;
  sent: number;
  skipped: number;
  retrying: number;
  failed: number;
};

/**
 * Claims due digests in batches and sends them until none are due (or `maxBatches` is reached). Rendering
 * re-checks who may see what, so a recipient who lost access since queueing gets nothing (`skipped`).
 * Errors never escape for a single digest: the row goes back to pending with a backoff, or to failed.
 */
export async function runDigestWorker(options: {
  render: RenderDigest;
  send: SendDigestMail;
  now?: Date;
  limit?: number;
  maxBatches?: number;
  leaseMs?: number;
  sendTimeoutMs?: number;
}): Promise<DigestRunCounts> {
  const counts: DigestRunCounts = { claimed: 0, sent: 0, skipped: 0, retrying: 0, failed: 0 };
  const limit = options.limit ?? 20;
  for (let batch = 0; batch < (options.maxBatches ?? 1000); batch++) {
    // Read the clock per batch: a long drain must not stamp late rows with a stale time.
    const now = options.now ?? new Date();
    const claims = await claimDueDigests({ limit, now, leaseMs: options.leaseMs });
    if (claims.length === 0) break;
    counts.claimed += claims.length;
    for (const claim of claims) {
      const outcome = await deliverClaim(claim, options);
      counts[outcome] += 1;
    }
  }
  return counts;
}

async function deliverClaim(
  claim: ClaimedDigest,
  options: { render: RenderDigest; send: SendDigestMail; now?: Date; sendTimeoutMs?: number },
): Promise<"sent" | "skipped" | "retrying" | "failed"> {
  let mail: RenderedDigest | null;
  try {
    mail = await options.render({
      recipientId: claim.recipientId,
      kind: claim.kind,
      weekStart: claim.weekStart,
    });
    if (mail) await withTimeout(options.send(mail), options.sendTimeoutMs ?? SEND_TIMEOUT_MS);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const now = options.now ?? new Date();
    if (claim.attempts >= DIGEST_MAX_ATTEMPTS) {
      await finishClaim(claim, { status: "failed", lastError: message });
      return "failed";
    }
    await finishClaim(claim, {
      status: "pending",
      lastError: message,
      nextAttemptAt: new Date(now.getTime() + digestBackoffMs(claim.attempts)),
    });
    return "retrying";
  }
  if (!mail) {
    await finishClaim(claim, { status: "skipped" });
    return "skipped";
  }
  // The mail is out: from here to this update is the documented duplicate window.
  await finishClaim(claim, { status: "sent", sentAt: new Date(), lastError: null });
  return "sent";
}
