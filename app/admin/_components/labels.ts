import { ROLES, type Role } from "@/lib/auth/roles";

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
export const BUTTON_LINK =
  "bg-brand-600 hover:bg-brand-700 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold text-white";
export const SECONDARY_LINK =
  "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50";

export type CohortChoice = { id: string; name: string; term: string };

export function cohortOptions(cohorts: CohortChoice[]) {
  return [
    { value: "", label: "No cohort" },
    ...cohorts.map((c) => ({ value: c.id, label: `${c.name} (${c.term})` })),
  ];
}
