import { isValidElement } from "react";
import { describe, expect, it } from "vitest";
import { navIcons } from "@/app/_components/nav-icons";
import { currentNavItem, NAV } from "@/app/_components/nav-items";

describe("the navigation", () => {
  it("lists the student's six steps in the method's order, numbered 1 to 6", () => {
    const steps = NAV.student.flatMap((section) => section.items).filter((item) => item.step);
    expect(steps.map((item) => `${item.step} ${item.label}`)).toEqual([
      "1 Research",
      "2 People",
      "3 Prepare",
      "4 Outreach",
      "5 Interviews",
      "6 Follow-up",
    ]);
  });

  it("marks the place a path belongs to, preferring the longest match", () => {
    expect(currentNavItem("student", "/contacts")?.label).toBe("People");
    expect(currentNavItem("student", "/contacts/abc/edit")?.label).toBe("People");
    expect(currentNavItem("student", "/outreach")?.label).toBe("Outreach");
    expect(currentNavItem("student", "/follow-up")?.label).toBe("Follow-up");
    expect(currentNavItem("student", "/settings/profile")?.label).toBe("Settings");
    expect(currentNavItem("admin", "/admin")?.label).toBe("Overview");
    expect(currentNavItem("admin", "/admin/people/invite")?.label).toBe("People");
  });

  it("never marks a link into part of a page, and nothing for a path outside every place", () => {
    expect(currentNavItem("student", "/home")?.label).toBe("Home");
    expect(currentNavItem("student", "/contactsx")).toBeUndefined();
    expect(currentNavItem("advisor", "/join")).toBeUndefined();
  });

  it("draws, on the server, the icon of every place that names one, for each role", () => {
    for (const role of ["student", "advisor", "admin"] as const) {
      const icons = navIcons(role);
      const named = NAV[role].flatMap((section) => section.items).flatMap((item) => item.icon ?? []);
      expect(named.length).toBeGreaterThan(0);
      for (const name of named) expect(isValidElement(icons[name]), `${role}: ${name}`).toBe(true);
    }
  });
});
