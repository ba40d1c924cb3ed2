"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { addCohortGoal, removeCohortGoal, updateCohortSettings } from "@/lib/data/advisor/cohorts/settings";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import {
  COHORT_SETTINGS_FORM_KEYS,
  cohortSettingsSchema,
  GOAL_FORM_KEYS,
  goalSchema,
} from "@/lib/validation/cohort";
import { parseRouteParam } from "@/lib/validation/route-params";

const STALE =
  "Someone changed this cohort since you opened the page, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest version.";

function cohortIdOf(formData: FormData): string {
  return parseRouteParam(formData.get("cohortId")) ?? "";
}

export async function updateCohortSettingsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = cohortIdOf(formData);
  const values = submittedValues(formData, COHORT_SETTINGS_FORM_KEYS);
  const parsed = cohortSettingsSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateCohortSettings(cohortId, parsed.data);
  if (result.status === "stale") return { status: "error", fieldErrors: {}, formError: STALE, values };
  revalidateCohort(cohortId);
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

const GOAL_REFUSED = {
  duplicate: "The cohort already has this goal.",
  "too-many": "A cohort can have up to 20 goals. Remove one before adding another.",
} as const;

export async function addCohortGoalAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = cohortIdOf(formData);
  const values = submittedValues(formData, GOAL_FORM_KEYS);
  const parsed = goalSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await addCohortGoal(cohortId, parsed.data);
  if (result.status === "invalid") return { status: "error", fieldErrors: result.fieldErrors, values };
  if (result.status !== "added") {
    return { status: "error", fieldErrors: {}, formError: GOAL_REFUSED[result.status], values };
  }
  revalidateCohort(cohortId);
  // An empty form, ready for the next goal; the metric stays so the form keeps its kind.
  return { status: "success", fieldErrors: {}, values: { metric: values.metric ?? "" } };
}

export async function removeCohortGoalAction(formData: FormData) {
  await requirePermission("cohorts:edit-assigned");
  const cohortId = cohortIdOf(formData);
  await removeCohortGoal(cohortId, parseRouteParam(formData.get("goalId")) ?? "");
  revalidateCohort(cohortId);
}

// Name, dates and goals also show on the advisor's home and the cohort's dashboard.
function revalidateCohort(cohortId: string) {
  revalidatePath("/advisor");
  revalidatePath(`/advisor/cohorts/${cohortId}`, "layout");
}
