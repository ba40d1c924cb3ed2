import type { ReactNode } from "react";
import { connection } from "next/server";
import { requireViewer } from "@/lib/auth/session";
import { AppShell } from "@/app/_components/app-shell";

// Only the frame: each page's data function decides, on its own, whether this viewer may see it.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await connection();
  const viewer = await requireViewer();
  return <AppShell viewer={viewer}>{children}</AppShell>;
}
