import { createHmac, timingSafeEqual } from "node:crypto";

// The token in a mail's unsubscribe link: who and which mail (a weekly digest or the daily reminder), signed so nobody can turn off someone
// else's mail by editing the URL. It never expires: RFC 8058 expects an old mail's link to keep working.
// Rotating AUTH_SECRET invalidates every outstanding link, which is acceptable (the preferences page remains).

export const UNSUBSCRIBE_KINDS = ["student", "advisor", "daily-reminder"] as const;
export type UnsubscribeKind = (typeof UNSUBSCRIBE_KINDS)[number];

/** The mail each kind of link turns off, as the unsubscribe page and the one-click answer name it. */
export const UNSUBSCRIBE_MAIL_NAME: Record<UnsubscribeKind, string> = {
  student: "weekly student digest",
  advisor: "weekly advisor digest",
  "daily-reminder": "daily reminder",
};

export type UnsubscribeClaim = { userId: string; kind: UnsubscribeKind };

// A distinct purpose string keeps this MAC from being interchangeable with any other use of AUTH_SECRET.
const PURPOSE = "fieldnotes:digest-unsubscribe:v1";

function mac(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${payload}`).digest();
}

export function signUnsubscribeToken(claim: UnsubscribeClaim, secret: string): string {
  const payload = Buffer.from(`${claim.kind}:${claim.userId}`, "utf8").toString("base64url");
  return `${payload}.${mac(secret, payload).toString("base64url")}`;
}

function canonicalBytes(text: string): Buffer | null {
  const bytes = Buffer.from(text, "base64url");
  return bytes.toString("base64url") === text ? bytes : null;
}

/** The claim a token carries, or null when it is malformed or its signature does not match. */
export function verifyUnsubscribeToken(token: string, secret: string): UnsubscribeClaim | null {
  if (token.length > 512) return null;
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  // Node's base64url decoder forgives spare bits, padding and stray characters, so several strings decode
  // to the same bytes. Only the one spelling we issue is accepted: a token is never malleable.
  const given = canonicalBytes(signature);
  const decodedPayload = canonicalBytes(payload);
  if (!given || !decodedPayload) return null;
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const decoded = decodedPayload.toString("utf8");
  const colon = decoded.indexOf(":");
  const kind = decoded.slice(0, colon);
  const userId = decoded.slice(colon + 1);
  if (colon < 0 || !userId || !(UNSUBSCRIBE_KINDS as readonly string[]).includes(kind)) return null;
  return { userId, kind: kind as UnsubscribeKind };
}
