/**
 * `npm run bench:js [-- --port 3440]`: the first-load JavaScript of a few pages of the current build (`next build`
 * first), script by script, as `npm run bench` counts it (every script the HTML loads but noModule polyfills),
 * gzip-compressed as `next start` serves it and brotli-compressed for comparison. Quicker than the whole
 * bench: a small cohort, a busy student, one server, no load. Figures, not a test.
 *
 * The sign-in pages show the floor: they render none of the signed-in frame's client components, so what
 * they load is Next's and React's runtime, the root layout's, and little else (decision 008). Uses the
 * PostgreSQL server of DATABASE_URL, or an embedded one when it is unset, as `npm run bench` does.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import postgres from "postgres";
import { createDatabase } from "../db/client";
import { makeThrowawayRunDir } from "../db/embedded-data-dir";
import { startEmbeddedServerProcess } from "../db/embedded-process";
import { migrateDatabase } from "../db/migrate";
import { sessions } from "../db/schema/index";
import { createSyntheticCohort } from "../db/synthetic-cohort";
import { startAppServer } from "../e2e/setup/app-servers";
import { createBenchStudent } from "./bench-student";

const { values } = parseArgs({ options: { port: { type: "string", default: "3440" } } });
if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `next build` first.");
const runDir = makeThrowawayRunDir("bench-js-");
const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedServerProcess(path.join(runDir, "postgres"));
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;

async function admin(statement: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const name = `fieldnotes_benchjs_${process.pid}_${randomBytes(4).toString("hex")}`;
const url = new URL(serverUrl);
url.pathname = `/${name}`;
await admin(`create database "${name}"`);
let stop: (() => Promise<void>) | undefined;
try {
  await migrateDatabase(url.toString());
  const { db, sql } = createDatabase(url.toString(), 2);
  const session = async (userId: string) => {
    const sessionToken = randomBytes(32).toString("hex");
    await db.insert(sessions).values({ sessionToken, userId, expires: new Date(Date.now() + 86_400_000) });
    return `authjs.session-token=${sessionToken}`;
  };
  const cohort = await createSyntheticCohort(db, { students: 20, label: "js", seed: 1 });
  const student = await createBenchStudent(db, { label: "js", contactCount: 20 });
  const advisorCookie = await session(cohort.advisorId);
  const studentCookie = await session(student.studentId);
  await sql.end({ timeout: 5 });

  const port = Number(values.port);
  const base = `http://localhost:${port}`;
  const server = await startAppServer({
    name: "bench-js",
    port,
    env: {
      DATABASE_URL: url.toString(),
      AUTH_SECRET: randomBytes(32).toString("hex"),
      APP_URL: base,
      MAIL_MODE: "mailbox",
    },
    logFile: path.join(runDir, "server.log"),
  });
  stop = server.stop;

  const pages = [
    { label: "sign-in", path: "/sign-in", cookie: "" },
    { label: "check your email", path: "/sign-in/check-email", cookie: "" },
    { label: "student home", path: "/home", cookie: studentCookie },
    { label: "dashboard", path: `/advisor/cohorts/${cohort.cohortId}`, cookie: advisorCookie },
  ];
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic"],
  });
  try {
    for (const page of pages) {
      const response = await fetch(base + page.path, {
        headers: { cookie: page.cookie },
        redirect: "manual",
      });
      if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
      const body = await response.text();
      if (process.env.DUMP_HTML)
        fs.writeFileSync(path.join(process.env.DUMP_HTML, `${page.label}.html`), body);
      // The same selection as `firstLoadJs` in scripts/bench.ts: the scripts the HTML names.
      const tags = [...body.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\bnomodule\b/i.test(tag));
      const inHtml = new Set(tags.flatMap((tag) => /\bsrc="([^"]+\.js[^"]*)"/.exec(tag)?.[1] ?? []));
      // What a browser fetches before the page is idle: the RSC payload can name chunks the HTML does not
      // (webpack builds load a layout's client chunks that way), and those count as much.
      const context = await browser.newContext();
      if (page.cookie) {
        const [cookieName, cookieValue] = page.cookie.split("=") as [string, string];
        await context.addCookies([{ name: cookieName, value: cookieValue, url: base }]);
      }
      const tab = await context.newPage();
      const fetched = new Set<string>();
      tab.on("response", (r) => {
        if (r.request().resourceType() === "script") fetched.add(new URL(r.url()).pathname);
      });
      await tab.goto(base + page.path, { waitUntil: "networkidle" });
      await context.close();
      const polyfill = (source: string) =>
        tags.some((tag) => tag.includes(source) && /\bnomodule\b/i.test(tag));
      const all = [...new Set([...inHtml, ...fetched])].filter((source) => !polyfill(source));
      const sum = { html: 0, browser: 0, brotli: 0 };
      const rows: string[] = [];
      for (const source of all) {
        const script = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
        const g = zlib.gzipSync(script).length;
        const b = zlib.brotliCompressSync(script).length;
        if (inHtml.has(source)) sum.html += g;
        if (fetched.has(source)) {
          sum.browser += g;
          sum.brotli += b;
        }
        const where = `${inHtml.has(source) ? "html" : "    "} ${fetched.has(source) ? "browser" : "       "}`;
        rows.push(
          `    ${source.replace("/_next/static/chunks/", "").padEnd(48)} ${where} ${kB(script.length).padStart(9)} ` +
            `${kB(g).padStart(9)} ${kB(b).padStart(9)}`,
        );
      }
      console.log(
        `\n${page.label} (${page.path}): named in the HTML ${kB(sum.html)} gzip (as npm run bench counts); ` +
          `fetched by a browser ${kB(sum.browser)} gzip, ${kB(sum.brotli)} brotli`,
      );
      console.log(
        `    ${"script".padEnd(48)} ${"where".padEnd(12)} ${"raw".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}`,
      );
      for (const row of rows) console.log(row);
    }
  } finally {
    await browser.close();
  }
} finally {
  await stop?.();
  await admin(`drop database if exists "${name}" with (force)`);
  await embedded?.stop();
  fs.rmSync(runDir, { recursive: true, force: true });
}
