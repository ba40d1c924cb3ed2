import type { ReactNode } from "react";
import type { Role } from "@/lib/auth/roles";

/**
 * The icons of the places, by name. The list is read by client components (the current place is marked from
 * the browser's path), so it names icons rather than importing them: nav-icons.tsx makes the elements in a
 * server component, and only the viewer's role's icons travel, as data in the page, rather than the
 * definitions of every role's icons in the JavaScript every signed-in page loads (decision 008).
 */
export type NavIconName =
  | "book-open-text"
  | "database"
  | "house"
  | "layout-dashboard"
  | "mail"
  | "scroll-text"
  | "settings"
  | "trophy"
  | "users";

/** The icons of a role's places, as elements made on the server (nav-icons.tsx). */
export type NavIcons = Partial<Record<NavIconName, ReactNode>>;

export type NavItem = {
  href: string;
  label: string;
  /** The step of the method this place belongs to, shown as its number. */
  step?: number;
  icon?: NavIconName;
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
        { href: "/home", label: "Home", icon: "house" },
        { href: "/outcomes", label: "Outcomes", icon: "trophy" },
        { href: "/my-data", label: "My data", icon: "database" },
        // /settings sends a student to their profile; notifications sit beside it.
        { href: "/settings", label: "Settings", icon: "settings" },
      ],
    },
  ],
  advisor: [
    {
      items: [
        { href: "/advisor", label: "My cohorts", icon: "layout-dashboard" },
        { href: "/settings/notifications", label: "Settings", icon: "settings" },
      ],
    },
  ],
  admin: [
    {
      items: [
        { href: "/admin", label: "Overview", icon: "layout-dashboard" },
        { href: "/admin/people", label: "People", icon: "users" },
        { href: "/admin/cohorts", label: "Cohorts", icon: "book-open-text" },
        { href: "/admin/settings", label: "Settings", icon: "settings" },
        { href: "/admin/digests", label: "Digests", icon: "mail" },
        { href: "/admin/audit", label: "Audit log", icon: "scroll-text" },
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
