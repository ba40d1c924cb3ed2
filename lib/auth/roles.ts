// The roles, in one place: the database CHECK, the permission table and the UI all use this list.
export const ROLES = ["student", "advisor", "admin"] as const;
export type Role = (typeof ROLES)[number];
