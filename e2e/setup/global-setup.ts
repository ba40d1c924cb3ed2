import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import getPort, { portNumbers } from "get-port";
import { makeThrowawayRunDir } from "../../db/embedded-data-dir";
import { startAppServer } from "./app-servers";
import { startOidcServer } from "./oidc-server";
import { RUN_INFO_ENV, type RunInfo } from "./run-info";
import { startSmtpSink } from "./smtp-sink";
import { provisionTestDatabase } from "./test-database";

export const ALLOWED_DOMAIN = "allowed.example";
export const OIDC_NAME = "Test University SSO";

type Cleanup = { label: string; run: () => Promise<void> };
const CLEANUP_TIMEOUT_MS = 15_000;

const holder = globalThis as unknown as { __fieldnotesE2eTeardown?: () => Promise<void> };

// Ports below 32768 (above it the kernel hands out client sockets' ports); a random start within each
// range keeps two runs on one machine from reaching for the same port first.
function freePort(from: number) {
  const start = from + Math.floor(Math.random() * 900);
  return getPort({ port: [...portNumbers(start, from + 999), ...portNumbers(from, start)] });
}

/**
 * Starts everything the journeys need, in order: a migrated database of its own (embedded server, or the
 * one TEST_DATABASE_URL names), an SMTP sink, an OpenID Connect provider, and two `next start` servers
 * from the same build on that database: A keeps mail in the local mailbox, B sends it over SMTP.
 * Whatever was started is stopped again if a later step fails, and by the global teardown.
 */
export default async function globalSetup() {
  const cleanups: Cleanup[] = [];
  const teardown = async () => {
    holder.__fieldnotesE2eTeardown = undefined;
    const steps = cleanups.splice(0).reverse();
    console.log(`e2e teardown: ${steps.map((step) => step.label).join(", ")}`);
    for (const cleanup of steps) {
      // One stuck step (a server that died under Ctrl-C never reports its exit) must not block the rest.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${CLEANUP_TIMEOUT_MS} ms`)),
          CLEANUP_TIMEOUT_MS,
        );
      });
      try {
        await Promise.race([cleanup.run(), timeout]);
      } catch (error) {
        console.error(`e2e teardown: ${cleanup.label} failed:`, error);
      } finally {
        clearTimeout(timer);
      }
    }
  };
  holder.__fieldnotesE2eTeardown = teardown;

  const started = Date.now();
  try {
    const runDir = makeThrowawayRunDir("e2e-");
    cleanups.push({
      label: "remove the run folder",
      run: async () => {
        if (process.env.E2E_KEEP_RUN_DIR === "1") console.log(`e2e: kept ${runDir}`);
        else fs.rmSync(runDir, { recursive: true, force: true });
      },
    });

    // The run folder goes at the end; a failure on CI is only diagnosable from what the servers said.
    cleanups.push({
      label: "print the app servers' errors",
      run: async () => printServerErrors(path.join(runDir, "logs")),
    });

    const database = await provisionTestDatabase(runDir);
    cleanups.push({ label: "drop the test database", run: database.drop });

    const portA = await freePort(24000);
    const portB = await freePort(25000);
    const appA = `http://localhost:${portA}`;
    const appB = `http://localhost:${portB}`;

    const mailDir = path.join(runDir, "mail");
    const smtp = await startSmtpSink(await freePort(26000), mailDir);
    cleanups.push({ label: "stop the SMTP sink", run: smtp.stop });

    const oidc = await startOidcServer({ port: await freePort(27000), redirectOrigins: [appA, appB] });
    cleanups.push({ label: "stop the OIDC provider", run: oidc.stop });

    const cronSecret = randomBytes(24).toString("hex");
    const shared = {
      DATABASE_URL: database.url,
      CRON_SECRET: cronSecret,
      DB_POOL_MAX: "5",
      AUTH_SECRET: randomBytes(32).toString("hex"),
      ALLOWED_EMAIL_DOMAINS: ALLOWED_DOMAIN,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
      OIDC_NAME,
      // Every worker signs in from 127.0.0.1; the per-address limit (default 5) stays as shipped.
      SIGN_IN_LIMIT_PER_IP: "1000",
      // Behind a transaction-pooling PgBouncer (the CI smoke tier) the servers must not prepare statements.
      ...(process.env.DB_PREPARE ? { DB_PREPARE: process.env.DB_PREPARE } : {}),
    };
    // Both at once; each one that did start is registered for stopping even if the other failed.
    const results = await Promise.allSettled([
      startAppServer({
        name: "A",
        port: portA,
        env: { ...shared, APP_URL: appA, MAIL_MODE: "mailbox" },
        logFile: path.join(runDir, "logs", "app-a.log"),
      }),
      startAppServer({
        name: "B",
        port: portB,
        env: { ...shared, APP_URL: appB, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` },
        logFile: path.join(runDir, "logs", "app-b.log"),
      }),
    ]);
    for (const result of results) {
      if (result.status === "fulfilled") {
        const server = result.value;
        cleanups.push({ label: `stop app server ${server.name}`, run: server.stop });
      }
    }
    for (const result of results) if (result.status === "rejected") throw result.reason;

    const info: RunInfo = {
      appA,
      appB,
      databaseUrl: database.url,
      mailDir,
      oidcIssuer: oidc.issuer,
      oidcName: OIDC_NAME,
      allowedDomain: ALLOWED_DOMAIN,
      cronSecret,
    };
    process.env[RUN_INFO_ENV] = JSON.stringify(info);
    const where = process.env.TEST_DATABASE_URL ? "TEST_DATABASE_URL's server" : "an embedded server";
    console.log(
      `e2e: database on ${where}; app A ${appA} (mailbox), app B ${appB} (SMTP :${smtp.port}); ` +
        `OIDC ${oidc.issuer}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
}

const ERROR_LINE = /\b(error|failed|unhandled|exception)\b/i;
const MAX_ERROR_LINES = 60;

/** Prints the lines of each app server's log that report an error (the first 60), or nothing. */
function printServerErrors(logDir: string) {
  if (!fs.existsSync(logDir)) return;
  for (const file of fs.readdirSync(logDir)) {
    const lines = fs.readFileSync(path.join(logDir, file), "utf8").split("\n");
    const errors = lines.filter((line) => ERROR_LINE.test(line));
    if (errors.length === 0) continue;
    console.log(`e2e: ${errors.length} error line(s) in ${file}:`);
    for (const line of errors.slice(0, MAX_ERROR_LINES)) console.log(`  ${line}`);
  }
}

/** Called by global-teardown.ts; also safe to call when setup never ran or already cleaned up. */
export async function runGlobalTeardown() {
  await holder.__fieldnotesE2eTeardown?.();
}
