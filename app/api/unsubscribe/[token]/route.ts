import { NextResponse } from "next/server";
import { unsubscribeWithToken } from "@/lib/data/digests/preferences";
import { getEnv } from "@/lib/env";
import { parseRouteParam } from "@/lib/validation/route-params";

// RFC 8058 one-click unsubscribe. Mail clients POST `List-Unsubscribe=One-Click` to the List-Unsubscribe
// URL (/unsubscribe/<token>); proxy.ts hands those POSTs here, since a page and a route handler cannot share
// a path. A GET never unsubscribes: link scanners fetch URLs, so it only leads to the confirmation page.

type Context = { params: Promise<{ token: string }> };

export async function POST(_request: Request, { params }: Context) {
  const token = parseRouteParam((await params).token);
  const done = token !== null && (await unsubscribeWithToken(token));
  if (!done) return new NextResponse("Not found", { status: 404 });
  return new NextResponse("You are unsubscribed from this mail.", {
    status: 200,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  // The configured origin, never the request's Host.
  return NextResponse.redirect(`${getEnv().APP_URL}/unsubscribe/${encodeURIComponent(token)}`, 303);
}
