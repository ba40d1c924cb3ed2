"use server";

import { requirePermission } from "@/lib/auth/session";
import { sendTestDigestToMyself } from "@/lib/data/admin/digest-preview";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { digestPreviewSchema } from "@/lib/validation/digest-preferences";

export async function sendTestDigestAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("people:manage");
  const values = submittedValues(formData, ["userId", "kind"]);
  const parsed = digestPreviewSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const outcome = await sendTestDigestToMyself(parsed.data);
  if (outcome === "empty") {
    return { status: "error", fieldErrors: {}, formError: "There is nothing to send for this week.", values };
  }
  return { status: "success", fieldErrors: {}, values };
}
