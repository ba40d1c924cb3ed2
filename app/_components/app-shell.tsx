import Link from "next/link";
import { LogOut } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/badge";
import { Button } from "@/components/button";
import { HOME_PATH } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/session";
import { displayName } from "@/app/_lib/display-name";
import { signOutAction } from "../(auth)/sign-out/actions";
import { MobileMenu } from "./mobile-menu";
import { menuIcons, navIcons } from "./nav-icons";
import { CurrentPlace, NavList } from "./nav-list";
import { SoftLinksListener } from "./soft-links-listener";

const ROLE_LABEL = { student: "Student", advisor: "Advisor", admin: "Admin" } as const;

/**
 * The frame of every signed-in page. From `lg` up: a fixed sidebar with the role's places, who is signed
 * in and a way out. Below: a top bar with the place's name and a menu button that opens the same things.
 */
export function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const account = <Account viewer={viewer} />;
  const icons = navIcons(viewer.role);
  return (
    // The sidebar is a full-height column whose contents stick to the viewport: its border runs the whole page.
    <div className="lg:flex lg:min-h-screen">
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white lg:static lg:w-60 lg:shrink-0 lg:border-r lg:border-b-0 print:hidden">
        <div className="flex h-14 items-center gap-3 px-4 lg:hidden">
          <MobileMenu role={viewer.role} icons={{ ...icons, ...menuIcons }} account={account} />
          <p className="min-w-0 flex-1 truncate text-center text-base font-semibold text-slate-900">
            <CurrentPlace role={viewer.role} />
          </p>
          <Link
            href={HOME_PATH[viewer.role]}
            className="text-brand-800 rounded-md text-sm font-semibold"
            aria-label="Fieldnotes home"
          >
            Fieldnotes
          </Link>
        </div>
        <div className="hidden flex-col gap-6 overflow-y-auto p-3 lg:sticky lg:top-0 lg:flex lg:h-screen">
          <Link
            href={HOME_PATH[viewer.role]}
            className="text-brand-800 mt-2 self-start rounded-md px-3 text-lg font-semibold"
          >
            Fieldnotes
          </Link>
          <NavList role={viewer.role} icons={icons} />
          <div className="mt-auto border-t border-slate-200 pt-3">{account}</div>
        </div>
      </header>
      <div className="min-w-0 flex-1">
        {/* Data pages mark themselves `data-layout="wide"` and get up to 1440 px; reading pages stay narrower. */}
        <main
          id="main"
          className="mx-auto w-full max-w-6xl px-4 py-6 has-[[data-layout=wide]]:max-w-[90rem] sm:px-6 lg:px-8 lg:py-8"
        >
          {children}
        </main>
      </div>
      <SoftLinksListener />
    </div>
  );
}

/** Who is signed in (their name, or their address shortened to fit) and the way out. */
function Account({ viewer }: { viewer: Viewer }) {
  return (
    <div className="space-y-2 px-3 pb-1">
      <div className="min-w-0">
        <p className="flex items-center gap-2">
          <span className="truncate text-sm font-medium text-slate-900" title={viewer.email}>
            {displayName(viewer)}
          </span>
          <Badge tone="accent">{ROLE_LABEL[viewer.role]}</Badge>
        </p>
        {viewer.name && (
          <p className="truncate text-xs text-slate-600" title={viewer.email}>
            {viewer.email}
          </p>
        )}
      </div>
      <form action={signOutAction}>
        <Button type="submit" variant="ghost" size="sm" className="-ml-3">
          <LogOut aria-hidden="true" className="size-4" />
          Sign out
        </Button>
      </form>
    </div>
  );
}
