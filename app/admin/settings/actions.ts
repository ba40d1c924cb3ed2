"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { updateInstanceSettings } from "@/lib/data/admin/instance-settings";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import {
  INSTANCE_SETTINGS_FORM_KEYS,
  updateInstanceSettingsSchema,
} from "@/lib/validation/instance-settings";

export async function updateInstanceSettingsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requirePermission("settings:manage");
  const values = submittedValues(formData, [...INSTANCE_SETTINGS_FORM_KEYS, "version"]);
  const parsed = updateInstanceSettingsSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateInstanceSettings(parsed.data);
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError:
        "Another admin saved the settings since you opened this page, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest settings.",
      values,
    };
  }
  // Due dates on every student's pages follow these settings.
  revalidatePath("/", "layout");
  return {
    status: "success",
    fieldErrors: {},
    // Shown as saved: one domain per line, cleaned up.
    values: {
      ...values,
      allowedEmailDomains: parsed.data.allowedEmailDomains.join("\n"),
      version: String(result.version),
    },
  };
}
