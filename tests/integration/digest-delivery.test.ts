import { eq, inArray, isNull } from "drizzle-orm";
import getPort from "get-port";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cohortAdvisors, cohortGoals } from "@/db/schema/cohorts";
import { cohorts, digestDeliveries, digestPreferences, users } from "@/db/schema/index";
import { renderDigest } from "@/lib/data/internal/digests/content";
import {
  DIGEST_LEASE_MS,
  DIGEST_MAX_ATTEMPTS,
  claimDueDigests,
  enqueueWeeklyDigests,
  isoWeekStart,
  runDigestWorker,
  type RenderDigest,
  type SendDigestMail,
} from "@/lib/data/internal/digests/queue";
import { listDigestProblems } from "@/lib/data/admin/digest-problems";
import { sendMail } from "@/lib/email/send-mail";
import { resetEnvCacheForTests } from "@/lib/env";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

/** A Wednesday; the instance default weekday is Monday, so everyone is due this week. */
const WEDNESDAY = new Date("2026-11-18T10:00:00Z");
const MINUTE = 60_000;

type Mode = "accept" | "refuse" | "hang";
type Received = { to: string[]; raw: string };

/** A real SMTP server whose behaviour a test switches: accept, refuse every DATA, or never answer it. */
async function startSmtp() {
  const state = { mode: "accept" as Mode, received: [] as Received[] };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.mode === "hang") return; // never answers: the client must time out
        if (state.mode === "refuse") {
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          callback(error);
          return;
        }
        state.received.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  const port = await getPort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { state, port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;

/** Stands in for the content half: a mail per recipient naming the week, or null for "nothing to send". */
function renderFor(skip: Set<string> = new Set()): RenderDigest {
  return async ({ recipientId, kind, weekStart }) => {
    if (skip.has(recipientId)) return null;
    const [user] = await getDb().select({ email: users.email }).from(users).where(eq(users.id, recipientId));
    if (!user) return null;
    return {
      to: user.email,
      subject: `Your ${kind} digest for ${weekStart}`,
      text: `digest ${kind} ${weekStart}`,
      html: `<p>digest ${kind} ${weekStart}</p>`,
      headers: { "List-Unsubscribe": "<http://localhost:3000/unsubscribe/x>" },
    };
  };
}

/** The app's own transport (lib/email/send-mail), pointed at the test server. */
const sendThroughApp: SendDigestMail = (mail) => sendMail(mail);

function receivedBy(email: string) {
  return smtp.state.received.filter((m) => m.to.includes(email.toLowerCase()));
}

async function rowsFor(recipientIds: string[]) {
  return getDb().select().from(digestDeliveries).where(inArray(digestDeliveries.recipientId, recipientIds));
}

async function studentsInCohort(count: number) {
  const cohort = await createCohort();
  const students = [];
  for (let i = 0; i < count; i++) {
    const student = await createUser({ role: "student" });
    await enrolStudent(cohort.id, student.id);
    students.push(student);
  }
  return { cohort, students };
}

beforeAll(async () => {
  smtp = await startSmtp();
  process.env.MAIL_MODE = "smtp";
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  resetEnvCacheForTests();
});

afterAll(async () => {
  await smtp.stop();
});

beforeEach(async () => {
  // Each test sees only its own people: earlier tests' cohorts stop counting and their rows go.
  smtp.state.mode = "accept";
  smtp.state.received = [];
  await getDb().update(cohorts).set({ archivedAt: new Date() }).where(isNull(cohorts.archivedAt));
  await getDb().delete(digestDeliveries);
});

describe("enqueueing", () => {
  it("records one row per due recipient and kind, and nothing more on re-runs", async () => {
    const { cohort, students } = await studentsInCohort(2);
    const advisor = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, advisor.id);
    const optedOut = await createUser({ role: "student" });
    await enrolStudent(cohort.id, optedOut.id);
    await getDb().insert(digestPreferences).values({ userId: optedOut.id, studentDigest: false });
    const friday = await createUser({ role: "student" });
    await enrolStudent(cohort.id, friday.id);
    await getDb().insert(digestPreferences).values({ userId: friday.id, weekday: 5 });
    const inactive = await createUser({ role: "student", active: false });
    await enrolStudent(cohort.id, inactive.id);
    const archived = await createCohort();
    const inArchived = await createUser({ role: "student" });
    await enrolStudent(archived.id, inArchived.id);
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, archived.id));

    expect(await enqueueWeeklyDigests(WEDNESDAY)).toEqual({ enqueued: 3 });
    expect(await enqueueWeeklyDigests(WEDNESDAY)).toEqual({ enqueued: 0 });
    const rows = await getDb().select().from(digestDeliveries);
    expect(rows.map((r) => `${r.recipientId}:${r.kind}`).sort()).toEqual(
      [`${students[0]!.id}:student`, `${students[1]!.id}:student`, `${advisor.id}:advisor`].sort(),
    );
    expect(rows.every((r) => r.weekStart === "2026-11-16" && r.status === "pending")).toBe(true);

    // On Friday the student who chose Friday is due too; the others are not queued twice.
    expect(await enqueueWeeklyDigests(new Date("2026-11-20T08:00:00Z"))).toEqual({ enqueued: 1 });
  });

  it("keeps one digest per recipient, kind and week, and valid values only, in the database itself", async () => {
    const user = await createUser({ role: "student" });
    const row = { recipientId: user.id, kind: "student" as const, weekStart: "2026-11-16" };
    await getDb().insert(digestDeliveries).values(row);
    await expect(getDb().insert(digestDeliveries).values(row)).rejects.toThrow();
    await expect(
      getDb()
        .insert(digestDeliveries)
        .values({ ...row, weekStart: "2026-11-23", status: "lost" as "sent" }),
    ).rejects.toThrow();
    await expect(getDb().insert(digestPreferences).values({ userId: user.id, weekday: 8 })).rejects.toThrow();
  });

  it("uses the ISO week (Monday start, UTC)", () => {
    expect(isoWeekStart(new Date("2026-11-16T00:00:00Z"))).toBe("2026-11-16");
    expect(isoWeekStart(new Date("2026-11-22T23:59:59Z"))).toBe("2026-11-16");
    expect(isoWeekStart(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
  });
});

describe("delivery", () => {
  it("sends exactly one mail per recipient per week, however often the job runs", async () => {
    const { students } = await studentsInCohort(3);
    for (let run = 0; run < 3; run++) {
      await enqueueWeeklyDigests(WEDNESDAY);
      await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: WEDNESDAY });
    }
    for (const student of students) expect(receivedBy(student.email)).toHaveLength(1);
    const rows = await rowsFor(students.map((s) => s.id));
    expect(rows.every((r) => r.status === "sent" && r.sentAt && r.attempts === 1)).toBe(true);
    expect(receivedBy(students[0]!.email)[0]!.raw).toContain("List-Unsubscribe:");

    // The next week is a new digest.
    const nextWeek = new Date(WEDNESDAY.getTime() + 7 * 24 * 60 * MINUTE);
    await enqueueWeeklyDigests(nextWeek);
    await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: nextWeek });
    for (const student of students) expect(receivedBy(student.email)).toHaveLength(2);
  });

  it("sends each digest once when two workers run at the same time", async () => {
    const { students } = await studentsInCohort(12);
    await enqueueWeeklyDigests(WEDNESDAY);
    const [a, b] = await Promise.all([
      runDigestWorker({ render: renderFor(), send: sendThroughApp, now: WEDNESDAY, limit: 2 }),
      runDigestWorker({ render: renderFor(), send: sendThroughApp, now: WEDNESDAY, limit: 2 }),
    ]);
    expect(a.sent + b.sent).toBe(12);
    for (const student of students) expect(receivedBy(student.email)).toHaveLength(1);
    expect(smtp.state.received).toHaveLength(12);
  });

  it("reclaims a killed worker's rows once their lease expires, without duplicates", async () => {
    const { students } = await studentsInCohort(3);
    await enqueueWeeklyDigests(WEDNESDAY);
    // A worker claims everything and dies before sending.
    const claimed = await claimDueDigests({ limit: 100, now: WEDNESDAY });
    expect(claimed).toHaveLength(3);

    const early = await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: WEDNESDAY });
    expect(early.claimed).toBe(0);
    expect(smtp.state.received).toHaveLength(0);

    const later = new Date(WEDNESDAY.getTime() + DIGEST_LEASE_MS + 1000);
    const [a, b] = await Promise.all([
      runDigestWorker({ render: renderFor(), send: sendThroughApp, now: later, limit: 1 }),
      runDigestWorker({ render: renderFor(), send: sendThroughApp, now: later, limit: 1 }),
    ]);
    expect(a.sent + b.sent).toBe(3);
    for (const student of students) expect(receivedBy(student.email)).toHaveLength(1);
    const rows = await rowsFor(students.map((s) => s.id));
    expect(rows.every((r) => r.status === "sent" && r.attempts === 2 && r.lockedUntil === null)).toBe(true);
  });

  it("records nothing over a newer claim: a worker whose lease was taken over mid-send leaves the rows to it", async () => {
    const { students } = await studentsInCohort(3);
    await enqueueWeeklyDigests(WEDNESDAY);
    const later = new Date(WEDNESDAY.getTime() + DIGEST_LEASE_MS + 1000);
    let takenOver = -1;
    const counts = await runDigestWorker({
      render: renderFor(),
      // While the first mail is on the wire, the lease runs out and another worker claims every row.
      send: async (mail) => {
        if (takenOver < 0) takenOver = (await claimDueDigests({ limit: 100, now: later })).length;
        await sendThroughApp(mail);
      },
      now: WEDNESDAY,
      concurrency: 1,
    });
    expect(takenOver).toBe(3);
    expect(counts.sent).toBe(3);
    const rows = await rowsFor(students.map((s) => s.id));
    expect(rows.map((r) => [r.status, r.attempts, r.sentAt])).toEqual([
      ["sending", 2, null],
      ["sending", 2, null],
      ["sending", 2, null],
    ]);
  });

  it("records no 'nothing to send' over a newer claim either", async () => {
    const { students } = await studentsInCohort(2);
    await enqueueWeeklyDigests(WEDNESDAY);
    const later = new Date(WEDNESDAY.getTime() + DIGEST_LEASE_MS + 1000);
    const render = renderFor(new Set(students.map((s) => s.id)));
    let takenOver = -1;
    const counts = await runDigestWorker({
      render: async (request) => {
        if (takenOver < 0) takenOver = (await claimDueDigests({ limit: 100, now: later })).length;
        return render(request);
      },
      send: sendThroughApp,
      now: WEDNESDAY,
    });
    expect(takenOver).toBe(2);
    expect(counts.skipped).toBe(2);
    const rows = await rowsFor(students.map((s) => s.id));
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["sending", 2],
      ["sending", 2],
    ]);
  });

  it("records every batch's sent rows, marks grouped across batches, each mail once", async () => {
    const { students } = await studentsInCohort(7);
    await enqueueWeeklyDigests(WEDNESDAY);
    // Another transaction holds the first mail's row for a while, so its mark waits: the messages sent meanwhile,
    // from this batch and the next, queue behind it and are recorded together once it is through.
    let holding: Promise<void> | undefined;
    const send: SendDigestMail = async (mail) => {
      if (!holding) {
        let locked!: () => void;
        const lockTaken = new Promise<void>((resolve) => (locked = resolve));
        holding = getDb().transaction(async (tx) => {
          const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, mail.to));
          await tx
            .select()
            .from(digestDeliveries)
            .where(eq(digestDeliveries.recipientId, user!.id))
            .for("update");
          locked();
          await new Promise((resolve) => setTimeout(resolve, 300));
        });
        await lockTaken;
      }
      await sendThroughApp(mail);
    };
    const counts = await runDigestWorker({
      render: renderFor(new Set([students[3]!.id])),
      send,
      now: WEDNESDAY,
      limit: 2,
      concurrency: 3,
    });
    await holding;
    expect(counts).toMatchObject({ claimed: 7, sent: 6, skipped: 1, retrying: 0 });
    const rows = await rowsFor(students.map((s) => s.id));
    expect(rows.filter((r) => r.status === "sent" && r.sentAt && r.lockedUntil === null)).toHaveLength(6);
    for (const [index, student] of students.entries()) {
      expect(receivedBy(student.email)).toHaveLength(index === 3 ? 0 : 1);
    }
  });

  it("sends nothing whose lease could run out mid-send: the row waits for its lease, then goes once", async () => {
    const { students } = await studentsInCohort(3);
    await enqueueWeeklyDigests(WEDNESDAY);
    // A 1 s lease and sends of up to 0.7 s: a send may start only in the first 0.3 s after the claim. The SMTP
    // server is slow (0.4 s a message, one at a time), so only the first goes before that.
    const leaseMs = 1000;
    const slowSend: SendDigestMail = async (mail) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await sendThroughApp(mail);
    };
    const first = await runDigestWorker({
      render: renderFor(),
      send: slowSend,
      now: WEDNESDAY,
      leaseMs,
      sendTimeoutMs: 700,
      concurrency: 1,
    });
    expect(first).toMatchObject({ claimed: 3, sent: 1, retrying: 2 });
    expect(smtp.state.received).toHaveLength(1);
    // The two left are still under the first worker's lease: nobody records or sends them until it runs out.
    const rows = await rowsFor(students.map((s) => s.id));
    expect(rows.map((r) => [r.status, r.attempts]).sort()).toEqual([
      ["sending", 1],
      ["sending", 1],
      ["sent", 1],
    ]);
    const early = await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: WEDNESDAY });
    expect(early.claimed).toBe(0);

    // A lease no longer than a send could never send anything: refused outright.
    await expect(
      runDigestWorker({
        render: renderFor(),
        send: slowSend,
        now: WEDNESDAY,
        leaseMs,
        sendTimeoutMs: leaseMs,
      }),
    ).rejects.toThrow(/lease must be longer/);

    const afterLease = new Date(WEDNESDAY.getTime() + leaseMs + 1000);
    const second = await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: afterLease });
    expect(second).toMatchObject({ claimed: 2, sent: 2 });
    for (const student of students) expect(receivedBy(student.email)).toHaveLength(1);
  });

  it("marks a digest with nothing to send (or no longer allowed) as skipped, and sends nothing", async () => {
    const { students } = await studentsInCohort(2);
    await enqueueWeeklyDigests(WEDNESDAY);
    const counts = await runDigestWorker({
      render: renderFor(new Set([students[0]!.id])),
      send: sendThroughApp,
      now: WEDNESDAY,
    });
    expect(counts).toMatchObject({ sent: 1, skipped: 1 });
    expect(receivedBy(students[0]!.email)).toHaveLength(0);
    const [skipped] = await rowsFor([students[0]!.id]);
    expect(skipped?.status).toBe("skipped");
  });
});

describe("with the real content", () => {
  it("re-checks access at send time: an advisor unassigned after queueing gets nothing", async () => {
    const { cohort } = await studentsInCohort(2);
    const kept = await createUser({ role: "advisor" });
    const removed = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, kept.id);
    await assignAdvisor(cohort.id, removed.id);
    // A goal coming due gives the advisor digest something to say (the content reads the real clock).
    const dueOn = new Date(Date.now() + 3 * 24 * 60 * MINUTE).toISOString().slice(0, 10);
    await getDb()
      .insert(cohortGoals)
      .values({ cohortId: cohort.id, metric: "outreach_sent", target: 5, dueOn });
    await enqueueWeeklyDigests(WEDNESDAY);
    await getDb()
      .delete(cohortAdvisors)
      .where(inArray(cohortAdvisors.advisorId, [removed.id]));

    await runDigestWorker({ render: renderDigest, send: sendThroughApp, now: WEDNESDAY });
    const [removedRow] = await rowsFor([removed.id]);
    expect(removedRow?.status).toBe("skipped");
    expect(receivedBy(removed.email)).toHaveLength(0);
    const [keptRow] = await rowsFor([kept.id]);
    expect(keptRow?.status).toBe("sent");
    const [mail] = receivedBy(kept.email);
    expect(mail?.raw).toContain("List-Unsubscribe-Post:");
    expect(receivedBy(kept.email)).toHaveLength(1);
  });
});

describe("SMTP trouble", () => {
  it("retries with backoff while the server refuses, then sends once it recovers", async () => {
    const { students } = await studentsInCohort(1);
    const email = students[0]!.email;
    await enqueueWeeklyDigests(WEDNESDAY);
    smtp.state.mode = "refuse";

    const first = await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: WEDNESDAY });
    expect(first).toMatchObject({ claimed: 1, retrying: 1, sent: 0 });
    let [row] = await rowsFor([students[0]!.id]);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row!.lastError).toMatch(/451|Try again later/);
    expect(row!.nextAttemptAt.getTime()).toBe(WEDNESDAY.getTime() + MINUTE);

    // Not due again yet.
    const tooSoon = await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: WEDNESDAY });
    expect(tooSoon.claimed).toBe(0);

    const second = new Date(WEDNESDAY.getTime() + MINUTE);
    await runDigestWorker({ render: renderFor(), send: sendThroughApp, now: second });
    [row] = await rowsFor([students[0]!.id]);
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    expect(row!.nextAttemptAt.getTime()).toBe(second.getTime() + 5 * MINUTE);

    smtp.state.mode = "accept";
    await runDigestWorker({
      render: renderFor(),
      send: sendThroughApp,
      now: new Date(second.getTime() + 5 * MINUTE),
    });
    [row] = await rowsFor([students[0]!.id]);
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(receivedBy(email)).toHaveLength(1);
  });

  it("gives up a slow server's send at the timeout and retries later; the rest of the app carries on", async () => {
    const { students } = await studentsInCohort(1);
    await enqueueWeeklyDigests(WEDNESDAY);
    smtp.state.mode = "hang";
    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: 500,
      greetingTimeout: 500,
      socketTimeout: 500,
    });
    const impatientSend: SendDigestMail = async (mail) => {
      await transport.sendMail({ from: "Fieldnotes <no-reply@fieldnotes.local>", ...mail });
    };

    const started = Date.now();
    const worker = runDigestWorker({ render: renderFor(), send: impatientSend, now: WEDNESDAY });
    // While the worker waits on SMTP, the database answers other work at once.
    const [{ count }] = (await getDb().execute<{ count: number }>("select 1 as count")) as unknown as [
      { count: number },
    ];
    expect(count).toBe(1);
    const counts = await worker;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(counts).toMatchObject({ retrying: 1, sent: 0 });
    const [row] = await rowsFor([students[0]!.id]);
    expect(row).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null });
    expect(row!.lastError).toMatch(/timeout|timed out/i);

    smtp.state.mode = "accept";
    await runDigestWorker({
      render: renderFor(),
      send: sendThroughApp,
      now: new Date(WEDNESDAY.getTime() + MINUTE),
    });
    expect(receivedBy(students[0]!.email)).toHaveLength(1);
  }, 15_000);

  it("ends failed after capped retries, visible to admins only", async () => {
    const { students } = await studentsInCohort(1);
    await enqueueWeeklyDigests(WEDNESDAY);
    smtp.state.mode = "refuse";
    let now = WEDNESDAY;
    for (let attempt = 1; attempt <= DIGEST_MAX_ATTEMPTS; attempt++) {
      await runDigestWorker({ render: renderFor(), send: sendThroughApp, now });
      const [row] = await rowsFor([students[0]!.id]);
      expect(row!.attempts).toBe(attempt);
      now = row!.nextAttemptAt;
    }
    const [row] = await rowsFor([students[0]!.id]);
    expect(row).toMatchObject({ status: "failed", attempts: DIGEST_MAX_ATTEMPTS });
    // A failed row is never picked up again.
    const after = await runDigestWorker({
      render: renderFor(),
      send: sendThroughApp,
      now: new Date(now.getTime() + 24 * 60 * MINUTE),
    });
    expect(after.claimed).toBe(0);
    expect(smtp.state.received).toHaveLength(0);

    const admin = await createUser({ role: "admin" });
    await signInAs(admin.id);
    const problems = await listDigestProblems();
    expect(problems).toContainEqual(
      expect.objectContaining({ recipientEmail: students[0]!.email, status: "failed", attempts: 5 }),
    );
    const student = await createUser({ role: "student" });
    await signInAs(student.id);
    await expectNotFound(listDigestProblems());
  });
});

describe("POST /api/cron/digests", () => {
  const SECRET = "cron-secret-0123456789abcdef";

  async function call(authorization?: string, method = "POST") {
    const { GET, POST } = await import("@/app/api/cron/digests/route");
    const request = new Request("http://localhost:3000/api/cron/digests", {
      method,
      headers: authorization ? { authorization } : {},
    });
    return method === "POST" ? POST(request) : GET();
  }

  it("answers 401 unless the bearer token is exactly the secret", async () => {
    delete process.env.CRON_SECRET;
    resetEnvCacheForTests();
    expect((await call(`Bearer ${SECRET}`)).status).toBe(401);
    expect((await call("Bearer ")).status).toBe(401);

    process.env.CRON_SECRET = SECRET;
    resetEnvCacheForTests();
    expect((await call()).status).toBe(401);
    expect((await call(`Bearer ${SECRET}x`)).status).toBe(401);
    expect((await call(`Bearer ${SECRET.slice(0, -1)}`)).status).toBe(401);
    expect((await call("Bearer")).status).toBe(401);
    expect((await call(SECRET)).status).toBe(401);
    expect((await call(`Basic ${SECRET}`)).status).toBe(401);
    expect((await call(undefined, "GET")).status).toBe(405);
  });

  it("runs the job with the right secret", async () => {
    process.env.CRON_SECRET = SECRET;
    resetEnvCacheForTests();
    const { students } = await studentsInCohort(1);
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { enqueued: number; claimed: number };
    expect(body.enqueued).toBe(1);
    expect(body.claimed).toBe(1);
    // Sent or, for a student with nothing due, skipped: either way done, and never twice.
    const rows = await rowsFor([students[0]!.id]);
    expect(rows.map((r) => r.status)).toEqual([expect.stringMatching(/^(sent|skipped)$/)]);
    expect((await call(`Bearer ${SECRET}`)).status).toBe(200);
    expect(receivedBy(students[0]!.email).length).toBeLessThanOrEqual(1);
  });
});
