import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { sessions } from "@/db/schema/auth";
import { SESSION_COOKIE, setRequestCookie } from "../setup/next-request";

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

/** A database session as Auth.js would store it after sign-in; returns the cookie value (the token). */
export async function createSession(userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  await getDb()
    .insert(sessions)
    .values({ sessionToken, userId, expires: new Date(Date.now() + THIRTY_DAYS_MS) });
  return sessionToken;
}

/**
 * Makes the current test's request carry a session for this user, so `auth()` and server actions see
 * them as signed in. Lasts until the end of the test (per-file.ts resets the request before each one).
 */
export async function signInAs(userId: string) {
  const token = await createSession(userId);
  setRequestCookie(SESSION_COOKIE, token);
  return token;
}
