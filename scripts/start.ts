/**
 * `npm start` / `npm run dev`. Without DATABASE_URL: starts the embedded PostgreSQL server (data in
 * DATA_DIR, default ./.data), migrates, seeds the demo on first start, and runs Next against it. With
 * DATABASE_URL: runs Next against that server (apply migrations first with `npm run db:migrate`).
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "../db/client";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../db/embedded";
import { DataDirUnreachableError } from "../db/embedded-data-dir";
import { migrateDatabase } from "../db/migrate";
import { DEMO_DOMAIN, seedDemoIfEmpty } from "../db/seed";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let stopDatabase: (() => Promise<void>) | undefined;

function readOrCreateSecret(file: string) {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

if (!env.DATABASE_URL) {
  const dataDir = path.resolve(env.DATA_DIR ?? ".data");
  fs.mkdirSync(dataDir, { recursive: true });
  console.log(`Starting the embedded PostgreSQL server (data in ${dataDir})…`);
  const server = await startEmbeddedPostgres(path.join(dataDir, "postgres")).catch((error: unknown) => {
    if (!(error instanceof DataDirUnreachableError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  });
  stopDatabase = server.stop;
  await createDatabaseIfMissing(server.url("postgres"), "fieldnotes");
  const url = server.url("fieldnotes");
  await migrateDatabase(url);
  const { db, sql } = createDatabase(url, 1);
  if (await seedDemoIfEmpty(db))
    console.log("Seeded the demo: an admin, two advisors, two cohorts, 25 students.");
  await sql.end();
  Object.assign(env, {
    DATABASE_URL: url,
    FIELDNOTES_EMBEDDED: "1",
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateSecret(path.join(dataDir, "auth-secret")),
  });
}
env.APP_URL ??= `http://localhost:${port}`;

const nextBin = path.resolve("node_modules/next/dist/bin/next");
if (!dev && !fs.existsSync(".next/BUILD_ID")) {
  console.log("No production build yet: running `next build` once…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    await stopDatabase?.();
    process.exit(build.status ?? 1);
  }
}

const next = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
  stdio: ["inherit", "pipe", "inherit"],
  env,
});
let announced = false;
next.stdout.on("data", (chunk: Buffer) => {
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

// The embedded demo sends its own weekly digests: a timer in this process (never on a request path), every
// 15 minutes; the job is idempotent, so the frequent runs only catch each user's weekday and retries.
const DIGEST_INTERVAL_MS = 15 * 60_000;
let digestTimer: NodeJS.Timeout | undefined;
let stopDigests: (() => Promise<void>) | undefined;
if (env.FIELDNOTES_EMBEDDED) {
  Object.assign(process.env, env);
  await import("./allow-server-only");
  const { unsafeRunWeeklyDigestJob } = await import("../lib/data/digests/weekly-job");
  const { closeDb } = await import("../db/client");
  let running: Promise<void> | undefined;
  const runDigests = () => {
    running ??= unsafeRunWeeklyDigestJob()
      .then((r) => {
        if (r.claimed > 0)
          console.log(`  Digests: ${r.sent} sent, ${r.retrying} to retry, ${r.failed} failed`);
      })
      .catch((error: unknown) => console.error("  Digests: the job failed:", error))
      .finally(() => {
        running = undefined;
      });
  };
  digestTimer = setInterval(runDigests, DIGEST_INTERVAL_MS);
  digestTimer.unref();
  setTimeout(runDigests, 60_000).unref();
  stopDigests = async () => {
    await running;
    await closeDb();
  };
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  clearInterval(digestTimer);
  if (next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await stopDigests?.();
  await stopDatabase?.();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
next.on("exit", (code) => void shutdown(code ?? 0));
