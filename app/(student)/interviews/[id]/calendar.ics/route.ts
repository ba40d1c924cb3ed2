import { createEvent } from "ics";
import { attachment, exportFor, notFoundResponse } from "@/app/_lib/download";
import { getMyInterview } from "@/lib/data/student/interviews/interviews";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { INTERVIEW_FORMAT_LABEL } from "@/lib/domain/vocabulary";
import { parseRouteParam } from "@/lib/validation/route-params";

/** One interview as an .ics file. Private notes never leave the app, so the description is built from
 * the schedule alone. A missing, foreign or signed-out request answers 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteParam((await params).id);
  if (id === null) return notFoundResponse();
  const interview = await exportFor(() => getMyInterview(id));
  if (!interview) return notFoundResponse();

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
  return attachment(value, `interview-${day}.ics`, "text/calendar; charset=utf-8");
}
