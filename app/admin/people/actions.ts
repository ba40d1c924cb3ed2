"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { headers } from "next/headers";
import {
  changeRole,
  changeRoles,
  prepareInviteResend,
  setPeopleActive,
  setPersonActive,
  type BulkChange,
  type PersonChange,
} from "@/lib/data/admin/people";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { getEnv } from "@/lib/env";
import { invitePerson, inviteRoster, previewRosterInvites, revokeInvite } from "@/lib/data/admin/invites";
import { parseRosterCsv } from "@/lib/domain/roster-csv";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import {
  changeRoleSchema,
  INVITE_FORM_KEYS,
  inviteSchema,
  revokeInviteSchema,
  rosterConfirmSchema,
  rosterOptionsSchema,
  setActiveSchema,
  bulkActiveSchema,
  bulkRoleSchema,
} from "@/lib/validation/admin-people";
import { recordId } from "@/lib/validation/fields";
import type { InviteState, PeopleActionState, RosterConfirmState, RosterPreviewState } from "./form-states";
import { adminRosterResultView, adminRosterView } from "./roster-view";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/validation/uploads";

const ROLE_WORD = { student: "a student", advisor: "an advisor", admin: "an admin" } as const;
const CLOSED_COHORT = "Choose a cohort from the list. An archived cohort takes no new students.";

export async function inviteAction(_previous: InviteState, formData: FormData): Promise<InviteState> {
  await requirePermission("people:manage");
  const values = submittedValues(formData, INVITE_FORM_KEYS);
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const outcome = await invitePerson(parsed.data);
  if (outcome.status === "unknown-cohort") {
    return { status: "error", fieldErrors: { cohortId: [CLOSED_COHORT] }, values };
  }
  if (outcome.status === "already-registered") {
    const state = outcome.active ? "" : ", currently deactivated";
    return {
      status: "error",
      fieldErrors: {
        email: [
          `${parsed.data.email} already has an account as ${ROLE_WORD[outcome.role]}${state}. Find them under People to change their role instead.`,
        ],
      },
      values,
    };
  }
  revalidateAdmin();
  const verb =
    outcome.status === "renewed"
      ? "already had an open invite; it now runs for another 14 days"
      : "is invited";
  return {
    status: "success",
    fieldErrors: {},
    // A clean form for the next invite, keeping the role and cohort: invites often come in a row.
    values: { role: values.role, cohortId: values.cohortId },
    notice: `${parsed.data.email} ${verb}. They can sign in with a link sent to that address; let them know.`,
  };
}

/** Step 1 of a roster import: read the file and show what inviting it would do. Nothing is saved. */
export async function previewRosterAction(
  _previous: RosterPreviewState,
  formData: FormData,
): Promise<RosterPreviewState> {
  await requirePermission("people:manage");
  const values = submittedValues(formData, ["role", "cohortId"]);
  const options = rosterOptionsSchema.safeParse(values);
  if (!options.success) return { status: "error", fieldErrors: fieldErrorsOf(options.error), values };
  const fail = (message: string): RosterPreviewState => ({
    status: "error",
    fieldErrors: { file: [message] },
    values,
  });
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return fail("Choose a .csv file of email addresses.");
  if (!/\.(csv|txt)$/i.test(file.name))
    return fail("That isn't a CSV file. Choose a file whose name ends in .csv.");
  if (file.size > MAX_UPLOAD_BYTES) return fail(UPLOAD_TOO_LARGE);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return fail("That file isn't readable text. Save it as CSV (UTF-8) and try again.");
  }
  const roster = parseRosterCsv(text);
  if (!roster.ok) return fail(roster.message);
  const preview = await previewRosterInvites(roster.rows, options.data);
  if ("status" in preview) return { status: "error", fieldErrors: { cohortId: [CLOSED_COHORT] }, values };
  const data = { fileName: file.name, ...options.data, cohortName: preview.cohortName, rows: preview.rows };
  return {
    status: "success",
    fieldErrors: {},
    values,
    preview: { ...data, view: adminRosterView(data) },
  };
}

/** Step 2: invite the previewed addresses. Running it twice renews the same invites; it never doubles them. */
export async function confirmRosterAction(
  _previous: RosterConfirmState,
  formData: FormData,
): Promise<RosterConfirmState> {
  await requirePermission("people:manage");
  const again = "Something about this list changed. Upload the file again to see a fresh preview.";
  let emails: unknown;
  let names: unknown;
  try {
    emails = JSON.parse(String(formData.get("emails") ?? ""));
    names = JSON.parse(String(formData.get("names") ?? "{}"));
  } catch {
    return { status: "error", fieldErrors: {}, formError: again, values: {} };
  }
  const parsed = rosterConfirmSchema.safeParse({
    role: formData.get("role"),
    cohortId: formData.get("cohortId") ?? undefined,
    emails,
    names,
  });
  if (!parsed.success) return { status: "error", fieldErrors: {}, formError: again, values: {} };
  const result = await inviteRoster(parsed.data);
  if ("status" in result) return { status: "error", fieldErrors: {}, formError: CLOSED_COHORT, values: {} };
  revalidateAdmin();
  return {
    status: "success",
    fieldErrors: {},
    values: {},
    result,
    resultView: adminRosterResultView(result),
  };
}

const PERSON_REFUSAL: Record<Exclude<PersonChange["status"], "saved">, string> = {
  "own-account": "You can't change your own account here. Ask another admin.",
  "last-admin": "This is the last active admin. Make someone else an admin first.",
};

export async function changeRoleAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("people:manage");
  const values = submittedValues(formData, ["userId", "role"]);
  const parsed = changeRoleSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const outcome = await changeRole(parsed.data);
  if (outcome.status !== "saved") {
    return { status: "error", fieldErrors: {}, formError: PERSON_REFUSAL[outcome.status], values };
  }
  revalidateAdmin();
  return { status: "success", fieldErrors: {}, values };
}

export async function setActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("people:manage");
  const values = submittedValues(formData, ["userId", "active"]);
  const parsed = setActiveSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const outcome = await setPersonActive(parsed.data);
  if (outcome.status !== "saved") {
    return { status: "error", fieldErrors: {}, formError: PERSON_REFUSAL[outcome.status], values };
  }
  revalidateAdmin();
  return { status: "success", fieldErrors: {}, values };
}

const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);

/** What a bulk change did, in a sentence: the changed, then anyone it left alone and why. */
function bulkMessage(done: string, tally: BulkChange): string {
  const parts = [`${people(tally.saved)} ${done}.`];
  if (tally.ownAccount > 0) parts.push("Your own account was left as it is: ask another admin.");
  if (tally.lastAdmin > 0)
    parts.push("The last active admin was left as they are: make someone else an admin first.");
  return parts.join(" ");
}

/** One or many people's role, from the table's row menu or its selection, after a confirmation. */
export async function bulkChangeRoleAction(
  _previous: PeopleActionState,
  formData: FormData,
): Promise<PeopleActionState> {
  await requirePermission("people:manage");
  const parsed = bulkRoleSchema.safeParse({
    userIds: formData.getAll("userIds"),
    role: formData.get("role"),
  });
  if (!parsed.success) return { status: "error", message: "Select people and a role, then try again." };
  const tally = await changeRoles(parsed.data);
  revalidateAdmin();
  return {
    status: tally.saved > 0 ? "success" : "error",
    message: bulkMessage(`set to ${parsed.data.role}`, tally),
  };
}

export async function bulkSetActiveAction(
  _previous: PeopleActionState,
  formData: FormData,
): Promise<PeopleActionState> {
  await requirePermission("people:manage");
  const parsed = bulkActiveSchema.safeParse({
    userIds: formData.getAll("userIds"),
    active: formData.get("active"),
  });
  if (!parsed.success) return { status: "error", message: "Select people, then try again." };
  const tally = await setPeopleActive(parsed.data);
  revalidateAdmin();
  const done = parsed.data.active
    ? "can sign in again"
    : "deactivated and signed out at their next click; their records are kept";
  return { status: tally.saved > 0 ? "success" : "error", message: bulkMessage(done, tally) };
}

/** A fresh sign-in link for someone who has never signed in, through the sign-in flow and its limits. */
export async function resendInviteAction(
  _previous: PeopleActionState,
  formData: FormData,
): Promise<PeopleActionState> {
  await requirePermission("people:manage");
  const userId = recordId.safeParse(formData.get("userId"));
  if (!userId.success) return { status: "error", message: "Reload the page and try again." };
  const resend = await prepareInviteResend(userId.data);
  if (resend.status === "already-signed-in") {
    return {
      status: "error",
      message: "They have signed in before: they can ask for a link on the sign-in page.",
    };
  }
  const outcome = await requestSignInLink({
    email: resend.email,
    callbackPath: "/",
    clientIp: clientIpFrom(await headers(), getEnv().TRUSTED_PROXY_HOPS),
  });
  if (outcome.kind === "rate-limited") {
    return {
      status: "error",
      message: "Too many links went to that address just now. Try again in a few minutes.",
    };
  }
  return { status: "success", message: `A sign-in link is on its way to ${resend.email}.` };
}

export async function revokeInviteAction(formData: FormData): Promise<void> {
  await requirePermission("people:manage");
  const parsed = revokeInviteSchema.safeParse({ inviteId: formData.get("inviteId") });
  if (!parsed.success) return;
  await revokeInvite(parsed.data.inviteId);
  revalidateAdmin();
}

// The people list, the invites and the overview's counts all change together.
function revalidateAdmin() {
  revalidatePath("/admin", "layout");
}
