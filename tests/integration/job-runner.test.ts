import { isNull } from "drizzle-orm";
import getPort from "get-port";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  cohortGoals,
  cohorts,
  digestDeliveries,
  reminderDeliveries,
  studentProfiles,
} from "@/db/schema/index";
import { renderDigest, renderDigestBatch } from "@/lib/data/internal/digests/content";
import { enqueueWeeklyDigests, runDigestWorker } from "@/lib/data/internal/digests/queue";
import { SCHEDULED_JOBS, unsafeRunScheduledJobs } from "@/lib/data/jobs/scheduled-jobs";
import { sendBulkMail } from "@/lib/email/send-mail";
import { resetEnvCacheForTests } from "@/lib/env";
import { createCohort, enrolStudent } from "../factories/cohorts";
import { createContact, createInterview, createOutreachAttempt } from "../factories/student-records";
import { createUser } from "../factories/users";
import { countQueries } from "../support/query-counter";

const NOW = new Date("2026-11-18T15:00:00Z"); // a Wednesday
const WEEK = "2026-11-16";
const SECRET = "cron-secret-for-the-runner-0123456789";

/** A real SMTP server that holds each message a little, and records how many were in flight at once. */
async function startSlowSmtp() {
  const state = { inFlight: 0, maxInFlight: 0, received: [] as string[] };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      stream.on("data", () => {});
      stream.on("end", () => {
        setTimeout(() => {
          state.inFlight -= 1;
          state.received.push(...session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
          callback();
        }, 100);
      });
    },
  });
  const port = await getPort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { state, port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let smtp: Awaited<ReturnType<typeof startSlowSmtp>>;

beforeAll(async () => {
  smtp = await startSlowSmtp();
  process.env.MAIL_MODE = "smtp";
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  process.env.DIGEST_SEND_CONCURRENCY = "5";
  process.env.CRON_SECRET = SECRET;
  resetEnvCacheForTests();
});

afterAll(async () => {
  await smtp.stop();
});

beforeEach(async () => {
  smtp.state.received = [];
  smtp.state.maxInFlight = 0;
  await getDb().update(cohorts).set({ archivedAt: new Date() }).where(isNull(cohorts.archivedAt));
  await getDb().delete(digestDeliveries);
  await getDb().delete(reminderDeliveries);
});

/** `count` students in one cohort with a goal, each with something due this week and one with nothing. */
async function cohortWithWork(count: number) {
  const cohort = await createCohort();
  await getDb()
    .insert(cohortGoals)
    .values({ cohortId: cohort.id, metric: "outreach_sent", target: 3, dueOn: "2026-11-30" });
  const students = [];
  for (let i = 0; i < count; i++) {
    const student = await createUser({ role: "student", name: `Batch Student ${i}` });
    await enrolStudent(cohort.id, student.id);
    await getDb().insert(studentProfiles).values({ studentId: student.id, timeZone: "America/Chicago" });
    const contact = await createContact(student.id, { name: `Contact ${i}` });
    await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-11-10" });
    if (i % 2 === 0) {
      const other = await createContact(student.id, { name: `Interviewee ${i}` });
      await createInterview(student.id, other.id, {
        status: "scheduled",
        startsAt: new Date("2026-11-20T16:00:00Z"),
      });
    }
    students.push(student);
  }
  const idle = await createUser({ role: "student", name: "Idle Student" });
  await enrolStudent(cohort.id, idle.id);
  return { cohort, students, idle };
}

describe("digests in batches", () => {
  it("renders a batch exactly as one digest at a time would, with the same queries for 2 students as for 8", async () => {
    const { students, idle } = await cohortWithWork(8);
    const claims = [...students, idle].map((s) => ({
      recipientId: s.id,
      kind: "student" as const,
      weekStart: WEEK,
    }));

    const batch = await renderDigestBatch(claims, NOW);
    for (const [index, claim] of claims.entries()) {
      const single = await renderDigest(claim, NOW);
      expect(batch[index]).toEqual(single);
    }
    expect(batch.at(-1)).toBeNull(); // nothing due: nothing to send
    expect(batch.filter((mail) => mail !== null)).toHaveLength(8);

    const small = await countQueries(() => renderDigestBatch(claims.slice(0, 2), NOW));
    const large = await countQueries(() => renderDigestBatch(claims, NOW));
    expect(large.queries).toBe(small.queries);
  });

  it("keeps several messages in flight through the pooled transport, each sent once", async () => {
    const { students } = await cohortWithWork(10);
    await enqueueWeeklyDigests(NOW);
    const counts = await runDigestWorker({
      renderBatch: (claims) => renderDigestBatch(claims, NOW),
      send: sendBulkMail,
      concurrency: 5,
      now: NOW,
    });
    expect(counts).toMatchObject({ sent: 10, skipped: 1 });
    expect(smtp.state.maxInFlight).toBeGreaterThan(1);
    expect(smtp.state.maxInFlight).toBeLessThanOrEqual(5);
    for (const student of students) {
      expect(smtp.state.received.filter((to) => to === student.email.toLowerCase())).toHaveLength(1);
    }
  });
});

describe("the job runner", () => {
  it("runs every scheduled job by name and reports each one's counts; a second run sends nothing", async () => {
    await cohortWithWork(2);
    const first = await unsafeRunScheduledJobs({ now: NOW });
    expect(first.map((o) => o.name)).toEqual(["weekly-digests", "daily-reminders", "retention-purge"]);
    expect(first[0]).toMatchObject({ ok: true, counts: { enqueued: 3, sent: 2, skipped: 1 } });
    expect(first[1]).toMatchObject({ ok: true, counts: { enqueued: 0 } });
    const second = await unsafeRunScheduledJobs({ now: NOW });
    expect(second[0]).toMatchObject({ ok: true, counts: { enqueued: 0, claimed: 0 } });
    expect(smtp.state.received).toHaveLength(2);

    const only = await unsafeRunScheduledJobs({ now: NOW, only: ["daily-reminders"] });
    expect(only.map((o) => o.name)).toEqual(["daily-reminders"]);
    await expect(unsafeRunScheduledJobs({ only: ["no-such-job"] })).rejects.toThrow(/Unknown job/);
  });

  it("still runs the other jobs when one fails, and says which failed", async () => {
    await cohortWithWork(1);
    const digests = SCHEDULED_JOBS.find((job) => job.name === "weekly-digests")!;
    const original = digests.run;
    (digests as { run: typeof original }).run = async () => {
      throw new Error("database went away");
    };
    try {
      const outcomes = await unsafeRunScheduledJobs({ now: NOW });
      expect(outcomes).toEqual([
        { name: "weekly-digests", ok: false, error: "database went away" },
        expect.objectContaining({ name: "daily-reminders", ok: true }),
        { name: "retention-purge", ok: true, counts: { purged: 0 } },
      ]);
    } finally {
      (digests as { run: typeof original }).run = original;
    }
  });

  it("answers POST /api/cron/jobs only with the bearer secret, with each job's counts", async () => {
    const { POST, GET } = await import("@/app/api/cron/jobs/route");
    const call = (authorization?: string) =>
      POST(
        new Request("http://localhost:3000/api/cron/jobs", {
          method: "POST",
          headers: authorization ? { authorization } : {},
        }),
      );
    expect((await call()).status).toBe(401);
    expect((await call(`Bearer ${SECRET}x`)).status).toBe(401);
    expect(GET().status).toBe(405);
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { jobs: Record<string, Record<string, number>> };
    expect(Object.keys(body.jobs)).toEqual(["weekly-digests", "daily-reminders", "retention-purge"]);
    expect(body.jobs["weekly-digests"]).toHaveProperty("enqueued");
  });
});
