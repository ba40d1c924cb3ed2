import Link from "next/link";
import { formatActivityTime, type RecentActivityItem } from "@/lib/domain/recent-activity";

/** The student's latest events, each one click from the page it is about, timed on their clock. */
export function RecentActivityList({
  items,
  timeZone,
  now,
}: {
  items: RecentActivityItem[];
  timeZone: string;
  now: Date;
}) {
  if (items.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        Nothing yet. Organizations and people you add, messages you log, interviews and thank-yous will appear
        here as you go.
      </p>
    );
  }
  return (
    <ol className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.key} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
          <Link href={item.href} className="link">
            {item.label}
          </Link>
          <time dateTime={item.at.toISOString()} className="text-sm text-slate-600">
            {formatActivityTime(item.at, timeZone, now)}
          </time>
        </li>
      ))}
    </ol>
  );
}
