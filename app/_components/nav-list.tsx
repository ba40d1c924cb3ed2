"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import type { Role } from "@/lib/auth/roles";
import { currentNavItem, NAV, type NavIcons } from "./nav-items";

/**
 * The places of one role, the current one marked with aria-current. The steps form an ordered list, so a
 * screen reader hears "1 of 6" without the visible number being read twice. `icons` come as elements from
 * the server (nav-icons.tsx), so the icons' definitions stay out of this component's bundle.
 */
export function NavList({
  role,
  icons,
  onNavigate,
}: {
  role: Role;
  icons: NavIcons;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const current = currentNavItem(role, pathname);
  // The list is in the page twice (the sidebar, the phone's menu): each copy names its headings apart.
  const idPrefix = useId();
  return (
    <nav aria-label="Main" className="space-y-6">
      {NAV[role].map((section, index) => {
        const List = section.items.some((item) => item.step) ? "ol" : "ul";
        const headingId = section.label ? `${idPrefix}-section-${index}` : undefined;
        return (
          <div key={section.label ?? index}>
            {section.label && (
              <h2 id={headingId} className="mb-2 px-3 text-xs font-medium text-slate-600">
                {section.label}
              </h2>
            )}
            <List aria-labelledby={headingId} className="space-y-0.5">
              {section.items.map((item) => {
                const active = item === current;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      onClick={onNavigate}
                      aria-current={active ? "page" : undefined}
                      // .nav-link (app/globals.css) styles the current place and the step's number from here.
                      className="nav-link"
                    >
                      {item.step ? (
                        <span aria-hidden="true">{item.step}</span>
                      ) : item.icon ? (
                        icons[item.icon]
                      ) : null}
                      <span className="truncate">{item.label}</span>
                    </Link>
                  </li>
                );
              })}
            </List>
          </div>
        );
      })}
    </nav>
  );
}

/** The name of the place the viewer is in, for the phone's top bar. */
export function CurrentPlace({ role }: { role: Role }) {
  const pathname = usePathname();
  return <>{currentNavItem(role, pathname)?.label ?? "Fieldnotes"}</>;
}
