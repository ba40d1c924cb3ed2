import { format } from "date-fns";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import type { AdvisorTimelineItem } from "@/lib/data/advisor/students/student-view";
import { parseCalendarDate } from "@/lib/domain/calendar-date";
import { formatInterviewTime } from "@/lib/domain/interview-time";
import {
  FOLLOW_UP_CHANNEL_PHRASE,
  INTERVIEW_FORMAT_PHRASE,
  INTERVIEW_STATUS_PHRASE,
  OUTREACH_CHANNEL_PHRASE,
} from "@/lib/domain/timeline-phrases";
import type { FollowUpKind, OutreachReply } from "@/lib/domain/vocabulary";

// Sentence fragments about the student's work, read by their advisor ("Reached out to Dana Lee by email ·
// no reply yet"). The student's own timeline speaks to them about one contact, so the wording differs.
const OUTREACH_REPLY: Record<OutreachReply, string> = {
  none: "no reply yet",
  replied: "replied",
  declined: "declined",
};
const FOLLOW_UP_KIND: Record<FollowUpKind, string> = {
  thank_you: "Thank-you note to",
  update: "Update to",
  touch: "Kept in touch with",
};

function headline(item: AdvisorTimelineItem) {
  switch (item.kind) {
    case "outreach":
      return `${item.isFollowUp ? "Followed up with" : "Reached out to"} ${item.contactName} ${OUTREACH_CHANNEL_PHRASE[item.channel]} · ${OUTREACH_REPLY[item.reply]}`;
    case "interview":
      return `Interview with ${item.contactName} ${INTERVIEW_FORMAT_PHRASE[item.format]} · ${INTERVIEW_STATUS_PHRASE[item.status]}`;
    case "follow-up":
      return [FOLLOW_UP_KIND[item.followUpKind], item.contactName, FOLLOW_UP_CHANNEL_PHRASE[item.channel]]
        .filter(Boolean)
        .join(" ");
  }
}

/** What the student did, newest first. Interviews link to their read-only detail. */
export function StudentTimeline({
  studentId,
  items,
  hasMore,
  now,
}: {
  studentId: string;
  items: AdvisorTimelineItem[];
  hasMore: boolean;
  now: Date;
}) {
  if (items.length === 0) {
    return (
      <EmptyState title="Nothing logged yet">
        Outreach, interviews and follow-ups appear here as the student records them.
      </EmptyState>
    );
  }
  return (
    <>
      <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="text-sm">
            <time dateTime={item.date} className="block text-xs font-semibold text-slate-600 uppercase">
              {format(parseCalendarDate(item.date), "d MMM yyyy")}
            </time>
            {item.kind === "interview" ? (
              <>
                <Link
                  href={`/advisor/students/${studentId}/interviews/${item.id}`}
                  className="text-brand-700 font-medium break-words underline"
                >
                  {headline(item)}
                </Link>
                <p className="text-slate-600">
                  {formatInterviewTime(item.startsAt, item.timeZone, { timeZone: item.timeZone, now })}
                </p>
              </>
            ) : (
              <p className="font-medium break-words text-slate-900">{headline(item)}</p>
            )}
            {item.text && <p className="break-words text-slate-700">{item.text}</p>}
          </li>
        ))}
      </ol>
      {hasMore && <p className="mt-4 text-sm text-slate-600">Older activity is not shown.</p>}
    </>
  );
}
