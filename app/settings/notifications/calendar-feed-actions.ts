"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/session";
import { resetMyCalendarFeed, turnOffMyCalendarFeed } from "@/lib/data/student/calendar-feed";

export type CalendarFeedActionState =
  { status: "idle" } | { status: "created"; webcalUrl: string; httpsUrl: string } | { status: "off" };

/** "reset": a new feed URL, shown once, and the old one stops working. "off": no feed URL works any more. */
export async function calendarFeedAction(
  _previous: CalendarFeedActionState,
  formData: FormData,
): Promise<CalendarFeedActionState> {
  await requireViewer();
  if (formData.get("intent") === "off") {
    await turnOffMyCalendarFeed();
    revalidatePath("/settings/notifications");
    return { status: "off" };
  }
  const urls = await resetMyCalendarFeed();
  revalidatePath("/settings/notifications");
  return { status: "created", ...urls };
}
