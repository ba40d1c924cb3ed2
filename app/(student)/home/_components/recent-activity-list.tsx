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
    // .activity-list: app/globals.css. Plain links: the home page's data-soft-nav region navigates them.
    <ol className="activity-list">
      {/* Keyed by position: the items hold no state, and ids as keys went into React's payload for nothing. */}
      {items.map((item, n) => (
        <li key={n}>
          <a href={item.href} className="link">
            {item.label}
          </a>
          <time dateTime={item.at.toISOString()}>{formatActivityTime(item.at, timeZone, now)}</time>
        </li>
      ))}
    </ol>
  );
}
