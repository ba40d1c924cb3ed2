import type { Role } from "@/lib/auth/roles";

// The one role → permission table. lib/data decides with it; the UI uses it only to hide controls.
export const PERMISSIONS = {
  "own-records:manage": ["student"],
  "cohorts:view-assigned": ["advisor"],
  "cohorts:edit-assigned": ["advisor"],
  "students:view-in-assigned-cohorts": ["advisor"],
  "students:comment-in-assigned-cohorts": ["advisor"],
  // Nudging mails a student and marking a flag handled changes what the cohort's advisors see: both act on
  // students, which admins never do (they cannot open a student's records either).
  "students:nudge-in-assigned-cohorts": ["advisor"],
  "own-record-views:view": ["student"],
  "people:manage": ["admin"],
  "cohorts:manage": ["admin"],
  "audit-log:view": ["admin"],
  "settings:manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Where each role lands after signing in. */
export const HOME_PATH: Record<Role, string> = {
  student: "/home",
  advisor: "/advisor",
  admin: "/admin",
};
