/**
 * `npm run bench:digests [-- --students 2000]`: how fast the weekly digest job builds and sends digests for a
 * large instance, against a real SMTP server on this machine, next to raw nodemailer sending one of the same
 * digests to the same server in the same run (its `sendMail` with the digest's HTML, text and headers), and
 * nodemailer handed the digest's bytes ready-made (the transport alone). Figures, not a test. The target is
 * digests sent per second ≥ 50% of raw nodemailer's messages per second, and a second run sending nothing.
 *
 * Self-contained: creates a database of its own on DATABASE_URL's server (or an embedded PostgreSQL
 * server when DATABASE_URL is unset), fills synthetic cohorts of 500 students with a term of activity,
 * starts an `smtp-server` that accepts every message (scripts/smtp-sink.ts, in a process of its own), runs the same job `npm run digests` runs, prints
 * the figures, then drops the database.
 */
import { fork } from "node:child_process";
import { Session } from "node:inspector/promises";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import getPort, { portNumbers } from "get-port";
import nodemailer from "nodemailer";
import postgres from "postgres";
import { createDatabase } from "../db/client";
import { makeThrowawayRunDir } from "../db/embedded-data-dir";
import { startEmbeddedServerProcess } from "../db/embedded-process";
import { migrateDatabase } from "../db/migrate";
import { createSyntheticCohort } from "../db/synthetic-cohort";

const { values } = parseArgs({
  options: { students: { type: "string", default: "2000" }, "cpu-prof": { type: "string" } },
});
const students = Number(values.students);
if (!Number.isInteger(students) || students < 1) {
  console.error(`--students must be a whole number ≥ 1, got ${values.students}`);
  process.exit(1);
}
const COHORT_SIZE = 500;

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e: unknown) => console.error(e));
}

async function admin(serverUrl: string, statement: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let exitCode = 0;
try {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const runDir = makeThrowawayRunDir("bench-");
    cleanups.push(async () => fs.rmSync(runDir, { recursive: true, force: true }));
    const embedded = await startEmbeddedServerProcess(path.join(runDir, "postgres"));
    cleanups.push(embedded.stop);
    serverUrl = embedded.url;
  }
  const name = `fieldnotes_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  const adminUrl = serverUrl;
  await admin(adminUrl, `create database "${name}"`);
  cleanups.push(() => admin(adminUrl, `drop database if exists "${name}" with (force)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());

  const fillStarted = performance.now();
  const filler = createDatabase(url.toString(), 2);
  for (let start = 0, n = 0; start < students; start += COHORT_SIZE, n++) {
    await createSyntheticCohort(filler.db, {
      students: Math.min(COHORT_SIZE, students - start),
      label: `bench${n}`,
      seed: n + 1,
    });
  }
  // Planner statistics, as a live database has them (see bench.ts).
  await filler.sql`analyze`;
  await filler.sql.end({ timeout: 5 });
  console.log(
    `Filled ${students} students in ${Math.ceil(students / COHORT_SIZE)} cohorts in ${seconds(performance.now() - fillStarted)}.`,
  );

  const smtpPort = await getPort({ port: portNumbers(26500, 26999) });
  const sink = fork(path.join(import.meta.dirname, "smtp-sink.ts"), [String(smtpPort)], {
    execArgv: ["--import", "tsx"],
  });
  cleanups.push(async () => {
    sink.disconnect();
  });
  await new Promise<void>((resolve, reject) => {
    sink.once("message", () => resolve());
    sink.once("exit", (code) => reject(new Error(`the SMTP sink exited (${code})`)));
  });
  const sinkTotals = () =>
    new Promise<{ count: number; bytes: number }>((resolve) => {
      sink.once("message", (message: { count: number; bytes: number }) => resolve(message));
      sink.send("count");
    });

  // The job reads its configuration from the environment, as `npm run digests` does.
  Object.assign(process.env, {
    DATABASE_URL: url.toString(),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_MODE: "smtp",
    // As in production: React's development build renders mail several times slower.
    NODE_ENV: "production",
    APP_URL: "https://fieldnotes.bench.example",
    AUTH_SECRET: randomBytes(32).toString("hex"),
  });
  await import("./allow-server-only");
  const { unsafeRunWeeklyDigestJob } = await import("../lib/data/digests/weekly-job");
  const { closeDb } = await import("../db/client");
  cleanups.push(closeDb);

  const { getEnv } = await import("../lib/env");
  const concurrency = getEnv().DIGEST_SEND_CONCURRENCY;

  // The floor sends what the job sends: one real student digest (its HTML, text and headers), rendered once.
  // It used to send a 2.3 KB stand-in body twice (5.5 KB on the wire) while a digest is ~15 KB on the wire,
  // and every byte costs the SMTP write, nodemailer's dot-stuffing and the server's parse: the floor ran
  // ahead of any job by the size of its message alone.
  const { renderDigest } = await import("../lib/data/internal/digests/content");
  const { isoWeekStart } = await import("../lib/data/internal/digests/queue");
  const sample = await (async () => {
    const reader = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      const ids = await reader<
        { id: string }[]
      >`select id from users where role = 'student' order by id limit 200`;
      for (const { id } of ids) {
        const mail = await renderDigest({
          recipientId: id,
          kind: "student",
          weekStart: isoWeekStart(new Date()),
        });
        if (mail) return mail;
      }
    } finally {
      await reader.end({ timeout: 5 });
    }
    throw new Error("No filled student has a digest to send: nothing to measure the floor with");
  })();

  // The floor: nodemailer alone, pooled, `concurrency` messages in flight, that digest each time.
  const rawTransport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: concurrency,
  });
  cleanups.push(async () => rawTransport.close());
  const from = "Fieldnotes <no-reply@fieldnotes.local>";
  async function messagesPerSecond(count: number, send: (n: number) => Promise<unknown>): Promise<number> {
    const rawStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          next += 1;
          await send(next);
        }
      }),
    );
    return count / ((performance.now() - rawStarted) / 1000);
  }
  const rawMessagesPerSecond = (count: number) =>
    messagesPerSecond(count, (n) =>
      rawTransport.sendMail({
        from,
        to: `raw${n}@bench.example`,
        subject: sample.subject,
        html: sample.html,
        text: sample.text,
        headers: sample.headers,
      }),
    );
  await rawMessagesPerSecond(50); // warm-up: connections open, code paths compiled
  const rawStart = await sinkTotals();
  const rawBefore = await rawMessagesPerSecond(500);
  const rawEnd = await sinkTotals();
  const rawBytes = (rawEnd.bytes - rawStart.bytes) / Math.max(1, rawEnd.count - rawStart.count);

  // `--cpu-prof FILE`: a CPU profile of this process during the job only (not the fill, not raw nodemailer).
  const profiler = values["cpu-prof"] ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
  }
  const before = await sinkTotals();
  const started = performance.now();
  const result = await unsafeRunWeeklyDigestJob({ maxBatches: 100_000 });
  const elapsed = performance.now() - started;
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop");
    fs.writeFileSync(values["cpu-prof"]!, JSON.stringify(profile));
    profiler.disconnect();
  }
  const after = await sinkTotals();
  const received = after.count - before.count;
  const rawAfter = await rawMessagesPerSecond(500);
  const raw = (rawBefore + rawAfter) / 2;
  // For reference, the transport alone: the same digest's bytes as the job composes them, handed to nodemailer
  // ready-made (`raw`), so nothing is composed or encoded per message. No job can come near it.
  const { composeMessage } = await import("../lib/email/send-mail");
  const composed = composeMessage({ ...sample, from }).raw;
  const transportOnly = await messagesPerSecond(500, (n) =>
    rawTransport.sendMail({
      envelope: { from: "no-reply@fieldnotes.local", to: [`bytes${n}@bench.example`] },
      raw: composed,
    }),
  );
  const sentPerSecond = result.sent / (elapsed / 1000);
  console.log(
    `\nDigest job for ${students} students (+ their advisors), SMTP on 127.0.0.1:${smtpPort}, ` +
      `${concurrency} messages in flight (DIGEST_SEND_CONCURRENCY):`,
  );
  console.log(
    `  enqueued ${result.enqueued}, sent ${result.sent}, skipped (nothing to say) ${result.skipped}, ` +
      `retrying ${result.retrying}, failed ${result.failed}; the SMTP server received ${received}`,
  );
  console.log(
    `  total ${seconds(elapsed)}, ${(elapsed / Math.max(1, result.claimed)).toFixed(1)} ms per digest claimed ` +
      `(${(result.claimed / (elapsed / 1000)).toFixed(0)} claimed/s)`,
  );
  console.log(
    `  digests sent ${sentPerSecond.toFixed(0)}/s; raw nodemailer to the same server ${raw.toFixed(0)} messages/s ` +
      `(${rawBefore.toFixed(0)} before, ${rawAfter.toFixed(0)} after)`,
  );
  console.log(
    `  on the wire: ${((after.bytes - before.bytes) / Math.max(1, received) / 1000).toFixed(1)} kB a digest, ` +
      `${(rawBytes / 1000).toFixed(1)} kB a raw message (one of the digests, composed by nodemailer)`,
  );
  console.log(
    `  ratio ${(sentPerSecond / raw).toFixed(2)} (target ≥ 0.50: ${sentPerSecond / raw >= 0.5 ? "met" : "NOT met"})`,
  );
  console.log(
    `  for reference, nodemailer handed the job's composed bytes (no composing): ${transportOnly.toFixed(0)} ` +
      `messages/s; the job ${(sentPerSecond / transportOnly).toFixed(2)} of it`,
  );

  const again = performance.now();
  const receivedBeforeRerun = (await sinkTotals()).count;
  const rerun = await unsafeRunWeeklyDigestJob({ maxBatches: 100_000 });
  const receivedByRerun = (await sinkTotals()).count - receivedBeforeRerun;
  const nothingTwice = rerun.enqueued === 0 && rerun.sent === 0 && receivedByRerun === 0;
  console.log(
    `  a second run: enqueued ${rerun.enqueued}, sent ${rerun.sent}, the SMTP server received ` +
      `${receivedByRerun} in ${seconds(performance.now() - again)} ` +
      `(${nothingTwice ? "nothing twice" : "SENT AGAIN"})`,
  );
  if (!nothingTwice) exitCode = 1;
} catch (error) {
  console.error("bench:digests failed:", error);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
