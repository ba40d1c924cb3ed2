"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import {
  assignAdvisorToCohort,
  createCohort,
  setCohortArchived,
  unassignAdvisorFromCohort,
  updateCohort,
} from "@/lib/data/admin/cohorts";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import {
  advisorAssignmentSchema,
  COHORT_FORM_KEYS,
  cohortIdSchema,
  createCohortSchema,
  updateCohortSchema,
} from "@/lib/validation/admin-cohort";

const DUPLICATE = { name: ["There is already a cohort with this name in this term."] };

export async function createCohortAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("cohorts:manage");
  const values = submittedValues(formData, COHORT_FORM_KEYS);
  const parsed = createCohortSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await createCohort(parsed.data);
  if (result.status === "duplicate-name") return { status: "error", fieldErrors: DUPLICATE, values };
  revalidatePath("/admin", "layout");
  redirect(`/admin/cohorts/${result.id}?created=1`);
}

export async function updateCohortAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("cohorts:manage");
  const values = submittedValues(formData, [...COHORT_FORM_KEYS, "id", "version"]);
  const parsed = updateCohortSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateCohort(parsed.data);
  if (result.status === "duplicate-name") return { status: "error", fieldErrors: DUPLICATE, values };
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError:
        "This cohort was changed in another tab since you opened it, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest version.",
      values,
    };
  }
  revalidatePath("/admin", "layout");
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function archiveCohortAction(formData: FormData): Promise<void> {
  await setArchived(formData, true);
}

export async function unarchiveCohortAction(formData: FormData): Promise<void> {
  await setArchived(formData, false);
}

async function setArchived(formData: FormData, archived: boolean) {
  await requirePermission("cohorts:manage");
  const parsed = cohortIdSchema.safeParse({ cohortId: formData.get("cohortId") });
  if (!parsed.success) redirect("/admin/cohorts");
  await setCohortArchived(parsed.data.cohortId, archived);
  revalidatePath("/admin", "layout");
  redirect(`/admin/cohorts/${parsed.data.cohortId}?${archived ? "archived" : "unarchived"}=1`);
}

export async function assignAdvisorAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("cohorts:manage");
  const values = submittedValues(formData, ["cohortId", "advisorId"]);
  const parsed = advisorAssignmentSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const outcome = await assignAdvisorToCohort(parsed.data);
  if (outcome.status === "not-an-advisor") {
    return {
      status: "error",
      fieldErrors: { advisorId: ["Only an active advisor can be assigned. Choose one from the list."] },
      values,
    };
  }
  revalidatePath("/admin", "layout");
  return { status: "success", fieldErrors: {}, values: { cohortId: parsed.data.cohortId } };
}

export async function unassignAdvisorAction(formData: FormData): Promise<void> {
  await requirePermission("cohorts:manage");
  const parsed = advisorAssignmentSchema.safeParse({
    cohortId: formData.get("cohortId"),
    advisorId: formData.get("advisorId"),
  });
  if (!parsed.success) redirect("/admin/cohorts");
  await unassignAdvisorFromCohort(parsed.data);
  revalidatePath("/admin", "layout");
}
