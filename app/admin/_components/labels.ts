import { ROLES, type Role } from "@/lib/auth/roles";
import { buttonClass } from "@/components/button";

export const ROLE_LABEL: Record<Role, string> = { student: "Student", advisor: "Advisor", admin: "Admin" };

export const ROLE_OPTIONS = ROLES.map((role) => ({
  value: role,
  label: ROLE_LABEL[role],
}));

// Admins have no time zone of their own in Fieldnotes: times are shown in UTC, and say so.
const utcDateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
const utcDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatUtcDateTime(date: Date): string {
  return `${utcDateTime.format(date)} UTC`;
}

/** A calendar date (`YYYY-MM-DD`) or an instant, as a day: "15 Oct 2026". */
export function formatDay(date: Date | string): string {
  return utcDate.format(typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date);
}

/** The shared look of a link that acts as a button. */
export const BUTTON_LINK = buttonClass("primary");
export const SECONDARY_LINK = buttonClass("secondary");

export type CohortChoice = { id: string; name: string; term: string };

export function cohortOptions(cohorts: CohortChoice[]) {
  return [
    { value: "", label: "No cohort" },
    ...cohorts.map((c) => ({ value: c.id, label: `${c.name} (${c.term})` })),
  ];
}
