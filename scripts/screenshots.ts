/**
 * `npm run screenshots`: pictures of the main pages of the demo, as its three kinds of user see them, on a
 * phone (390 px) and a laptop (1280 px), written to ./screenshots (git-ignored). Also fails when a page
 * scrolls sideways or axe finds a WCAG 2.2 AA problem on it.
 *
 * `npm run screenshots -- --readme`: the README's pictures instead, into docs/screenshots/ (committed): a
 * few main pages, the first screenful only (what a reader sees first, and a few dozen KB each), at 1280 px
 * and some at 390 px. Rerun it after changing a page; the README links these files by name.
 *
 * With SCREENSHOT_BASE_URL it uses an app already running there (the demo's accounts and local mailbox);
 * without, it starts `npm start` itself on PORT (default 3100) with its own DATA_DIR, and stops it after.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "@playwright/test";

const README_MODE = process.argv.includes("--readme");
const OUT_DIR = path.resolve(
  process.env.SCREENSHOT_DIR ?? (README_MODE ? "docs/screenshots" : "screenshots"),
);
/** The README's pictures: page name → the widths it is shown at. */
const README_SHOTS: Record<string, number[]> = {
  "sign-in": [1280],
  mailbox: [1280],
  "new-student-home": [1280],
  "student-home": [1280, 390],
  "student-contact": [1280, 390],
  "student-interview": [1280],
  "advisor-dashboard": [1280],
  "admin-overview": [1280],
};
/** Whether this page at this width is taken in this run. */
function wanted(name: string, width: number) {
  return !README_MODE || (README_SHOTS[name]?.includes(width) ?? false);
}
const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 800 },
] as const;

type Shot = { name: string; path: string | ((page: Page) => Promise<string>) };

// Each user's pages, in the order they would visit them. A function finds a page reached through a link.
const USERS: { email: string; shots: Shot[] }[] = [
  // The demo spreads its students over the six steps: Amara has just started, Farah is well ahead.
  { email: "amara.okafor@uni.example", shots: [{ name: "new-student-home", path: "/home" }] },
  {
    email: "farah.haddad@uni.example",
    shots: [
      { name: "student-home", path: "/home" },
      { name: "student-research", path: "/research" },
      { name: "student-contacts", path: "/contacts" },
      {
        name: "student-contact",
        path: (page) => firstHref(page, "/contacts", /^\/contacts\/[0-9a-f-]{36}$/),
      },
      { name: "student-prepare", path: "/prepare" },
      { name: "student-interviews", path: "/interviews" },
      {
        name: "student-interview",
        path: (page) => firstHref(page, "/interviews", /^\/interviews\/[0-9a-f-]{36}$/),
      },
      { name: "student-outcomes", path: "/outcomes" },
    ],
  },
  {
    email: "maria.alvarez@uni.example",
    shots: [
      { name: "advisor-cohorts", path: "/advisor" },
      {
        name: "advisor-dashboard",
        path: (page) => firstHref(page, "/advisor", /^\/advisor\/cohorts\/[0-9a-f-]{36}$/),
      },
      {
        name: "advisor-student",
        path: async (page) =>
          firstHref(
            page,
            await firstHref(page, "/advisor", /^\/advisor\/cohorts\/[0-9a-f-]{36}$/),
            /^\/advisor\/students\/[0-9a-f-]{36}$/,
          ),
      },
      {
        name: "advisor-nudge",
        path: async (page) =>
          firstHref(
            page,
            await firstHref(page, "/advisor", /^\/advisor\/cohorts\/[0-9a-f-]{36}$/),
            /^\/advisor\/cohorts\/[0-9a-f-]{36}\/nudge\?/,
          ),
      },
      {
        name: "advisor-term-report",
        path: async (page) =>
          `${await firstHref(page, "/advisor", /^\/advisor\/cohorts\/[0-9a-f-]{36}$/)}/report`,
      },
    ],
  },
  {
    email: "admin@uni.example",
    shots: [
      { name: "admin-overview", path: "/admin" },
      { name: "admin-people", path: "/admin/people" },
      { name: "admin-audit", path: "/admin/audit" },
    ],
  },
];

async function firstHref(page: Page, from: string, pattern: RegExp) {
  await page.goto(from);
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const href = hrefs.find((candidate) => candidate && pattern.test(candidate));
  if (!href) throw new Error(`no link matching ${pattern} on ${from}`);
  return href;
}

/** The demo's sign-in: request a link, read it in the local mailbox, confirm. */
async function signIn(page: Page, email: string) {
  // The demo's data folder outlives a run: an earlier run's (used) links are already in the mailbox.
  const mailbox = `/mailbox?to=${encodeURIComponent(email)}`;
  const messages = page.getByRole("article", { name: `to ${email}` });
  await page.goto(mailbox);
  const before = await messages.count();
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.waitForURL(/\/sign-in\/check-email$/);
  // The link is mailed after the answer: reload the recipient's mailbox until it is there (newest first).
  const message = messages.first();
  for (let tries = 0; ; tries++) {
    await page.goto(mailbox);
    if ((await messages.count()) > before) break;
    if (tries === 40) throw new Error(`no mail to ${email} in the mailbox after 20 s`);
    await page.waitForTimeout(500);
  }
  const href = await message.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error(`no sign-in link for ${email} in the mailbox`);
  await page.goto(href);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** WCAG 2.2 AA problems axe finds on the page as it stands, one line each. */
async function axeProblems(page: Page, options: { skipFrames?: boolean } = {}) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]);
  // The mailbox shows each mail in a sandboxed frame where no script may run, axe's included: it waits out
  // its frame timeout on every one (minutes for a mailbox of sign-in links). The page around them is checked.
  if (options.skipFrames) builder.exclude("iframe");
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function shootUser(
  browser: Browser,
  baseURL: string,
  user: (typeof USERS)[number],
  problems: string[],
) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, user.email);
  // A page that asks for something the server does not have (a prefetched link to nowhere, a missing asset)
  // looks fine in a screenshot: report it with the page that asked.
  let current = "sign-in";
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${current}: ${response.status()} for ${response.url()}`);
  });
  for (const shot of user.shots) {
    if (!WIDTHS.some((size) => wanted(shot.name, size.width))) continue;
    const target = typeof shot.path === "string" ? shot.path : await shot.path(page);
    for (const size of WIDTHS) {
      if (!wanted(shot.name, size.width)) continue;
      await page.setViewportSize({ width: size.width, height: size.height });
      current = `${shot.name} at ${size.width} px`;
      await page.goto(target);
      await page.waitForLoadState("networkidle");
      const file = path.join(OUT_DIR, `${shot.name}-${size.width}.png`);
      await page.screenshot({ path: file, fullPage: !README_MODE });
      console.log(`  ${path.relative(process.cwd(), file)}`);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) problems.push(`${shot.name} at ${size.width} px scrolls sideways by ${overflow} px`);
      for (const problem of await axeProblems(page))
        problems.push(`${shot.name} at ${size.width} px: ${problem}`);
    }
  }
  // The phone's menu, open, once per kind of user.
  if (README_MODE) return context.close();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(typeof user.shots[0]!.path === "string" ? user.shots[0]!.path : "/");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("dialog").waitFor();
  const menuFile = path.join(OUT_DIR, `${user.shots[0]!.name.replace(/-[a-z]+$/, "")}-menu-390.png`);
  await page.screenshot({ path: menuFile });
  console.log(`  ${path.relative(process.cwd(), menuFile)}`);
  await context.close();
}

/** The pages anyone sees before signing in. */
async function shootPublic(browser: Browser, baseURL: string, problems: string[]) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  for (const size of WIDTHS) {
    if (!wanted("sign-in", size.width)) continue;
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/sign-in");
    const file = path.join(OUT_DIR, `sign-in-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: !README_MODE });
    console.log(`  ${path.relative(process.cwd(), file)}`);
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) problems.push(`sign-in at ${size.width} px scrolls sideways by ${overflow} px`);
  }
  await context.close();
}

/** The demo's local mailbox with the sign-in links the run asked for, designed mail beside its text part. */
async function shootMailbox(browser: Browser, baseURL: string, problems: string[]) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  for (const size of WIDTHS) {
    if (!wanted("mailbox", size.width)) continue;
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`/mailbox?to=${encodeURIComponent(USERS[1]!.email)}`);
    await page.waitForLoadState("networkidle");
    const file = path.join(OUT_DIR, `mailbox-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: !README_MODE });
    console.log(`  ${path.relative(process.cwd(), file)}`);
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) problems.push(`mailbox at ${size.width} px scrolls sideways by ${overflow} px`);
    for (const problem of await axeProblems(page, { skipFrames: true }))
      problems.push(`mailbox at ${size.width} px: ${problem}`);
  }
  await context.close();
}

async function startDemo(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: process.env.DATA_DIR ?? ".data/screenshots" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code} before it was ready`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (/Fieldnotes is running at/.test(chunk.toString())) resolve();
    });
  });
  return child;
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const port = Number(process.env.PORT ?? 3100);
  const server = process.env.SCREENSHOT_BASE_URL ? undefined : await startDemo(port);
  const baseURL = process.env.SCREENSHOT_BASE_URL ?? `http://localhost:${port}`;
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const problems: string[] = [];
  try {
    console.log("signed out");
    await shootPublic(browser, baseURL, problems);
    for (const user of USERS) {
      console.log(user.email);
      await shootUser(browser, baseURL, user, problems);
    }
    console.log("mailbox");
    await shootMailbox(browser, baseURL, problems);
  } finally {
    await browser.close();
    // The demo runs in its own process group (detached): stop the whole group, by its id.
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  }
  if (problems.length > 0) {
    console.error(`\nLayout problems:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`\nWrote screenshots to ${path.relative(process.cwd(), OUT_DIR)}/`);
}

await main();
