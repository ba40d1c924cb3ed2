import { createHash, timingSafeEqual } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";

const EMAIL_CALLBACK_PATH = "/api/auth/callback/email";
const CSRF_COOKIES = ["authjs.csrf-token", "__Host-authjs.csrf-token"];

/**
 * Login CSRF: anyone can request a sign-in link for their own address and send it to someone else, who would
 * then work signed in as them. So the link only ever opens our confirm page, and the token is consumed only
 * by that page's own POST: same origin, carrying Auth.js's double-submit CSRF token (cookie + form field).
 * Returns the response that stops the request, or null to hand it to Auth.js.
 */
export async function guardEmailCallback(
  request: NextRequest,
  appUrl: string,
  secret: string,
): Promise<Response | null> {
  if (request.nextUrl.pathname !== EMAIL_CALLBACK_PATH) return null;
  if (request.method === "GET") {
    // An old or forwarded link: show the confirmation, consume nothing.
    return NextResponse.redirect(new URL(`/sign-in/confirm${request.nextUrl.search}`, appUrl), 303);
  }
  const refused = NextResponse.redirect(new URL("/sign-in/error?error=Confirmation", appUrl), 303);
  if (request.headers.get("origin") !== new URL(appUrl).origin) return refused;
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const submitted = form?.get("csrfToken");
  if (typeof submitted !== "string" || !csrfTokenMatches(request, submitted, secret)) return refused;
  return null;
}

function csrfTokenMatches(request: NextRequest, submitted: string, secret: string) {
  for (const name of CSRF_COOKIES) {
    const [token, hash] = (request.cookies.get(name)?.value ?? "").split("|");
    if (!token || !hash) continue;
    // The cookie is Auth.js's: `token|sha256(token + secret)`, so a forged cookie does not verify.
    const expected = createHash("sha256").update(`${token}${secret}`).digest("hex");
    if (equal(hash, expected) && equal(token, submitted)) return true;
  }
  return false;
}

function equal(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
