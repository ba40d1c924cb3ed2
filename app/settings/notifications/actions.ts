"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/session";
import { updateMyDigestPreferences } from "@/lib/data/digests/preferences";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { DIGEST_PREFERENCES_FORM_KEYS, digestPreferencesSchema } from "@/lib/validation/digest-preferences";

export async function updateDigestPreferencesAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireViewer();
  const values = submittedValues(formData, DIGEST_PREFERENCES_FORM_KEYS);
  const parsed = digestPreferencesSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  await updateMyDigestPreferences(parsed.data);
  revalidatePath("/settings/notifications");
  // An unticked box sends nothing: echo it back as off, so the form shows what was saved.
  return {
    status: "success",
    fieldErrors: {},
    values: {
      studentDigest: parsed.data.studentDigest ? "on" : "",
      advisorDigest: parsed.data.advisorDigest ? "on" : "",
      dailyReminder: parsed.data.dailyReminder ? "on" : "",
      weekday: parsed.data.weekday === null ? "" : String(parsed.data.weekday),
    },
  };
}
