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

// Where the rest of a long list is, by kind: each of those pages lists every task of its kind.
const FULL_LIST: Record<AgendaItemKind, { href: string; name: string }> = {
  "thank-you": { href: "/follow-up", name: "Follow-up" },
  "keep-in-touch": { href: "/follow-up", name: "Follow-up" },
  "outreach-follow-up": { href: "/outreach", name: "Outreach" },
  interview: { href: "/interviews", name: "Interviews" },
};

/** Home shows the most urgent few of each list; a busy student's 20 overdue thank-yous are one line more. */
export const AGENDA_ITEMS_SHOWN = 5;

export const DUE_TONE: Record<DueState, BadgeTone> = {
  overdue: "overdue",
  due: "due-today",
  upcoming: "upcoming",
};

/**
 * Each item names the action and the person, says when by the shared due rule, and links where to do it.
 * Past `AGENDA_ITEMS_SHOWN`, the rest are counted and linked to the pages that list them all.
 */
export function AgendaList({ items, today }: { items: AgendaItem[]; today: CalendarDate }) {
  const shown = items.slice(0, AGENDA_ITEMS_SHOWN);
  const rest = new Map<string, { name: string; count: number }>();
  for (const item of items.slice(AGENDA_ITEMS_SHOWN)) {
    const place = FULL_LIST[item.kind];
    const counted = rest.get(place.href);
    if (counted) counted.count += 1;
    else rest.set(place.href, { name: place.name, count: 1 });
  }
  return (
    <>
      {/* .due-list: app/globals.css. Plain links: the home page's data-soft-nav region navigates them. Each text
          is one string, not pieces: every piece is a node of its own in the HTML and in React's payload. */}
      <ul className="due-list">
        {/* Keyed by position: the items hold no state, and ids as keys went into React's payload for nothing. */}
        {shown.map((item, n) => (
          <li key={n}>
            <span>
              <a href={PLACE[item.kind](item)} className="link-in-text">
                {`${ACTION[item.kind]} ${item.contactName}`}
              </a>
              {item.organizationName && (
                <span className="text-slate-600">{` · ${item.organizationName}`}</span>
              )}
            </span>
            <Badge tone={DUE_TONE[item.state]}>{describeDue(item, today)}</Badge>
          </li>
        ))}
      </ul>
      {rest.size > 0 && (
        <p className="mt-2 text-sm text-slate-600">
          {`And ${items.length - shown.length} more: `}
          {[...rest].map(([href, { name, count }], n) => (
            <span key={href}>
              {n > 0 && ", "}
              <a href={href} className="link-in-text">
                {`${count} on ${name}`}
              </a>
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}
