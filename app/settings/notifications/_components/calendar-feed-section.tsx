import { Card } from "@/components/card";
import { requireViewer } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getMyCalendarFeed } from "@/lib/data/student/calendar-feed";
import { getMyTimeZone } from "@/lib/data/student/interviews/interviews";
import { formatNearDate } from "@/lib/domain/display-date";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { CalendarFeedControls } from "./calendar-feed-controls";

/** Students only: their interviews and due dates as a calendar their calendar app subscribes to. */
export async function CalendarFeedSection() {
  const viewer = await requireViewer();
  if (!can(viewer.role, "own-records:manage")) return null;
  const [feed, timeZone] = await Promise.all([getMyCalendarFeed(), getMyTimeZone()]);
  const today = calendarDateIn(new Date(), timeZone);
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
            feed.status === "on" ? formatNearDate(calendarDateIn(feed.createdAt, timeZone), today) : null
          }
        />
      </section>
    </Card>
  );
}
