import {
  BookOpenText,
  Database,
  House,
  LayoutDashboard,
  Mail,
  ScrollText,
  Settings,
  Trophy,
  Users,
  type LucideIcon,
} from "lucide-react";
import type { Role } from "@/lib/auth/roles";

export type NavItem = {
  href: string;
  label: string;
  /** The step of the method this place belongs to, shown as its number. */
  step?: number;
  icon?: LucideIcon;
};

export type NavSection = { label?: string; items: NavItem[] };

export const NAV: Record<Role, NavSection[]> = {
  student: [
    {
      label: "Your six steps",
      items: [
        { step: 1, href: "/research", label: "Research" },
        { step: 2, href: "/contacts", label: "People" },
        { step: 3, href: "/prepare", label: "Prepare" },
        { step: 4, href: "/outreach", label: "Outreach" },
        { step: 5, href: "/interviews", label: "Interviews" },
        { step: 6, href: "/follow-up", label: "Follow-up" },
      ],
    },
    {
      items: [
        { href: "/home", label: "Home", icon: House },
        { href: "/outcomes", label: "Outcomes", icon: Trophy },
        { href: "/my-data", label: "My data", icon: Database },
        // /settings sends a student to their profile; notifications sit beside it.
        { href: "/settings", label: "Settings", icon: Settings },
      ],
    },
  ],
  advisor: [
    {
      items: [
        { href: "/advisor", label: "My cohorts", icon: LayoutDashboard },
        { href: "/settings/notifications", label: "Settings", icon: Settings },
      ],
    },
  ],
  admin: [
    {
      items: [
        { href: "/admin", label: "Overview", icon: LayoutDashboard },
        { href: "/admin/people", label: "People", icon: Users },
        { href: "/admin/cohorts", label: "Cohorts", icon: BookOpenText },
        { href: "/admin/settings", label: "Settings", icon: Settings },
        { href: "/admin/digests", label: "Digests", icon: Mail },
        { href: "/admin/audit", label: "Audit log", icon: ScrollText },
      ],
    },
  ],
};

/**
 * The one item a path belongs to: the longest href that is the path or a folder above it, so /admin/people/x
 * is People, not Overview. Links into a part of a page (with #) are never "the current page".
 */
export function currentNavItem(role: Role, pathname: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of NAV[role].flatMap((section) => section.items)) {
    if (item.href.includes("#")) continue;
    const matches = pathname === item.href || pathname.startsWith(`${item.href}/`);
    if (matches && (!best || item.href.length > best.href.length)) best = item;
  }
  return best;
}
