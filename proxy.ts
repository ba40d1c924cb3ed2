import { NextResponse, type NextRequest } from "next/server";
import { MAX_ACTION_BODY_BYTES, REQUEST_TOO_LARGE } from "@/lib/validation/uploads";

// Convenience only: send visitors without a session cookie to sign-in, remembering where they were going.
// Every page and data function checks the session itself; this is never the security boundary.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
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
  if (request.nextUrl.pathname.startsWith("/unsubscribe/")) {
    if (request.method === "POST" && !request.headers.has("next-action")) {
      const url = request.nextUrl.clone();
      url.pathname = `/api${request.nextUrl.pathname}`;
      return NextResponse.rewrite(url);
    }
    return NextResponse.next();
  }
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
    "/settings",
    "/settings/:path*",
    // Not signed-in: matched only so one-click POSTs can be routed (see above).
    "/unsubscribe/:path*",
  ],
};
