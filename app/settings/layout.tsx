import type { ReactNode } from "react";
import { connection } from "next/server";
import { AppShell } from "@/app/_components/app-shell";
import { requireViewer } from "@/lib/auth/session";

// Settings every signed-in person has, whatever their role. Only the frame: each page's data function
// checks the viewer itself.
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await connection();
  const viewer = await requireViewer();
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
