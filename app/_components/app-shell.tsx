import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/button";
import { HOME_PATH } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { signOutAction } from "../(auth)/sign-out/actions";

const ROLE_LABEL = { student: "Student", advisor: "Advisor", admin: "Admin" } as const;

const NAV: Record<Viewer["role"], { href: string; label: string }[]> = {
  student: [
    { href: "/home", label: "Home" },
    { href: "/research", label: "Research" },
    { href: "/contacts", label: "Contacts" },
    { href: "/prepare", label: "Prepare" },
    { href: "/interviews", label: "Interviews" },
    { href: "/my-data", label: "My data" },
    { href: "/settings/notifications", label: "Notifications" },
  ],
  advisor: [
    { href: "/advisor", label: "My cohorts" },
    { href: "/settings/notifications", label: "Notifications" },
  ],
  admin: [
    { href: "/admin", label: "Overview" },
    { href: "/admin/people", label: "People" },
    { href: "/admin/cohorts", label: "Cohorts" },
    { href: "/admin/settings", label: "Settings" },
    { href: "/admin/digests", label: "Digests" },
    { href: "/admin/audit", label: "Audit log" },
  ],
};

/** The frame of every signed-in page: who you are, where home is, and a way out. */
export function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <Link href={HOME_PATH[viewer.role]} className="text-brand-800 text-lg font-bold tracking-tight">
              Fieldnotes
            </Link>
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-medium">
                {NAV[viewer.role].map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="hover:text-brand-700 text-slate-700 hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-slate-700">
              <span className="font-medium">{viewer.name ?? viewer.email}</span>{" "}
              <span className="bg-brand-50 text-brand-800 rounded-full px-2 py-0.5 text-xs font-semibold">
                {ROLE_LABEL[viewer.role]}
              </span>
            </span>
            <form action={signOutAction}>
              <Button type="submit" variant="secondary" className="min-h-9 px-3 py-1">
                Sign out
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
