import { randomBytes } from "node:crypto";
import { test as base, expect, type BrowserContext } from "@playwright/test";
import { eq } from "drizzle-orm";
import { createDatabase, type Database } from "../db/client";
import { sessions, users } from "../db/schema/index";
import type { Role } from "../db/schema/users";
import { readRunInfo, type RunInfo } from "./setup/run-info";

export type TestUser = { id: string; email: string; name: string | null; role: Role; active: boolean };
export type UserInput = { role?: Role; email?: string; name?: string; active?: boolean };

/** Auth.js's database-session cookie on plain http (https would add a `__Secure-` prefix). */
export const SESSION_COOKIE = "authjs.session-token";
const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** Unique across workers and runs; `.test` is reserved, so no real mailbox is ever involved. */
export function uniqueEmail(label: string, domain = "example.test") {
  return `${label}-${randomBytes(5).toString("hex")}@${domain}`;
}

type TestFixtures = {
  createUser: (input?: UserInput) => Promise<TestUser>;
  loginAs: (who: Role | TestUser, context?: BrowserContext) => Promise<TestUser>;
};
type WorkerFixtures = { db: Database; runInfo: RunInfo };

/**
 * Every page our servers render is held to its Content-Security-Policy: a violation (a script or style the
 * policy blocks) fails the test that met it, whether the browser reports it as an event or in the console.
 * Pages of other origins (the OIDC provider) are not ours to judge.
 */
async function failOnCspViolations(context: BrowserContext, ourOrigins: string[], run: () => Promise<void>) {
  const violations: string[] = [];
  const ours = (url: string) => ourOrigins.some((origin) => url.startsWith(origin));
  await context.exposeBinding("__reportCspViolation", ({ page }, report: string) => {
    if (ours(page.url())) violations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (report: string) => void })
        .__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} on ${event.documentURI}`);
    });
  });
  context.on("console", (message) => {
    const where = message.page()?.url() ?? "";
    if (/Content Security Policy/i.test(message.text()) && ours(where)) {
      violations.push(`${message.text()} (on ${where})`);
    }
  });
  await run();
  expect(violations, "Content-Security-Policy violations in the browser").toEqual([]);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  context: async ({ context, runInfo }, provide) => {
    await failOnCspViolations(context, [runInfo.appA, runInfo.appB], () => provide(context));
  },
  runInfo: [
    // Playwright reads a fixture's dependencies from this destructuring pattern: none here.
    async ({}, provide) => {
      await provide(readRunInfo());
    },
    { scope: "worker" },
  ],
  db: [
    async ({ runInfo }, provide) => {
      const { db, sql } = createDatabase(runInfo.databaseUrl, 2);
      await provide(db);
      await sql.end({ timeout: 5 });
    },
    { scope: "worker" },
  ],
  // Pages and `request` default to server A; server B's journeys use absolute URLs.
  baseURL: async ({ runInfo }, provide) => {
    await provide(runInfo.appA);
  },
  createUser: async ({ db }, provide) => {
    await provide(async (input = {}) => {
      const role = input.role ?? "student";
      const tag = randomBytes(3).toString("hex");
      const [row] = await db
        .insert(users)
        .values({
          email: (input.email ?? uniqueEmail(role)).toLowerCase(),
          name: input.name ?? `Test ${role} ${tag}`,
          role,
          active: input.active ?? true,
          emailVerified: new Date(),
        })
        .returning({
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          active: users.active,
        });
      if (!row) throw new Error("createUser: no row returned");
      return row;
    });
  },
  // A database session row plus its cookie for server A's host: the journey starts signed in.
  loginAs: async ({ db, context, createUser, runInfo }, provide) => {
    await provide(async (who, target = context) => {
      const user = typeof who === "string" ? await createUser({ role: who }) : who;
      const sessionToken = randomBytes(32).toString("hex");
      await db
        .insert(sessions)
        .values({ sessionToken, userId: user.id, expires: new Date(Date.now() + THIRTY_DAYS_MS) });
      await target.addCookies([
        {
          name: SESSION_COOKIE,
          value: sessionToken,
          domain: new URL(runInfo.appA).hostname,
          path: "/",
          httpOnly: true,
          sameSite: "Lax",
        },
      ]);
      return user;
    });
  },
});

export { expect };

export async function sessionCount(db: Database, userId: string) {
  return (await db.select({ token: sessions.sessionToken }).from(sessions).where(eq(sessions.userId, userId)))
    .length;
}

export async function findUserByEmail(db: Database, email: string) {
  const [row] = await db
    .select({ id: users.id, role: users.role, name: users.name })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}
