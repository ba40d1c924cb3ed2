/**
 * `npm run bench:digests [-- --students 2000]`: how fast the weekly digest job builds and sends digests for a
 * large instance, against a real SMTP server on this machine, next to raw nodemailer sending to the same
 * server in the same run (the mail floor: the job can never beat it). Figures, not a test. The target is
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
  const receivedBySink = () =>
    new Promise<number>((resolve) => {
      sink.once("message", (message: { count: number }) => resolve(message.count));
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

  // The floor: nodemailer alone, pooled, `concurrency` messages in flight, a digest-sized message each.
  const rawTransport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: concurrency,
  });
  cleanups.push(async () => rawTransport.close());
  const body = "<p>" + "A line of a weekly digest with a link. ".repeat(60) + "</p>";
  async function rawMessagesPerSecond(count: number): Promise<number> {
    const rawStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          next += 1;
          await rawTransport.sendMail({
            from: "Fieldnotes <no-reply@fieldnotes.local>",
            to: `raw${next}@bench.example`,
            subject: "Your week in Fieldnotes",
            html: body,
            text: body,
          });
        }
      }),
    );
    return count / ((performance.now() - rawStarted) / 1000);
  }
  await rawMessagesPerSecond(50); // warm-up: connections open, code paths compiled
  const rawBefore = await rawMessagesPerSecond(500);

  // `--cpu-prof FILE`: a CPU profile of this process during the job only (not the fill, not raw nodemailer).
  const profiler = values["cpu-prof"] ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.start");
  }
  const receivedBefore = await receivedBySink();
  const started = performance.now();
  const result = await unsafeRunWeeklyDigestJob({ maxBatches: 100_000 });
  const elapsed = performance.now() - started;
  if (profiler) {
    const { profile } = await profiler.post("Profiler.stop");
    fs.writeFileSync(values["cpu-prof"]!, JSON.stringify(profile));
    profiler.disconnect();
  }
  const received = (await receivedBySink()) - receivedBefore;
  const rawAfter = await rawMessagesPerSecond(500);
  const raw = (rawBefore + rawAfter) / 2;
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
    `  ratio ${(sentPerSecond / raw).toFixed(2)} (target ≥ 0.50: ${sentPerSecond / raw >= 0.5 ? "met" : "NOT met"})`,
  );

  const again = performance.now();
  const receivedBeforeRerun = await receivedBySink();
  const rerun = await unsafeRunWeeklyDigestJob({ maxBatches: 100_000 });
  const receivedByRerun = (await receivedBySink()) - receivedBeforeRerun;
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
