import "server-only";
import {
  BookOpenText,
  Database,
  House,
  LayoutDashboard,
  Mail,
  Menu,
  ScrollText,
  Settings,
  Trophy,
  Users,
  X,
  type LucideIcon,
} from "lucide-react";
import type { Role } from "@/lib/auth/roles";
import { NAV, type NavIconName, type NavIcons } from "./nav-items";

const ICONS: Record<NavIconName, LucideIcon> = {
  "book-open-text": BookOpenText,
  database: Database,
  house: House,
  "layout-dashboard": LayoutDashboard,
  mail: Mail,
  "scroll-text": ScrollText,
  settings: Settings,
  trophy: Trophy,
  users: Users,
};

/**
 * The icons of one role's places, made here and handed to the client NavList as elements. lucide's `Icon` is
 * itself a client component, so its small drawing code still ships; what no longer does is the path data of
 * every role's icons: the page carries this role's few as data instead (decision 008).
 */
export function navIcons(role: Role): NavIcons {
  const icons: NavIcons = {};
  for (const item of NAV[role].flatMap((section) => section.items)) {
    if (!item.icon || icons[item.icon]) continue;
    const Icon = ICONS[item.icon];
    icons[item.icon] = <Icon aria-hidden="true" className="size-5 shrink-0 text-slate-500" />;
  }
  return icons;
}

/** The phone menu's own icons, beside its places' (made here for the same reason). */
export const menuIcons = {
  menu: <Menu aria-hidden="true" className="size-5" />,
  close: <X aria-hidden="true" className="size-5" />,
};
