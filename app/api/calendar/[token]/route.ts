import { unsafeRenderCalendarFeed } from "@/lib/data/student/calendar-feed";

// A student's subscription calendar, polled by Google, Apple and Outlook calendars without a session: the
// token in the URL is the credential. An unknown, revoked or malformed token gets the same bare 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const calendar = await unsafeRenderCalendarFeed(token.replace(/\.ics$/, ""));
  if (calendar === null) {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // Personal data behind a secret URL: no shared cache may keep it.
      "Cache-Control": "private, no-store",
    },
  });
}
