import { Card } from "@/components/card";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getMyCalendarFeed } from "@/lib/data/student/calendar-feed";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { CalendarFeedControls } from "./calendar-feed-controls";

/** Students only: their interviews and due dates as a calendar their calendar app subscribes to. */
export async function CalendarFeedSection() {
  const viewer = await requireViewer();
  if (!can(viewer.role, "own-records:manage")) return null;
  const feed = await getMyCalendarFeed();
  return (
    <Card>
      <section aria-labelledby="calendar-feed-heading" className="space-y-3">
        <h2 id="calendar-feed-heading" className="text-lg font-semibold text-slate-900">
          Calendar feed
        </h2>
        <p className="text-sm text-slate-700">
          Your interviews and what falls due (thank-yous, follow-ups, keep-in-touch) in Google Calendar, Apple
          Calendar or Outlook, kept up to date by the calendar itself. The link is private: anyone who has it
          can see these names and dates, so keep it to yourself.
        </p>
        <CalendarFeedControls
          activeSince={
            feed.status === "on" ? formatDisplayDate(feed.createdAt.toISOString().slice(0, 10)) : null
          }
        />
      </section>
    </Card>
  );
}
