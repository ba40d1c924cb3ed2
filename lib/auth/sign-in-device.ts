import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The remembered-device cookie (the "device cookie" defence against lockout, OWASP): set when an email link
 * signs someone in, it proves this browser once held a link to that address. A request carrying it skips the
 * per-address mail cap, so a flood of requests for someone's address from elsewhere never stops them getting
 * a link on their own device. The value is a MAC of the address under AUTH_SECRET: it names no address and
 * cannot be made for one without signing in to it.
 */
export const SIGN_IN_DEVICE_COOKIE = "fieldnotes.sign-in-device";
export const SIGN_IN_DEVICE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export function signInDeviceToken(email: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(`sign-in-device\u0000${email.toLowerCase()}`)
    .digest("base64url");
}

export function isRememberedDevice(cookieValue: string | undefined, email: string, secret: string): boolean {
  if (!cookieValue) return false;
  const given = Buffer.from(cookieValue);
  const expected = Buffer.from(signInDeviceToken(email, secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function signInDeviceCookieOptions(appUrl: string) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: new URL(appUrl).protocol === "https:",
    path: "/",
    maxAge: SIGN_IN_DEVICE_MAX_AGE_SECONDS,
  };
}
