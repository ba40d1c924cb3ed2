import type { Metadata } from "next";
import { Card } from "@/components/card";
import { getMyDigestPreferences } from "@/lib/data/digests/preferences";
import { CalendarFeedSection } from "./_components/calendar-feed-section";
import { NotificationsForm } from "./_components/notifications-form";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const preferences = await getMyDigestPreferences();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Notifications</h1>
        <p className="mt-1 text-slate-600">
          Emails with what needs you, each item a link to its page. They carry names, counts and links, never
          your notes.
        </p>
      </div>
      <Card>
        {preferences.kinds.length === 0 ? (
          <p className="text-slate-700">There are no email digests for your role.</p>
        ) : (
          <NotificationsForm
            kinds={preferences.kinds}
            instanceWeekday={preferences.instanceWeekday}
            initial={{
              studentDigest: preferences.studentDigest ? "on" : "",
              advisorDigest: preferences.advisorDigest ? "on" : "",
              dailyReminder: preferences.dailyReminder ? "on" : "",
              weekday: preferences.weekday === null ? "" : String(preferences.weekday),
            }}
          />
        )}
      </Card>
      <CalendarFeedSection />
    </div>
  );
}
