import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { createNonce, securityHeaders } from "@/lib/security/security-headers";
import { MAX_ACTION_BODY_BYTES, REQUEST_TOO_LARGE } from "@/lib/validation/uploads";

// Convenience only: send visitors without a session cookie to sign-in, remembering where they were going.
// Every page and data function checks the session itself; this is never the security boundary.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// The signed-in areas of each audience.
const SIGNED_IN_AREAS = [
  "/home",
  "/prepare",
  "/interviews",
  "/my-data",
  "/research",
  "/contacts",
  "/advisor",
  "/admin",
  "/settings",
];

function isSignedInArea(pathname: string) {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export function proxy(request: NextRequest) {
  const env = getEnv();
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    https: env.APP_URL.startsWith("https:"),
    dev: process.env.NODE_ENV === "development",
    formTargets: env.oidc ? [new URL(env.oidc.issuer).origin] : [],
  });

  // Next finds the nonce in the request's CSP header and puts it on every script and style it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
  requestHeaders.set("x-nonce", nonce);
  // The audit log ties each row to the request that wrote it; a client-sent id is replaced, never trusted.
  requestHeaders.set("x-request-id", crypto.randomUUID());

  const response = route(request, requestHeaders);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function route(request: NextRequest, requestHeaders: Headers) {
  const { pathname } = request.nextUrl;
  // Next refuses a form post over its body limit with a bare error page; say what happened instead. The
  // upload forms check file sizes before sending, so only a page without JavaScript meets this.
  if (request.method === "POST" && Number(request.headers.get("content-length")) > MAX_ACTION_BODY_BYTES) {
    return new NextResponse(REQUEST_TOO_LARGE, {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  // Public, no session: /unsubscribe/<token> is a confirmation page, but RFC 8058 mail clients POST their
  // one-click unsubscribe to that same URL. A page and a route handler cannot share a path, so those POSTs
  // (told apart from the page's own server action by its Next-Action header) go to the route handler.
  if (
    pathname.startsWith("/unsubscribe/") &&
    request.method === "POST" &&
    !request.headers.has("next-action")
  ) {
    const url = request.nextUrl.clone();
    url.pathname = `/api${pathname}`;
    return NextResponse.rewrite(url, { request: { headers: requestHeaders } });
  }
  if (isSignedInArea(pathname) && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = "";
    url.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(url);
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

// Must be a literal: Next reads it at build time. Every page and route handler gets the security headers;
// built assets (fingerprinted, served by Next with their own content types) do not need a nonce.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
