import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { MAX_ROSTER_ROWS } from "@/lib/domain/roster-csv";
import { optionalId, recordId, text } from "./fields";
import { optionalChoice, pageNumber, searchText } from "./list-query";
import { emailAddressSchema } from "./sign-in";

export const PERSON_STATUSES = ["active", "inactive"] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const PEOPLE_SORTS = ["name", "email", "role", "status", "joined"] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

/** The people list's filters and sort, read from the URL; anything unknown falls back to name order. */
export const peopleFilterSchema = z.object({
  q: searchText,
  role: optionalChoice(ROLES),
  status: optionalChoice(PERSON_STATUSES),
  sort: optionalChoice(PEOPLE_SORTS).transform((v) => v ?? "name"),
  dir: optionalChoice(["asc", "desc"] as const).transform((v) => v ?? "asc"),
  page: pageNumber,
});
export type PeopleFilter = z.output<typeof peopleFilterSchema>;

const role = z.enum(ROLES, { error: "Choose student, advisor or admin" });

// The sign-in form's address rules (one plain address, lower-cased), with wording for someone else's address.
export const inviteEmail = text({ error: "Enter their email address" })
  .trim()
  .min(1, "Enter their email address")
  .pipe(emailAddressSchema);

/** One invite. A cohort is for students only: advisors are assigned to cohorts on the cohort's page. */
export const inviteSchema = z
  .object({ email: inviteEmail, role, cohortId: optionalId })
  .refine((v) => v.cohortId === null || v.role === "student", {
    path: ["cohortId"],
    message: "Only students join a cohort through an invite. Assign advisors on the cohort's page.",
  });
export type InviteInput = z.output<typeof inviteSchema>;
export const INVITE_FORM_KEYS = ["email", "role", "cohortId"] as const;

/** The roster import's settings: everyone in the file gets this role (and cohort, for students). */
export const rosterOptionsSchema = z
  .object({ role, cohortId: optionalId })
  .refine((v) => v.cohortId === null || v.role === "student", {
    path: ["cohortId"],
    message: "Only students join a cohort through an invite. Assign advisors on the cohort's page.",
  });
export type RosterOptions = z.output<typeof rosterOptionsSchema>;

export const changeRoleSchema = z.object({ userId: recordId, role });
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const setActiveSchema = z.object({
  userId: recordId,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type SetActiveInput = z.output<typeof setActiveSchema>;

/** A selection in the people table: at most a page's worth and a little more, never the whole instance. */
const selectedPeople = z
  .array(recordId)
  .min(1, "Select at least one person")
  .max(100, "Select at most 100 people at a time");

export const bulkRoleSchema = z.object({ userIds: selectedPeople, role });
export type BulkRoleInput = z.output<typeof bulkRoleSchema>;

export const bulkActiveSchema = z.object({
  userIds: selectedPeople,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type BulkActiveInput = z.output<typeof bulkActiveSchema>;

export const revokeInviteSchema = z.object({ inviteId: recordId });

/** What the roster confirmation posts back: the previewed addresses, checked again one by one. */
export const rosterConfirmSchema = rosterOptionsSchema.safeExtend({
  emails: z.array(text().max(254)).min(1).max(MAX_ROSTER_ROWS),
  /** The names the file gave, by address; checked again where they are stored. */
  names: z.record(text().max(254), text().max(1000)).optional(),
});
