"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { createJoinCode, revokeJoinCode } from "@/lib/data/advisor/cohorts/join-codes";
import { importRoster, previewRoster } from "@/lib/data/advisor/cohorts/roster";
import { revokeInvite } from "@/lib/data/advisor/cohorts/pending-invites";
import { MAX_ROSTER_CHARACTERS } from "@/lib/domain/roster-csv";
import { UPLOAD_TOO_LARGE } from "@/lib/validation/uploads";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { JOIN_CODE_FORM_KEYS, joinCodeSchema, rosterTextSchema } from "@/lib/validation/cohort";
import type { RosterImportState, RosterPreviewState } from "./roster-state";
import { advisorRosterResultView, advisorRosterView } from "./roster-view";
import { parseRouteParam } from "@/lib/validation/route-params";

function textField(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** A record id from a hidden field; "" (which names nothing, so lib/data answers not found) when unusable. */
function idField(formData: FormData, name: string): string {
  return parseRouteParam(formData.get(name)) ?? "";
}

export async function createJoinCodeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = idField(formData, "cohortId");
  const values = submittedValues(formData, JOIN_CODE_FORM_KEYS);
  const parsed = joinCodeSchema.safeParse(values);
  if (!parsed.success) {
    const { expiresInDays, ...hidden } = fieldErrorsOf(parsed.error);
    return {
      status: "error",
      fieldErrors: expiresInDays ? { expiresInDays } : {},
      // The key comes from a hidden field: only a stale or tampered page lacks it.
      formError: Object.keys(hidden).length > 0 ? "Reload the page and try again." : undefined,
      values,
    };
  }
  await createJoinCode(cohortId, parsed.data);
  revalidatePath(`/advisor/cohorts/${cohortId}/enrol`);
  // The same lifetime and a fresh key, so the next click makes another link.
  return {
    status: "success",
    fieldErrors: {},
    values: { expiresInDays: values.expiresInDays ?? "", creationKey: crypto.randomUUID() },
  };
}

export async function revokeJoinCodeAction(formData: FormData) {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = idField(formData, "cohortId");
  await revokeJoinCode(cohortId, idField(formData, "joinCodeId"));
  revalidatePath(`/advisor/cohorts/${cohortId}/enrol`);
}

export async function revokeInviteAction(formData: FormData) {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = idField(formData, "cohortId");
  await revokeInvite(cohortId, idField(formData, "inviteId"));
  revalidatePath(`/advisor/cohorts/${cohortId}/enrol`);
}

/** Step 1: read the pasted or uploaded roster and show what confirming would do. Nothing is written. */
export async function previewRosterAction(
  _previous: RosterPreviewState,
  formData: FormData,
): Promise<RosterPreviewState> {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = idField(formData, "cohortId");
  const pasted = textField(formData, "roster");
  const values = { roster: pasted };
  const fail = (field: "roster" | "file", message: string): RosterPreviewState => ({
    status: "error",
    fieldErrors: { [field]: [message] },
    values,
  });
  let text = pasted;
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (!/\.(csv|txt)$/i.test(file.name))
      return fail("file", "Choose a file whose name ends in .csv or .txt.");
    // Bytes bound characters from above: a file within the byte cap is within the parser's own cap.
    if (file.size > MAX_ROSTER_CHARACTERS) return fail("file", UPLOAD_TOO_LARGE);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return fail("file", "That file isn't readable text. Save it as CSV (UTF-8) and try again.");
    }
  }
  const checked = rosterTextSchema.safeParse(text);
  if (!checked.success) return fail("roster", checked.error.issues[0]?.message ?? "Paste the roster");
  const result = await previewRoster(cohortId, checked.data);
  const source = file instanceof File && file.size > 0 ? file.name : "the pasted list";
  if (!result.ok) return fail(file instanceof File && file.size > 0 ? "file" : "roster", result.message);
  return {
    status: "success",
    fieldErrors: {},
    values,
    preview: { ...result.preview, source, view: advisorRosterView(cohortId, result.preview, source) },
  };
}

/**
 * Step 2: invite and enrol. The form posts back the addresses the preview could act on, one per line; they
 * are parsed and decided again, so nothing in the post is trusted.
 */
export async function importRosterAction(
  _previous: RosterImportState,
  formData: FormData,
): Promise<RosterImportState> {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = idField(formData, "cohortId");
  const checked = rosterTextSchema.safeParse(textField(formData, "emails"));
  if (!checked.success) {
    return {
      status: "error",
      fieldErrors: {},
      formError: "Nothing to add. Preview the roster again.",
      values: {},
    };
  }
  const outcome = await importRoster(cohortId, checked.data, {
    mailInvitees: formData.get("mailInvitees") === "on",
  });
  if (!outcome.ok) return { status: "error", fieldErrors: {}, formError: outcome.message, values: {} };
  revalidatePath(`/advisor/cohorts/${cohortId}`, "layout");
  revalidatePath("/advisor");
  return {
    status: "success",
    fieldErrors: {},
    values: {},
    result: outcome.result,
    resultView: advisorRosterResultView(outcome.result),
  };
}
