import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/roles";
import { can, HOME_PATH, PERMISSIONS, type Permission } from "./permissions";

describe("permissions", () => {
  it("gives each role only its own areas", () => {
    const granted = (permission: Permission) => ROLES.filter((role) => can(role, permission));
    expect(granted("own-records:manage")).toEqual(["student"]);
    expect(granted("students:view-in-assigned-cohorts")).toEqual(["advisor"]);
    expect(granted("people:manage")).toEqual(["admin"]);
  });

  it("names a home for every role, and every permission is held by someone", () => {
    for (const role of ROLES) expect(HOME_PATH[role]).toMatch(/^\//);
    for (const roles of Object.values(PERMISSIONS)) expect(roles.length).toBeGreaterThan(0);
  });
});
