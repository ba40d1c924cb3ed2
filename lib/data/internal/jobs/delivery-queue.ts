import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { executePrepared } from "@/lib/data/internal/prepared-sql";

/*
 * Mail that must go out once: the weekly digests and the daily reminders. System code, no viewer.
 *
 * Exactly-once, as far as SMTP allows (decision 005): each mail is a row under a unique key, written before
 * anything is sent. A worker claims rows by moving them to `sending` with a lease (`locked_until`) under
 * FOR UPDATE SKIP LOCKED, so two workers never hold the same row. The claim bumps `attempts`, which doubles as
 * a fencing token: only the claim that is still current may record the result. The one duplicate window left
 * is a crash (or a lease running out) after the SMTP server accepted the message and before the row was marked
 * sent; the row is then reclaimed and sent again. The lease is far longer than the transport's timeouts, so
 * only a dead worker (or a DB outage at that instant) gets there. Sent rows are marked in groups (sentMarker): the
 * messages accepted while the previous mark is on its way, so the window is still about one round trip.
 *
 * Both tables share these columns: id, recipient_id, status, attempts, next_attempt_at, locked_until,
 * last_error, sent_at. Each queue adds the columns of its own key (kind and week, or the day).
 */

export const DELIVERY_MAX_ATTEMPTS = 5;
/** Waits after the 1st, 2nd, … failed attempt; the last value repeats. */
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000];
export const DELIVERY_LEASE_MS = 5 * 60_000;
/** Upper bound on one send, waiting for a pooled connection included, whatever the transport does. */
const SEND_TIMEOUT_MS = 90_000;
/**
 * Rows claimed at once: one set of content queries per batch, several messages in flight within it. Each batch
 * costs a claim, a dozen content queries and a "nothing to send" mark whatever its size; at 50 those were a
 * large share of a weekly run (most students have nothing to say, so the statements were spread over few
 * mails). At 200 a batch still renders in tens of milliseconds, and no claim outlives its lease: a message not
 * under way while its lease leaves room for a whole send is left for the next run (see runDeliveryWorker).
 */
export const DEFAULT_BATCH_SIZE = 200;

export type DeliveryMail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

export type BaseClaim = { id: string; recipientId: string; attempts: number };

export type DeliveryQueue<Claim extends BaseClaim> = {
  table: "digest_deliveries" | "reminder_deliveries";
  /** The key columns a claim carries besides id, recipient and attempts, as a RETURNING list. */
  keyColumns: SQL;
  toClaim: (row: Record<string, unknown> & { id: string; recipient_id: string; attempts: number }) => Claim;
};

/** What rendering decided for one claim: the mail, null for "nothing to send", or the error to retry on. */
export type Rendered = DeliveryMail | null | Error;
export type RenderOne<Claim> = (claim: Claim) => Promise<DeliveryMail | null>;
/** Renders a whole batch with one set of queries; the answers are in the claims' order. */
export type RenderBatch<Claim> = (claims: readonly Claim[]) => Promise<Rendered[]>;
export type SendMail = (mail: DeliveryMail) => Promise<void>;

export type DeliveryRunCounts = {
  claimed: number;
  sent: number;
  skipped: number;
  retrying: number;
  failed: number;
};

export function deliveryBackoffMs(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1]!;
}

/**
 * Takes up to `limit` due rows for this worker: pending ones whose retry time has come, and `sending` ones
 * whose lease ran out (their worker died). Concurrent callers get disjoint rows.
 */
export async function claimDue<Claim extends BaseClaim>(
  queue: DeliveryQueue<Claim>,
  options: { limit: number; now?: Date; leaseMs?: number },
): Promise<Claim[]> {
  const now = (options.now ?? new Date()).toISOString();
  const lockedUntil = new Date(Date.parse(now) + (options.leaseMs ?? DELIVERY_LEASE_MS)).toISOString();
  const table = sql.identifier(queue.table);
  // Prepared (as is finishMany's): the same text on every claim, parsed once per connection.
  const rows = await executePrepared<
    { id: string; recipient_id: string; attempts: number } & Record<string, unknown>
  >(sql`
    update ${table}
    set status = 'sending', locked_until = ${lockedUntil}::timestamptz, attempts = attempts + 1
    where id in (
      select id from ${table}
      where (status = 'pending' and next_attempt_at <= ${now}::timestamptz)
         or (status = 'sending' and locked_until < ${now}::timestamptz)
      order by next_attempt_at, id
      limit ${options.limit}
      for update skip locked
    )
    returning id, recipient_id, attempts, ${queue.keyColumns}
  `);
  return rows.map((row) => queue.toClaim(row));
}

type Outcome =
  | { status: "skipped" }
  | { status: "pending"; lastError: string; nextAttemptAt: Date }
  | { status: "failed"; lastError: string };

/** Records the outcome of a claim, only if that claim is still the current one (see the top comment). */
async function finishClaim(table: DeliveryQueue<BaseClaim>["table"], claim: BaseClaim, outcome: Outcome) {
  const lastError = "lastError" in outcome ? outcome.lastError : null;
  const set =
    outcome.status === "skipped"
      ? sql`status = 'skipped'`
      : outcome.status === "pending"
        ? sql`status = 'pending', last_error = ${lastError},
              next_attempt_at = ${outcome.nextAttemptAt.toISOString()}::timestamptz`
        : sql`status = 'failed', last_error = ${lastError}`;
  await getDb().execute(sql`
    update ${sql.identifier(table)} set locked_until = null, ${set}
    where id = ${claim.id} and status = 'sending' and attempts = ${claim.attempts}
  `);
}

/**
 * Records one outcome for many claims in one statement, each only if its claim is still current. "Nothing to
 * send" (most of a weekly run) opens no duplicate window; "sent" groups the messages accepted while the previous mark was
 * on its way (sentMarker): fewer statements than one per message, which a CPU profile showed as a large cost.
 */
async function finishMany(
  table: DeliveryQueue<BaseClaim>["table"],
  claims: readonly BaseClaim[],
  status: "sent" | "skipped",
) {
  if (claims.length === 0) return;
  const set =
    status === "sent" ? sql`status = 'sent', sent_at = now(), last_error = null` : sql`status = 'skipped'`;
  // The claims as two arrays, not a list of pairs: the statement's text stays the same whatever the group's
  // size, so each connection prepares it once instead of parsing and describing a new statement per group.
  await executePrepared(sql`
    update ${sql.identifier(table)} set locked_until = null, ${set}
    where status = 'sending' and (id, attempts) in (
      select * from unnest(${sql.param(claims.map((c) => c.id))}::text[], ${sql.param(claims.map((c) => c.attempts))}::int[])
    )
  `);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`send timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * At most `limit` tasks running at once across every batch of a run, first come first served: the next batch's
 * messages take a connection as soon as the previous batch's last ones free it, instead of the pool draining to
 * empty at each batch's end (with ~20 messages a batch and 5 in flight, that tail was a large share of a run).
 */
function concurrencyLimit(limit: number) {
  let running = 0;
  const queued: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running < limit) running++;
    else await new Promise<void>((resolve) => queued.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task, or give it back.
      const next = queued.shift();
      if (next) next();
      else running--;
    }
  };
}

/** Runs every task; rejects with the first failure only once all have settled. */
async function settleAll(tasks: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(tasks);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
}

function errorOf(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

async function renderAll<Claim extends BaseClaim>(
  claims: readonly Claim[],
  options: { render?: RenderOne<Claim>; renderBatch?: RenderBatch<Claim> },
): Promise<Rendered[]> {
  if (options.renderBatch) {
    try {
      const rendered = await options.renderBatch(claims);
      if (rendered.length !== claims.length)
        throw new Error("renderBatch answered for the wrong number of claims");
      return rendered;
    } catch (error) {
      // A failed batch (a database hiccup) retries every claim in it, like a failed send.
      return claims.map(() => errorOf(error));
    }
  }
  const render = options.render!;
  const rendered: Rendered[] = [];
  for (const claim of claims) rendered.push(await render(claim).catch(errorOf));
  return rendered;
}

export type WorkerOptions<Claim> = {
  /** One claim at a time (tests), or `renderBatch` for a whole batch with one set of queries. */
  render?: RenderOne<Claim>;
  renderBatch?: RenderBatch<Claim>;
  send: SendMail;
  now?: Date;
  limit?: number;
  maxBatches?: number;
  leaseMs?: number;
  sendTimeoutMs?: number;
  /** Messages in flight at once within a batch. */
  concurrency?: number;
};

/**
 * Claims due rows in batches, renders each batch, and sends its mail with up to `concurrency` messages in
 * flight, until none are due (or `maxBatches` is reached). Rendering re-checks who may see what, so a
 * recipient who lost access since queueing gets nothing (`skipped`). Errors never escape for a single mail:
 * the row goes back to pending with a backoff, or to failed.
 */
export async function runDeliveryWorker<Claim extends BaseClaim>(
  queue: DeliveryQueue<Claim>,
  options: WorkerOptions<Claim>,
): Promise<DeliveryRunCounts> {
  if (!options.render && !options.renderBatch)
    throw new Error("runDeliveryWorker needs render or renderBatch");
  const counts: DeliveryRunCounts = { claimed: 0, sent: 0, skipped: 0, retrying: 0, failed: 0 };
  const limit = options.limit ?? DEFAULT_BATCH_SIZE;
  const leaseMs = options.leaseMs ?? DELIVERY_LEASE_MS;
  const sendTimeoutMs = options.sendTimeoutMs ?? SEND_TIMEOUT_MS;
  // Otherwise no message could ever be sent (see the lease check below): a mistake to report, not to run.
  if (leaseMs <= sendTimeoutMs)
    throw new Error("runDeliveryWorker: the lease must be longer than the send timeout");
  const inFlight = concurrencyLimit(Math.max(1, options.concurrency ?? 1));
  // While one batch's mail is on the wire, the next batch is claimed and rendered, and its messages queue for
  // the connections the previous batch frees: the database and the renderer work while the SMTP server answers,
  // and the connections never wait for a batch boundary. At most two batches are held at once (a batch is
  // claimed only once the one before the previous has been sent). Normally far inside the lease; when the SMTP
  // server is slow, a message whose lease may run out before its send ends is not sent (see below).
  let previous: Promise<void> = Promise.resolve();
  let current: Promise<void> = Promise.resolve();
  const marker = sentMarker(queue.table);
  try {
    for (let batch = 0; batch < (options.maxBatches ?? 1000); batch++) {
      // Read the clock per batch: a long drain must not stamp late rows with a stale time.
      const now = options.now ?? new Date();
      // The lease runs from about here (the database starts it a little later, which only adds to the margin).
      const claimedAt = performance.now();
      const claims = await claimDue(queue, { limit, now, leaseMs });
      if (claims.length === 0) break;
      counts.claimed += claims.length;
      const rendered = await renderAll(claims, options);
      const skipped = claims.filter((_, index) => rendered[index] === null);
      await finishMany(queue.table, skipped, "skipped");
      counts.skipped += skipped.length;
      const toDeliver = claims.flatMap((claim, index) =>
        rendered[index] === null ? [] : [{ claim, rendered: rendered[index]! }],
      );
      // A batch is done once its rows are recorded: its sends settled, then the marks of those that went out
      // (whatever else failed in the batch). The marks are awaited outside the in-flight limit, so that a
      // connection takes the next message while the database records the last.
      const marks: Promise<void>[] = [];
      current = settleAll(
        toDeliver.map((item) =>
          inFlight(async () => {
            // A send starting later could still be under way when the lease runs out and another worker takes
            // the row: two copies. The row is left to its lease instead, and the run after that sends it.
            // (A render error is recorded whenever: that record is fenced like every other.)
            if (
              !(item.rendered instanceof Error) &&
              performance.now() - claimedAt > leaseMs - sendTimeoutMs
            ) {
              counts.retrying += 1;
              return;
            }
            const outcome = await deliver(queue.table, item.claim, item.rendered, {
              ...options,
              sendTimeoutMs,
            });
            if (outcome === "sent") marks.push(marker.add(item.claim));
            counts[outcome] += 1;
          }),
        ),
      ).finally(() => settleAll(marks));
      const before = previous;
      previous = current;
      await before;
    }
  } finally {
    await Promise.allSettled([previous, current]);
  }
  await previous;
  return counts;
}

/**
 * Marks sent rows as their mail goes out, a group at a time: the first message marks itself at once, and the
 * ones the SMTP server accepts while that statement is on its way are marked together by the next. So the
 * duplicate window stays what it was with a statement per message (the messages between the server's
 * acceptance and the database's record, a round trip's worth), at a fraction of the statements under load.
 * One marker serves a whole run: with a marker per batch, the tail of one batch and the head of the next each
 * had a statement on its way, two statements where one carries both groups. `add` resolves once the claim's
 * row is recorded (or rejects if its group's statement failed; the row is then reclaimed after its lease).
 */
function sentMarker(table: DeliveryQueue<BaseClaim>["table"]) {
  type Waiting = { claim: BaseClaim; resolve: () => void; reject: (error: unknown) => void };
  let waiting: Waiting[] = [];
  let flushing = false;
  const flush = async (): Promise<void> => {
    flushing = true;
    try {
      while (waiting.length > 0) {
        const group = waiting;
        waiting = [];
        try {
          await finishMany(
            table,
            group.map((item) => item.claim),
            "sent",
          );
          for (const item of group) item.resolve();
        } catch (error) {
          for (const item of group) item.reject(error);
        }
      }
    } finally {
      flushing = false;
    }
  };
  return {
    add(claim: BaseClaim): Promise<void> {
      const recorded = new Promise<void>((resolve, reject) => waiting.push({ claim, resolve, reject }));
      // Handled where the batch awaits its marks, once its sends are done: not a rejection nobody handles
      // (which would end the process) if the statement fails before then.
      recorded.catch(() => {});
      if (!flushing) void flush();
      return recorded;
    },
  };
}

async function deliver(
  table: DeliveryQueue<BaseClaim>["table"],
  claim: BaseClaim,
  rendered: Rendered,
  options: { send: SendMail; now?: Date; sendTimeoutMs?: number },
): Promise<"sent" | "skipped" | "retrying" | "failed"> {
  let failure: Error | null = rendered instanceof Error ? rendered : null;
  const mail = rendered instanceof Error ? null : rendered;
  if (mail) {
    try {
      await withTimeout(options.send(mail), options.sendTimeoutMs ?? SEND_TIMEOUT_MS);
    } catch (error) {
      failure = errorOf(error);
    }
  }
  if (failure) {
    const lastError = failure.message.slice(0, 500);
    if (claim.attempts >= DELIVERY_MAX_ATTEMPTS) {
      await finishClaim(table, claim, { status: "failed", lastError });
      return "failed";
    }
    const now = options.now ?? new Date();
    await finishClaim(table, claim, {
      status: "pending",
      lastError,
      nextAttemptAt: new Date(now.getTime() + deliveryBackoffMs(claim.attempts)),
    });
    return "retrying";
  }
  if (!mail) {
    await finishClaim(table, claim, { status: "skipped" });
    return "skipped";
  }
  // The mail is out: from here to its group's mark (sentMarker) is the documented duplicate window.
  return "sent";
}
