"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStudent } from "@/lib/data/student/scope";
import { createOutcome, deleteOutcome, updateOutcome } from "@/lib/data/student/outcomes/outcomes";
import { fieldErrorsOf, type ActionState } from "@/lib/validation/action-state";
import { createOutcomeSchema, updateOutcomeSchema } from "@/lib/validation/outcome";
import { outcomeFormValues } from "@/lib/validation/outcome-form";
import { parseRouteParam } from "@/lib/validation/route-params";

const STALE =
  "This outcome was changed in another tab since you opened it, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest version.";

export async function createOutcomeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const { values, input } = outcomeFormValues(formData, ["creationKey"]);
  const parsed = createOutcomeSchema.safeParse(input);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  await createOutcome(parsed.data);
  revalidatePath("/outcomes");
  // A clean form with a fresh key: the next outcome is a new record.
  return { status: "success", fieldErrors: {}, values: { creationKey: crypto.randomUUID() } };
}

export async function updateOutcomeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const { values, input } = outcomeFormValues(formData, ["id", "version"]);
  const parsed = updateOutcomeSchema.safeParse(input);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateOutcome(parsed.data);
  if (result.status === "stale") return { status: "error", fieldErrors: {}, formError: STALE, values };
  revalidatePath("/outcomes");
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function deleteOutcomeAction(formData: FormData) {
  await requireStudent();
  const id = parseRouteParam(formData.get("id"));
  if (id === null) redirect("/outcomes");
  await deleteOutcome(id);
  revalidatePath("/outcomes");
  redirect("/outcomes?deleted=1");
}
