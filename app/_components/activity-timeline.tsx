import Link from "next/link";
import type { ReactNode } from "react";
import { formatInterviewTime, formatNearDate } from "@/lib/domain/display-date";
import { calendarDateIn } from "@/lib/domain/time-zone";
import type { TimelineItem } from "@/lib/domain/timeline";
import {
  FOLLOW_UP_CHANNEL_PHRASE,
  INTERVIEW_FORMAT_PHRASE,
  INTERVIEW_STATUS_PHRASE,
  OUTREACH_CHANNEL_PHRASE,
} from "@/lib/domain/timeline-phrases";
import type { FollowUpKind, OutreachReply } from "@/lib/domain/vocabulary";

/**
 * Who reads the timeline decides the wording: the student about one contact ("Reached out on LinkedIn ·
 * they replied"), or their advisor about the student's work, naming the contact ("Reached out to Dana Lee
 * by email · no reply yet").
 */
export type TimelineVoice = "student" | "advisor";

export type ActivityTimelineItem = TimelineItem & { contactName?: string };

const OUTREACH_REPLY: Record<TimelineVoice, Record<OutreachReply, string>> = {
  student: { none: "no reply yet", replied: "they replied", declined: "they declined" },
  advisor: { none: "no reply yet", replied: "replied", declined: "declined" },
};
const FOLLOW_UP_KIND: Record<TimelineVoice, Record<FollowUpKind, string>> = {
  student: { thank_you: "Thank-you note", update: "Update", touch: "Kept in touch" },
  advisor: { thank_you: "Thank-you note to", update: "Update to", touch: "Kept in touch with" },
};

function headline(item: ActivityTimelineItem, voice: TimelineVoice) {
  const withWhom = voice === "advisor" ? item.contactName : undefined;
  switch (item.kind) {
    case "outreach": {
      const verb = item.isFollowUp
        ? withWhom === undefined
          ? "Followed up"
          : `Followed up with ${withWhom}`
        : withWhom === undefined
          ? "Reached out"
          : `Reached out to ${withWhom}`;
      return `${verb} ${OUTREACH_CHANNEL_PHRASE[item.channel]} · ${OUTREACH_REPLY[voice][item.reply]}`;
    }
    case "interview":
      return `${withWhom === undefined ? "Interview" : `Interview with ${withWhom}`} ${INTERVIEW_FORMAT_PHRASE[item.format]} · ${INTERVIEW_STATUS_PHRASE[item.status]}`;
    case "follow-up":
      return [FOLLOW_UP_KIND[voice][item.followUpKind], withWhom, FOLLOW_UP_CHANNEL_PHRASE[item.channel]]
        .filter(Boolean)
        .join(" ");
  }
}

/**
 * Outreach, interviews and follow-ups, newest first (built by lib/domain/timeline). Interviews link to
 * `interviewHref` and show their start time in their own zone and, when given, the reader's.
 */
export function ActivityTimeline({
  items,
  voice,
  interviewHref,
  viewer,
  empty,
  hasMore = false,
}: {
  items: ActivityTimelineItem[];
  voice: TimelineVoice;
  interviewHref: (interviewId: string) => string;
  /** Without a time zone, an interview's time is shown in its own zone only. */
  viewer: { timeZone?: string; now: Date };
  empty: ReactNode;
  hasMore?: boolean;
}) {
  if (items.length === 0) return empty;
  const today = calendarDateIn(viewer.now, viewer.timeZone ?? "UTC");
  return (
    <>
      <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`} className="text-sm">
            <time dateTime={item.date} className="block text-xs font-semibold text-slate-600 uppercase">
              {formatNearDate(item.date, today)}
            </time>
            {item.kind === "interview" ? (
              <>
                <Link href={interviewHref(item.id)} className="link font-medium break-words">
                  {headline(item, voice)}
                </Link>
                <p className="text-slate-600">
                  {formatInterviewTime(item.startsAt, item.timeZone, {
                    timeZone: viewer.timeZone ?? item.timeZone,
                    now: viewer.now,
                  })}
                </p>
              </>
            ) : (
              <p className="font-medium break-words text-slate-900">{headline(item, voice)}</p>
            )}
            {item.text && <p className="break-words text-slate-700">{item.text}</p>}
          </li>
        ))}
      </ol>
      {hasMore && <p className="mt-4 text-sm text-slate-600">Older activity is not shown.</p>}
    </>
  );
}
