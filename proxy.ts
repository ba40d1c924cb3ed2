import { NextResponse, type NextRequest } from "next/server";

// Convenience only: send visitors without a session cookie to sign-in, remembering where they were going.
// Every page and data function checks the session itself; this is never the security boundary.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSessionCookie) {
    // The audit log ties each row to the request that wrote it; a client-sent id is replaced, never trusted.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-request-id", crypto.randomUUID());
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = "";
  url.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(url);
}

// Must be a literal: Next reads it at build time. The signed-in areas of each audience.
export const config = {
  matcher: [
    "/home",
    "/home/:path*",
    "/prepare",
    "/prepare/:path*",
    "/interviews",
    "/interviews/:path*",
    "/my-data",
    "/my-data/:path*",
    "/research",
    "/research/:path*",
    "/contacts",
    "/contacts/:path*",
    "/advisor",
    "/advisor/:path*",
    "/admin",
    "/admin/:path*",
  ],
};
