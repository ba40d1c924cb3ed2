import { createEvent } from "ics";
import { attachment, exportFor, notFoundResponse } from "@/app/_lib/download";
import { getMyInterview } from "@/lib/data/student/interviews/interviews";
import { interviewEvent } from "@/lib/domain/calendar-events";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { parseRouteParam } from "@/lib/validation/route-params";

/** One interview as an .ics file. A missing, foreign or signed-out request answers 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseRouteParam((await params).id);
  if (id === null) return notFoundResponse();
  const interview = await exportFor(() => getMyInterview(id));
  if (!interview) return notFoundResponse();

  const { error, value } = createEvent({ ...interviewEvent(interview), productId: "fieldnotes/interviews" });
  if (error || !value) throw error ?? new Error("ics produced no calendar");

  const day = calendarDateIn(interview.startsAt, interview.timeZone);
  return attachment(value, `interview-${day}.ics`, "text/calendar; charset=utf-8");
}
