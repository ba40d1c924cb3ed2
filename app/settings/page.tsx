import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";

/** Settings' front door: a student's profile, everyone else's notifications. */
export default async function SettingsPage() {
  const viewer = await requireViewer();
  redirect(viewer.role === "student" ? "/settings/profile" : "/settings/notifications");
}
