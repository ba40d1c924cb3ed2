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
                      className={`flex min-h-10 items-center gap-3 rounded-md px-3 py-2 text-sm transition-colors ${
                        active
                          ? "bg-brand-50 text-brand-800 font-medium"
                          : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                      }`}
                    >
                      {item.step ? (
                        <span
                          aria-hidden="true"
                          className={`inline-flex size-5 shrink-0 items-center justify-center rounded-full border text-xs font-medium ${
                            active
                              ? "border-brand-700 bg-brand-700 text-white"
                              : "border-slate-300 bg-white text-slate-700"
                          }`}
                        >
                          {item.step}
                        </span>
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
