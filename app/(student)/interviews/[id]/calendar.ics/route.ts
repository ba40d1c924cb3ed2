import { createEvent } from "ics";
import { getMyInterview } from "@/lib/data/interviews";
import { getViewer } from "@/lib/auth/session";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { INTERVIEW_FORMAT_LABEL } from "@/lib/domain/vocabulary";
import { parseRouteParam } from "@/lib/validation/route-params";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

/** One interview as an .ics file. Private notes never leave the app, so the description is built from
 * the schedule alone. A missing, foreign or signed-out request answers 404: a route handler must not throw. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getViewer())) return NOT_FOUND();
  const id = parseRouteParam((await params).id);
  if (id === null) return NOT_FOUND();
  const interview = await getMyInterview(id).catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
  if (!interview) return NOT_FOUND();

  const withWhom = interview.organizationName
    ? `${interview.contactName} (${interview.organizationName})`
    : interview.contactName;
  const { error, value } = createEvent({
    uid: `interview-${interview.id}@fieldnotes`,
    productId: "fieldnotes/interviews",
    title: `Informational interview with ${interview.contactName}`,
    start: interview.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: interview.durationMinutes },
    ...(interview.location ? { location: interview.location } : {}),
    description: [
      `Informational interview with ${withWhom}.`,
      `Format: ${INTERVIEW_FORMAT_LABEL[interview.format]}.`,
      interview.location ? `Where: ${interview.location}` : "",
      `Time zone: ${interview.timeZone}.`,
    ]
      .filter(Boolean)
      .join("\n"),
    status: interview.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
  });
  if (error || !value) throw error ?? new Error("ics produced no calendar");

  const day = calendarDateIn(interview.startsAt, interview.timeZone);
  return new Response(value, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="interview-${day}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}

function isNotFound(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404");
}
