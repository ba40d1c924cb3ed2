import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { getDb } from "@/db/client";
import { sessions, verificationTokens } from "@/db/schema/index";
import { createUser } from "../factories/users";

const APP = "http://localhost:3000";
const SECRET = process.env.AUTH_SECRET!;

/** A sign-in token as Auth.js stores it (hashed with the secret), for the given address. */
async function storeSignInToken(email: string) {
  const token = `t${Date.now()}${Math.random().toString(36).slice(2)}`;
  await getDb()
    .insert(verificationTokens)
    .values({
      identifier: email,
      token: createHash("sha256").update(`${token}${SECRET}`).digest("hex"),
      expires: new Date(Date.now() + 10 * 60_000),
    });
  return token;
}

function callbackUrl(token: string, email: string) {
  return `${APP}/api/auth/callback/email?${new URLSearchParams({ token, email, callbackUrl: "/home" })}`;
}

function csrfPair(token = "c".repeat(64)) {
  const hash = createHash("sha256").update(`${token}${SECRET}`).digest("hex");
  return { token, cookie: `authjs.csrf-token=${encodeURIComponent(`${token}|${hash}`)}` };
}

function post(url: string, init: { origin?: string; cookie?: string; csrfToken?: string }) {
  const body = new URLSearchParams(init.csrfToken === undefined ? {} : { csrfToken: init.csrfToken });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (init.origin) headers.origin = init.origin;
  if (init.cookie) headers.cookie = init.cookie;
  return POST(new NextRequest(url, { method: "POST", headers, body }));
}

async function sessionsOf(userId: string) {
  return getDb().select().from(sessions).where(eq(sessions.userId, userId));
}

async function tokensFor(email: string) {
  return getDb().select().from(verificationTokens).where(eq(verificationTokens.identifier, email));
}

describe("login CSRF on the email callback", () => {
  it("opening the callback link (GET) only shows the confirm page and consumes nothing", async () => {
    const attacker = await createUser();
    const token = await storeSignInToken(attacker.email);
    const response = await GET(new NextRequest(callbackUrl(token, attacker.email)));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/sign-in/confirm");
    expect(location.searchParams.get("token")).toBe(token);
    expect(await tokensFor(attacker.email)).toHaveLength(1);
    expect(await sessionsOf(attacker.id)).toHaveLength(0);
  });

  it.each([
    ["another origin", { origin: "https://evil.example", withCookie: true, field: "same" }],
    ["no origin", { origin: undefined, withCookie: true, field: "same" }],
    ["no CSRF cookie", { origin: APP, withCookie: false, field: "same" }],
    ["a CSRF field that does not match", { origin: APP, withCookie: true, field: "other" }],
    ["no CSRF field", { origin: APP, withCookie: true, field: "none" }],
  ] as const)("a POST with %s is refused and signs nobody in", async (_label, setup) => {
    const attacker = await createUser();
    const token = await storeSignInToken(attacker.email);
    const csrf = csrfPair();
    const response = await post(callbackUrl(token, attacker.email), {
      origin: setup.origin,
      cookie: setup.withCookie ? csrf.cookie : undefined,
      csrfToken: setup.field === "none" ? undefined : setup.field === "same" ? csrf.token : "d".repeat(64),
    });
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("Confirmation");
    expect(await tokensFor(attacker.email)).toHaveLength(1);
    expect(await sessionsOf(attacker.id)).toHaveLength(0);
  });

  it("a forged CSRF cookie (not signed with the secret) is refused", async () => {
    const user = await createUser();
    const token = await storeSignInToken(user.email);
    const forged = `authjs.csrf-token=${encodeURIComponent(`${"e".repeat(64)}|${"0".repeat(64)}`)}`;
    const response = await post(callbackUrl(token, user.email), {
      origin: APP,
      cookie: forged,
      csrfToken: "e".repeat(64),
    });
    expect(new URL(response.headers.get("location")!).searchParams.get("error")).toBe("Confirmation");
    expect(await sessionsOf(user.id)).toHaveLength(0);
  });

  it("the confirm page's own POST signs the person in and uses the token up", async () => {
    const user = await createUser();
    const token = await storeSignInToken(user.email);
    const csrf = csrfPair();
    const response = await post(callbackUrl(token, user.email), {
      origin: APP,
      cookie: csrf.cookie,
      csrfToken: csrf.token,
    });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location")!, APP).pathname).toBe("/home");
    expect(response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(true);
    expect(await sessionsOf(user.id)).toHaveLength(1);
    expect(await tokensFor(user.email)).toHaveLength(0);
  });
});
