import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/badge";
import { describeDue, type DueState } from "@/lib/domain/due-rule";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import type { AgendaItem, AgendaItemKind } from "@/lib/domain/student-agenda";

const ACTION: Record<AgendaItemKind, string> = {
  "thank-you": "Send a thank-you note to",
  "outreach-follow-up": "Follow up with",
  interview: "Interview with",
  "keep-in-touch": "Get back in touch with",
};

// Where each kind of task is done in one click.
const PLACE: Record<AgendaItemKind, (item: AgendaItem) => string> = {
  "thank-you": () => "/follow-up",
  "outreach-follow-up": () => "/outreach",
  interview: (item) => (item.interviewId ? `/interviews/${item.interviewId}` : "/interviews"),
  "keep-in-touch": () => "/follow-up",
};

export const DUE_TONE: Record<DueState, BadgeTone> = {
  overdue: "overdue",
  due: "due-today",
  upcoming: "upcoming",
};

/** Each item names the action and the person, says when by the shared due rule, and links where to do it. */
export function AgendaList({ items, today }: { items: AgendaItem[]; today: CalendarDate }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li
          key={`${item.kind}-${item.contactId}-${item.dueOn}`}
          className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2"
        >
          <span>
            <Link href={PLACE[item.kind](item)} className="link-in-text">
              {ACTION[item.kind]} {item.contactName}
            </Link>
            {item.organizationName && <span className="text-slate-600"> · {item.organizationName}</span>}
          </span>
          <Badge tone={DUE_TONE[item.state]}>{describeDue(item, today)}</Badge>
        </li>
      ))}
    </ul>
  );
}
