import type { EventAttributes } from "ics";
import { INTERVIEW_FORMAT_LABEL, type InterviewFormat } from "@/lib/domain/vocabulary";

export type CalendarInterview = {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  format: InterviewFormat;
  location: string | null;
  status: string;
  contactName: string;
  organizationName: string | null;
};

/**
 * One interview as a calendar event, the same for the single .ics download and the subscription feed: the
 * same uid, so a calendar holding both keeps one event. Built from the schedule alone; notes never leave
 * the app.
 */
export function interviewEvent(
  interview: CalendarInterview,
  options: { url?: string } = {},
): EventAttributes {
  const withWhom = interview.organizationName
    ? `${interview.contactName}, ${interview.organizationName}`
    : interview.contactName;
  return {
    uid: `interview-${interview.id}@fieldnotes`,
    title: `Informational interview with ${interview.contactName}`,
    start: interview.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: interview.durationMinutes },
    ...(interview.location ? { location: interview.location } : {}),
    description: [`${withWhom}.`, `Format: ${INTERVIEW_FORMAT_LABEL[interview.format]}.`].join("\n"),
    ...(options.url ? { url: options.url } : {}),
    status: interview.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
  };
}
