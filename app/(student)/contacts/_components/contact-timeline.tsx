import { format } from "date-fns";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import type { ContactTimelineItem } from "@/lib/data/student/contacts/contacts";
import { parseCalendarDate } from "@/lib/domain/calendar-date";
import { formatInterviewTime } from "@/lib/domain/interview-time";
import {
  FOLLOW_UP_CHANNEL_PHRASE,
  INTERVIEW_FORMAT_PHRASE,
  INTERVIEW_STATUS_PHRASE,
  OUTREACH_CHANNEL_PHRASE,
} from "@/lib/domain/timeline-phrases";
import type { FollowUpKind, OutreachReply } from "@/lib/domain/vocabulary";

// The rest of each sentence speaks to the student about one contact ("Reached out on LinkedIn · they
// replied"); the advisor's view of a student words it for the advisor.
const OUTREACH_REPLY: Record<OutreachReply, string> = {
  none: "no reply yet",
  replied: "they replied",
  declined: "they declined",
};
const FOLLOW_UP_KIND: Record<FollowUpKind, string> = {
  thank_you: "Thank-you note",
  update: "Update",
  touch: "Kept in touch",
};

function headline(item: ContactTimelineItem) {
  switch (item.kind) {
    case "outreach":
      return `${item.isFollowUp ? "Followed up" : "Reached out"} ${OUTREACH_CHANNEL_PHRASE[item.channel]} · ${OUTREACH_REPLY[item.reply]}`;
    case "interview":
      return `Interview ${INTERVIEW_FORMAT_PHRASE[item.format]} · ${INTERVIEW_STATUS_PHRASE[item.status]}`;
    case "follow-up":
      return [FOLLOW_UP_KIND[item.followUpKind], FOLLOW_UP_CHANNEL_PHRASE[item.channel]]
        .filter(Boolean)
        .join(" ");
  }
}

/**
 * What happened with this person, newest first. An interview also shows its start time, in its own zone
 * and the student's (`viewer`).
 */
export function ContactTimeline({
  items,
  name,
  viewer,
}: {
  items: ContactTimelineItem[];
  name: string;
  viewer: { timeZone: string; now: Date };
}) {
  if (items.length === 0) {
    return (
      <EmptyState title="Nothing yet">
        Next step: reach out to {name}. A short message is enough: who you are, why them in particular, and a
        request for twenty minutes of their time.
      </EmptyState>
    );
  }
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className="text-sm">
          <time dateTime={item.date} className="block text-xs font-semibold text-slate-600 uppercase">
            {format(parseCalendarDate(item.date), "d MMM yyyy")}
          </time>
          {item.kind === "interview" ? (
            <>
              <Link href={`/interviews/${item.id}`} className="text-brand-700 font-medium underline">
                {headline(item)}
              </Link>
              <p className="text-slate-600">{formatInterviewTime(item.startsAt, item.timeZone, viewer)}</p>
            </>
          ) : (
            <p className="font-medium text-slate-900">{headline(item)}</p>
          )}
          {item.text && <p className="text-slate-700">{item.text}</p>}
        </li>
      ))}
    </ol>
  );
}
