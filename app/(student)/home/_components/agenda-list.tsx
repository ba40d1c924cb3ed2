import { format } from "date-fns";
import Link from "next/link";
import { parseCalendarDate } from "@/lib/domain/calendar-date";
import type { AgendaItem, AgendaItemKind } from "@/lib/domain/student-agenda";

const ACTION: Record<AgendaItemKind, string> = {
  "thank-you": "Send a thank-you note to",
  "outreach-follow-up": "Follow up with",
  interview: "Interview with",
  "keep-in-touch": "Get back in touch with",
};

export function formatDay(day: string) {
  return format(parseCalendarDate(day), "EEE, MMM d");
}

/** Each item names the action and the person, and is one click from that person's page. */
export function AgendaList({ items, tone }: { items: AgendaItem[]; tone: "overdue" | "normal" }) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li
          key={`${item.kind}-${item.contactId}-${item.dueOn}`}
          className="flex flex-wrap items-baseline justify-between gap-x-3 py-2"
        >
          <span>
            {ACTION[item.kind]}{" "}
            <Link href={`/contacts/${item.contactId}`} className="link-in-text">
              {item.contactName}
            </Link>
            {item.organizationName && <span className="text-slate-600"> · {item.organizationName}</span>}
          </span>
          <span className={`text-sm ${tone === "overdue" ? "font-semibold text-red-700" : "text-slate-600"}`}>
            {tone === "overdue" ? "was due " : ""}
            {formatDay(item.dueOn)}
          </span>
        </li>
      ))}
    </ul>
  );
}
