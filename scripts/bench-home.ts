/**
 * `npm run bench:home [-- --contacts 200 --runs 20 --warmup 5]`: how long a student's home takes to render
 * with many contacts, next to the advisor's "My cohorts" on the same server (issue 10's target: home at
 * 200 contacts ≥ 0.7× its requests per second). Figures, not a test: nothing fails on a slow answer.
 *
 * Self-contained, like bench-dashboard.ts: its own database, a student with `contacts` people and a term of
 * outreach, interviews and thank-yous, `next start` from the existing build, both pages requested
 * alternately, one at a time. Needs a build: run `npx next build` first.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import getPort, { portNumbers } from "get-port";
import postgres from "postgres";
import { createDatabase } from "../db/client";
import { makeThrowawayRunDir } from "../db/embedded-data-dir";
import { startEmbeddedServerProcess } from "../db/embedded-process";
import { migrateDatabase } from "../db/migrate";
import {
  cohorts,
  contacts,
  followUps,
  interviews,
  outreachAttempts,
  sessions,
  users,
} from "../db/schema/index";
import { createSyntheticCohort } from "../db/synthetic-cohort";
import { startAppServer } from "../e2e/setup/app-servers";

const BUILD_ID = ".next/BUILD_ID";
const HOME_SOURCE = "app/(student)/home/page.tsx";
/** Auth.js's database-session cookie on plain http. */
const SESSION_COOKIE = "authjs.session-token";
const DAY_MS = 86_400_000;

const { values } = parseArgs({
  options: {
    contacts: { type: "string", default: "200" },
    runs: { type: "string", default: "20" },
    warmup: { type: "string", default: "5" },
  },
});
const wholeNumber = (name: string, value: string | undefined, min: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number ≥ ${min}, got ${value}`);
    process.exit(1);
  }
  return n;
};
const contactCount = wholeNumber("contacts", values.contacts, 1);
const runs = wholeNumber("runs", values.runs, 1);
const warmup = wholeNumber("warmup", values.warmup, 0);

if (!fs.existsSync(BUILD_ID)) {
  console.error(
    "No production build in .next: run `npx next build` first, then run this benchmark again.\n" +
      "(It measures `next start`, so it never builds by itself.)",
  );
  process.exit(1);
}
if (fs.existsSync(HOME_SOURCE) && fs.statSync(HOME_SOURCE).mtimeMs > fs.statSync(BUILD_ID).mtimeMs) {
  console.warn(
    `Warning: ${HOME_SOURCE} changed after the last build; run \`npx next build\` for current figures.`,
  );
}

// Undone in reverse order, whatever happens.
const cleanups: { label: string; run: () => Promise<void> }[] = [];
async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup.run();
    } catch (error) {
      console.error(`Could not ${cleanup.label}:`, error);
    }
  }
}
process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(serverUrl: string, statement: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

type Timing = { ttfb: number; total: number; bytes: number };

/** One GET with the session cookie: time to the response's headers, and to the end of its body. */
async function timedGet(url: string, cookie: string, mustContain?: string): Promise<Timing> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const ttfb = performance.now() - start;
  const body = await response.text();
  const total = performance.now() - start;
  if (response.status !== 200) {
    const where = response.headers.get("location");
    throw new Error(`${url} answered ${response.status}${where ? ` → ${where}` : ""}`);
  }
  if (mustContain && !body.includes(mustContain)) {
    throw new Error(`${url} answered 200 without "${mustContain}": not the page expected`);
  }
  return { ttfb, total, bytes: Buffer.byteLength(body) };
}

function stats(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  // Nearest rank: the smallest value at or above 95 % of the samples.
  const p95 = sorted[Math.ceil(0.95 * n) - 1]!;
  return { median, p95, max: sorted[n - 1]! };
}

let logFile: string | undefined;
try {
  const started = performance.now();
  const runDir = makeThrowawayRunDir("bench-");
  cleanups.push({
    label: `remove ${runDir}`,
    run: async () => fs.rmSync(runDir, { recursive: true, force: true }),
  });

  let serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    console.log(`Using the PostgreSQL server of DATABASE_URL (${new URL(serverUrl).host}).`);
  } else {
    console.log("DATABASE_URL is unset: starting an embedded PostgreSQL server…");
    const embedded = await startEmbeddedServerProcess(path.join(runDir, "postgres"));
    cleanups.push({ label: "stop the embedded PostgreSQL server", run: embedded.stop });
    serverUrl = embedded.url;
  }

  const name = `fieldnotes_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `create database "${name}"`);
  const adminUrl = serverUrl;
  cleanups.push({
    label: `drop database ${name}`,
    // FORCE (PostgreSQL 13+) ends whatever connection the stopped server left behind.
    run: () => admin(adminUrl, `drop database if exists "${name}" with (force)`),
  });
  const url = withDatabase(serverUrl, name);
  await migrateDatabase(url);

  const fillStarted = performance.now();
  const { db, sql } = createDatabase(url, 2);
  const { cohortName, studentToken, advisorToken } = await (async () => {
    try {
      const synthetic = await createSyntheticCohort(db, { students: 1, label: "bench" });
      const [student] = await db
        .insert(users)
        .values({ email: "student.bench@synthetic.example", name: "Bench Student", role: "student" })
        .returning({ id: users.id });
      await fillStudent(db, student!.id, contactCount);
      const token = async (userId: string) => {
        const sessionToken = randomBytes(32).toString("hex");
        await db.insert(sessions).values({ sessionToken, userId, expires: new Date(Date.now() + DAY_MS) });
        return sessionToken;
      };
      const [cohort] = await db
        .select({ name: cohorts.name })
        .from(cohorts)
        .where(eq(cohorts.id, synthetic.cohortId));
      console.log(`Filled ${contactCount} contacts in ${seconds(performance.now() - fillStarted)}.`);
      return {
        cohortName: cohort!.name,
        studentToken: await token(student!.id),
        advisorToken: await token(synthetic.advisorId),
      };
    } finally {
      await sql.end({ timeout: 5 });
    }
  })();

  const port = await getPort({ port: portNumbers(23000, 23999) });
  const appUrl = `http://localhost:${port}`;
  console.log(`Starting \`next start\` on ${appUrl}…`);
  const server = await startAppServer({
    name: "bench",
    port,
    env: {
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      APP_URL: appUrl,
      MAIL_MODE: "mailbox",
    },
    logFile: (logFile = path.join(runDir, "logs", "next.log")),
  });
  cleanups.push({ label: "stop the app server", run: server.stop });

  const pages = [
    {
      label: "student home",
      path: "/home",
      mustContain: "Your six steps",
      cookie: `${SESSION_COOKIE}=${studentToken}`,
    },
    {
      label: "my cohorts",
      path: "/advisor",
      mustContain: cohortName,
      cookie: `${SESSION_COOKIE}=${advisorToken}`,
    },
  ];
  for (let i = 0; i < warmup; i++) {
    for (const page of pages) await timedGet(appUrl + page.path, page.cookie, page.mustContain);
  }
  const timings = pages.map(() => [] as Timing[]);
  for (let i = 0; i < runs; i++) {
    // Alternately, so a hiccup of the machine lands on both pages alike.
    for (const [n, page] of pages.entries()) {
      timings[n]!.push(await timedGet(appUrl + page.path, page.cookie, page.mustContain));
    }
  }

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `\n${contactCount} contacts, ${runs} requests per page, alternately, after ${warmup} warm-up round${warmup === 1 ? "" : "s"}.\n` +
      "Response time: from sending the request to the last byte of the HTML; first byte: to the headers.\n",
  );
  const table = [
    ["page", "median", "p95", "max", "first byte (median)", "size"],
    ...pages.map((page, n) => {
      const total = stats(timings[n]!.map((t) => t.total));
      const ttfb = stats(timings[n]!.map((t) => t.ttfb));
      const bytes = stats(timings[n]!.map((t) => t.bytes));
      return [
        `${page.label} ${page.path}`,
        ms(total.median),
        ms(total.p95),
        ms(total.max),
        ms(ttfb.median),
        kb(bytes.median),
      ];
    }),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) {
    console.log(
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!)))
        .join("   "),
    );
  }
  const [home, cohortsPage] = timings.map((t) => stats(t.map((x) => x.total)).median);
  // One request at a time: requests per second are the inverse of the response time.
  console.log(
    `\nHome's requests per second as a share of My cohorts': ${(cohortsPage! / home!).toFixed(2)}×`,
  );
  console.log(`\nDone in ${seconds(performance.now() - started)}.`);
} catch (error) {
  console.error(error);
  if (logFile && fs.existsSync(logFile)) {
    console.error(
      `\nThe server's log, last lines:\n${fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n")}`,
    );
  }
  process.exitCode = 1;
} finally {
  await cleanUp();
}

/** A term of work: every contact written to, two in three answered and met, half of those thanked. */
async function fillStudent(db: ReturnType<typeof createDatabase>["db"], studentId: string, n: number) {
  const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
  const people = await db
    .insert(contacts)
    .values(
      Array.from({ length: n }, (_, i) => ({
        studentId,
        name: `Person ${i}`,
        keepInTouchCadence: "quarterly" as const,
      })),
    )
    .returning({ id: contacts.id });
  await db.insert(outreachAttempts).values(
    people.map((c, i) => ({
      studentId,
      contactId: c.id,
      sentOn: day(-10 - (i % 60)),
      channel: "email" as const,
      reply: i % 3 === 0 ? ("none" as const) : ("replied" as const),
    })),
  );
  const met = await db
    .insert(interviews)
    .values(
      people
        .filter((_, i) => i % 3 !== 0)
        .map((c, i) => ({
          studentId,
          contactId: c.id,
          startsAt: new Date(Date.now() - (2 + (i % 50)) * DAY_MS),
          timeZone: "UTC",
          format: "video" as const,
          status: "completed" as const,
        })),
    )
    .returning({ id: interviews.id, contactId: interviews.contactId });
  await db.insert(followUps).values(
    met
      .filter((_, i) => i % 2 === 0)
      .map((m) => ({
        studentId,
        contactId: m.contactId,
        interviewId: m.id,
        kind: "thank_you" as const,
        sentOn: day(-1),
        channel: "email" as const,
      })),
  );
}
