/**
 * `npm run bench [-- --duration 10 --rounds 2 --skip-digests]`: the performance figures of issue 10 in one
 * run, each as a ratio to a baseline measured in the same run on the same machine. Figures, not a test:
 * nothing fails on a slow answer; the targets are printed beside them.
 *
 * 1. Builds (`next build`) when there is no build or a source file is newer than it.
 * 2. Creates a database of its own (on DATABASE_URL's server, or on an embedded PostgreSQL server when it is
 *    unset), fills a 500-student cohort, a 5,000-student cohort and a student with 200 contacts, and gives
 *    each one's user a session.
 * 3. Starts `next start` and drives, with autocannon at 10 connections, in interleaved rounds: "My cohorts"
 *    (/advisor, the baseline: a session and one small query), the 500-student dashboard (served from its kept
 *    model, as while nothing changes), the same dashboard on a second server with the model cache off (every
 *    request computes it afresh), the busy student's home, one of their contacts and one of their interviews.
 *    Prints req/s and p95 per page and as ratios.
 * 4. Times the 5,000-student dashboard, one request at a time, with the cache off and on.
 * 5. Counts the statements each page sends to PostgreSQL (a second server reached through a counting relay).
 * 6. Sums the compressed first-load JavaScript of the student home and the dashboard.
 * 7. Runs `npm run bench:digests` (its own database and SMTP sink).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import getPort, { portNumbers } from "get-port";
import postgres from "postgres";
import { createDatabase } from "../db/client";
import { makeThrowawayRunDir } from "../db/embedded-data-dir";
import { startEmbeddedServerProcess } from "../db/embedded-process";
import { migrateDatabase } from "../db/migrate";
import { sessions } from "../db/schema/index";
import { createSyntheticCohort } from "../db/synthetic-cohort";
import { startAppServer, type AppServer } from "../e2e/setup/app-servers";
import { createBenchStudent } from "./bench-student";
import { startQueryCounter } from "./bench-query-counter";

const SESSION_COOKIE = "authjs.session-token";
const DAY_MS = 86_400_000;
const BUILD_ID = ".next/BUILD_ID";
const SOURCE_DIRS = ["app", "components", "lib", "db"];

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    rounds: { type: "string", default: "2" },
    connections: { type: "string", default: "10" },
    "skip-digests": { type: "boolean", default: false },
    "large-cohort": { type: "string", default: "5000" },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const largeCohort = Number(values["large-cohort"]);

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

const step = (text: string) => console.log(`\n▸ ${text}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function newestSource(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(tsx?|css|mjs)$/.test(entry.name)) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function buildIfNeeded() {
  const built = fs.existsSync(BUILD_ID) ? fs.statSync(BUILD_ID).mtimeMs : 0;
  const newest = Math.max(...SOURCE_DIRS.map(newestSource), fs.statSync("package.json").mtimeMs);
  if (built > newest) {
    console.log("The production build in .next is newer than every source file: using it.");
    return;
  }
  step(
    built === 0
      ? "No production build: running `next build`"
      : "Sources changed since the build: `next build`",
  );
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}

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

type Page = {
  label: string;
  path: string;
  cookie: string;
  mustContain: string;
  /** Served by the second server, whose caches are off (DASHBOARD_CACHE_STUDENTS=0, AGENDA_CACHE_ROWS=0). */
  cacheOff?: boolean;
  /** Issue 10's target for this page, printed beside its figures. */
  target?: string;
};

async function get(base: string, page: Page) {
  const started = performance.now();
  const response = await fetch(base + page.path, { headers: { cookie: page.cookie }, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) {
    throw new Error(`${page.path} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  }
  if (!body.includes(page.mustContain)) {
    throw new Error(`${page.path} answered 200 without "${page.mustContain}": not the page expected`);
  }
  return { ms, body };
}

type Load = { requestsPerSecond: number; p95: number; p50: number; errors: number; requests: number };

/** autocannon for `duration` seconds; p95 from every response's own time (autocannon reports p97.5, not p95). */
async function load(base: string, page: Page, seconds = duration): Promise<Load> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base + page.path, connections, duration: seconds, headers: { cookie: page.cookie } },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  return {
    requestsPerSecond: result.requests.total / seconds,
    p95: at(0.95),
    p50: at(0.5),
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** First-load JavaScript of a page as the browser gets it: every script the HTML loads, gzip-compressed. */
async function firstLoadJs(base: string, page: Page) {
  const { body } = await get(base, page);
  // Scripts marked noModule (Next's polyfills) are skipped by every browser that runs modules.
  const tags = [...body.matchAll(/<script\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /\bsrc="([^"]+\.js[^"]*)"/.exec(tag)?.[1] ?? []))];
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const script = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    raw += script.length;
    gzip += zlib.gzipSync(script).length;
  }
  return { scripts: sources.length, raw, gzip };
}

/**
 * Next's and React's root scripts (build-manifest.json's rootMainFiles), which every page loads before any
 * code of the app's: the part of a budget the app cannot shrink (decision 008).
 */
function frameworkRootScripts() {
  const manifest = JSON.parse(fs.readFileSync(".next/build-manifest.json", "utf8")) as {
    rootMainFiles: string[];
  };
  let gzip = 0;
  for (const file of manifest.rootMainFiles)
    gzip += zlib.gzipSync(fs.readFileSync(path.join(".next", file))).length;
  return { scripts: manifest.rootMainFiles.length, gzip };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function printTable(rows: string[][]) {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) {
    console.log(
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("   "),
    );
  }
}

const logFiles: string[] = [];
try {
  const started = performance.now();
  buildIfNeeded();

  const runDir = makeThrowawayRunDir("bench-");
  cleanups.push({
    label: `remove ${runDir}`,
    run: async () => fs.rmSync(runDir, { recursive: true, force: true }),
  });
  let serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    console.log(`Using the PostgreSQL server of DATABASE_URL (${new URL(serverUrl).host}).`);
  } else {
    step("Starting an embedded PostgreSQL server");
    const embedded = await startEmbeddedServerProcess(path.join(runDir, "postgres"));
    cleanups.push({ label: "stop the embedded PostgreSQL server", run: embedded.stop });
    serverUrl = embedded.url;
  }
  const name = `fieldnotes_bench_${process.pid}_${randomBytes(4).toString("hex")}`;
  await admin(serverUrl, `create database "${name}"`);
  const adminUrl = serverUrl;
  cleanups.push({
    label: `drop database ${name}`,
    run: () => admin(adminUrl, `drop database if exists "${name}" with (force)`),
  });
  const url = withDatabase(serverUrl, name);
  await migrateDatabase(url);

  step(`Filling: a cohort of 500, a cohort of ${largeCohort}, a student with 200 contacts`);
  const fillStarted = performance.now();
  const { db, sql } = createDatabase(url, 2);
  const filled = await (async () => {
    try {
      const cohort = await createSyntheticCohort(db, { students: 500, label: "b500", seed: 1 });
      const large = await createSyntheticCohort(db, { students: largeCohort, label: "b5k", seed: 2 });
      const student = await createBenchStudent(db, { label: "busy" });
      const session = async (userId: string) => {
        const sessionToken = randomBytes(32).toString("hex");
        await db.insert(sessions).values({ sessionToken, userId, expires: new Date(Date.now() + DAY_MS) });
        return `${SESSION_COOKIE}=${sessionToken}`;
      };
      // A database that has just been filled has no planner statistics until autovacuum gets to it (and this
      // machine's PostgreSQL runs with autovacuum off): every estimate would be a few rows, and the dashboard's
      // joins would be planned as nested loops over hundreds of thousands of pairs. A live database has them.
      await sql`analyze`;
      return {
        cohort,
        large,
        student,
        advisorCookie: await session(cohort.advisorId),
        largeAdvisorCookie: await session(large.advisorId),
        studentCookie: await session(student.studentId),
      };
    } finally {
      await sql.end({ timeout: 5 });
    }
  })();
  console.log(`Filled in ${seconds(performance.now() - fillStarted)}.`);

  const pages: Page[] = [
    {
      label: `"My cohorts" /advisor (baseline)`,
      path: "/advisor",
      cookie: filled.advisorCookie,
      mustContain: "My cohorts",
    },
    {
      label: "dashboard, 500 students",
      path: `/advisor/cohorts/${filled.cohort.cohortId}`,
      cookie: filled.advisorCookie,
      mustContain: "Synthetic b500",
      target: "≥ 0.5× req/s, p95 ≤ 3×",
    },
    {
      // The model cache serves the row above from the second request on while nothing changes; this is the
      // price of a request that computes everything again (the first after any write in the cohort).
      label: "dashboard, 500 students, cache off",
      path: `/advisor/cohorts/${filled.cohort.cohortId}`,
      cookie: filled.advisorCookie,
      mustContain: "Synthetic b500",
      cacheOff: true,
    },
    {
      label: "student home, 200 contacts",
      path: "/home",
      cookie: filled.studentCookie,
      mustContain: "Busy Student",
      target: "≥ 0.7× req/s",
    },
    {
      // The agenda's rows are kept per student from the second request on while they do not change; this is
      // the price of a request that reads and builds them again (the first after any write of the student's).
      label: "student home, 200 contacts, cache off",
      path: "/home",
      cookie: filled.studentCookie,
      mustContain: "Busy Student",
      cacheOff: true,
    },
    {
      label: "contact page",
      path: `/contacts/${filled.student.contactId}`,
      cookie: filled.studentCookie,
      mustContain: "Contact ",
      target: "≥ 0.7× req/s",
    },
    {
      label: "interview page",
      path: `/interviews/${filled.student.interviewId}`,
      cookie: filled.studentCookie,
      mustContain: "Contact ",
      target: "≥ 0.7× req/s",
    },
  ];
  const largeDashboard: Page = {
    label: `dashboard, ${largeCohort} students`,
    path: `/advisor/cohorts/${filled.large.cohortId}`,
    cookie: filled.largeAdvisorCookie,
    mustContain: "Synthetic b5k",
  };

  const startServer = async (label: string, databaseUrl: string, env: Record<string, string> = {}) => {
    const port = await getPort({ port: portNumbers(23000, 23999) });
    const logFile = path.join(runDir, "logs", `${label}.log`);
    logFiles.push(logFile);
    const server: AppServer = await startAppServer({
      name: label,
      port,
      env: {
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: randomBytes(32).toString("hex"),
        APP_URL: `http://localhost:${port}`,
        MAIL_MODE: "mailbox",
        ...env,
      },
      logFile,
    });
    cleanups.push({ label: `stop app server ${label}`, run: server.stop });
    return { server, base: `http://localhost:${port}` };
  };

  step("Starting `next start`");
  const app = await startServer("bench", url);
  const cacheOffApp = await startServer("bench-cache-off", url, {
    DASHBOARD_CACHE_STUDENTS: "0",
    AGENDA_CACHE_ROWS: "0",
  });
  const baseOf = (page: Page) => (page.cacheOff ? cacheOffApp.base : app.base);
  // Warm-up: compile-on-first-use caches, the database's buffers, the JIT.
  for (let i = 0; i < 3; i++) for (const page of [...pages, largeDashboard]) await get(baseOf(page), page);
  // Then each page under the same load as measured: a few requests warm neither the JIT's optimised code nor
  // the pool's connections (each opened on first use, each preparing its statements and reaching PostgreSQL's
  // generic plan after five runs). Without this the first page measured, the baseline, ran cold in round 1
  // (145 against 210 req/s in round 2) and every round-1 ratio came out high.
  step(`Warm-up: ${connections} connections, 3 s per page`);
  for (const page of pages) await load(baseOf(page), page, 3);

  step(`Load: ${connections} connections, ${duration} s per page, ${rounds} interleaved rounds`);
  const results = pages.map(() => [] as Load[]);
  for (let round = 1; round <= rounds; round++) {
    for (const [n, page] of pages.entries()) {
      const result = await load(baseOf(page), page);
      results[n]!.push(result);
      console.log(
        `  round ${round}  ${page.label.padEnd(36)} ${result.requestsPerSecond.toFixed(1).padStart(7)} req/s  ` +
          `p95 ${result.p95.toFixed(0).padStart(5)} ms${result.errors ? `  (${result.errors} errors)` : ""}`,
      );
    }
  }

  step(`${largeDashboard.label}: one request at a time, cache off and on, interleaved`);
  const largeTimes: number[] = [];
  const largeKeptTimes: number[] = [];
  let largeBytes = 0;
  for (let i = 0; i < 7; i++) {
    const { ms, body } = await get(cacheOffApp.base, largeDashboard);
    largeTimes.push(ms);
    largeBytes = Buffer.byteLength(body);
    largeKeptTimes.push((await get(app.base, largeDashboard)).ms);
  }
  const pageBytes = new Map<string, number>();
  for (const page of pages)
    pageBytes.set(page.label, Buffer.byteLength((await get(baseOf(page), page)).body));

  step("First-load JavaScript");
  const js = {
    home: await firstLoadJs(app.base, pages[3]!),
    dashboard: await firstLoadJs(app.base, pages[1]!),
    framework: frameworkRootScripts(),
  };
  await app.server.stop();
  await cacheOffApp.server.stop();

  step("Query counts (a second server, through a relay that counts statements)");
  const database = new URL(url);
  const counter = await startQueryCounter({ host: database.hostname, port: Number(database.port || 5432) });
  cleanups.push({ label: "stop the query counter", run: counter.stop });
  const counted = new URL(url);
  counted.hostname = "127.0.0.1";
  counted.port = String(counter.port);
  const countingApp = await startServer("counting", counted.toString());
  const queries = new Map<string, number>();
  for (const page of [...pages, largeDashboard]) {
    await get(countingApp.base, page);
    const before = counter.count();
    await get(countingApp.base, page);
    queries.set(page.path, counter.count() - before);
  }
  await countingApp.server.stop();

  // The figures.
  const baseline = results[0]!;
  const total = (list: Load[]) => ({
    requestsPerSecond: median(list.map((r) => r.requestsPerSecond)),
    p95: median(list.map((r) => r.p95)),
  });
  const base = total(baseline);
  console.log(
    `\n== Pages under load (median of ${rounds} rounds; ratios against the baseline's median, same run) ==\n`,
  );
  printTable([
    ["page", "req/s", "ratio", "p95", "ratio", "per-round req/s ratio", "HTML", "queries", "target"],
    ...pages.map((page, n) => {
      const t = total(results[n]!);
      const perRound = results[n]!.map((r, i) =>
        (r.requestsPerSecond / baseline[i]!.requestsPerSecond).toFixed(2),
      );
      return [
        page.label,
        t.requestsPerSecond.toFixed(1),
        n === 0 ? "1" : (t.requestsPerSecond / base.requestsPerSecond).toFixed(2),
        `${t.p95.toFixed(0)} ms`,
        n === 0 ? "1" : (t.p95 / base.p95).toFixed(2),
        perRound.join(" / "),
        `${((pageBytes.get(page.label) ?? 0) / 1024).toFixed(0)} KB`,
        String(queries.get(page.path) ?? "?"),
        page.target ?? "",
      ];
    }),
  ]);
  console.log(`\n== ${largeDashboard.label}, alone ==\n`);
  console.log(
    `  cache off: median ${median(largeTimes).toFixed(0)} ms, slowest ${Math.max(...largeTimes).toFixed(0)} ms over ` +
      `${largeTimes.length} requests; HTML ${(largeBytes / 1024).toFixed(0)} KB; ` +
      `${queries.get(largeDashboard.path)} queries (target: under 1 s; queries as for 500)`,
  );
  console.log(
    `  model kept: median ${median(largeKeptTimes).toFixed(0)} ms, slowest ` +
      `${Math.max(...largeKeptTimes).toFixed(0)} ms`,
  );
  console.log("\n== First-load JavaScript (every script the page's HTML loads, gzip) ==\n");
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  printTable([
    ["page", "scripts", "compressed", "uncompressed", "above the framework", "budget"],
    [
      "Next + React root scripts",
      String(js.framework.scripts),
      kB(js.framework.gzip),
      "",
      "",
      "(decision 008)",
    ],
    [
      "student home",
      String(js.home.scripts),
      kB(js.home.gzip),
      kB(js.home.raw),
      kB(js.home.gzip - js.framework.gzip),
      "≤ 15 kB above the framework (issue: ≤ 130 kB total)",
    ],
    [
      "cohort dashboard",
      String(js.dashboard.scripts),
      kB(js.dashboard.gzip),
      kB(js.dashboard.raw),
      kB(js.dashboard.gzip - js.framework.gzip),
      "≤ 180 kB",
    ],
  ]);
  await cleanUp();

  if (!values["skip-digests"]) {
    step("Digests: `npm run bench:digests`");
    const digests = spawnSync("npm", ["run", "--silent", "bench:digests"], { stdio: "inherit" });
    if (digests.status !== 0) process.exitCode = digests.status ?? 1;
  }
  console.log(`\nDone in ${seconds(performance.now() - started)}.`);
} catch (error) {
  console.error(error);
  for (const logFile of logFiles) {
    if (fs.existsSync(logFile)) {
      console.error(
        `\n${logFile}, last lines:\n${fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n")}`,
      );
    }
  }
  process.exitCode = 1;
} finally {
  await cleanUp();
}
