"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { sendNudges } from "@/lib/data/advisor/students/nudges";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { NUDGE_FORM_KEYS, nudgeSchema } from "@/lib/validation/nudge";

/** Sends the nudges of one compose form. The same key echoes back, so pressing Send again sends nothing. */
export async function sendNudgesAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("students:nudge-in-assigned-cohorts");
  const values = submittedValues(formData, NUDGE_FORM_KEYS);
  const parsed = nudgeSchema.safeParse(values);
  if (!parsed.success) {
    const { message, ...hidden } = fieldErrorsOf(parsed.error);
    return {
      status: "error",
      fieldErrors: message ? { message } : {},
      formError: Object.keys(hidden).length > 0 ? "Reload the page and try again." : undefined,
      values,
    };
  }
  const result = await sendNudges(parsed.data);
  if (result.status === "rate-limited") {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return {
      status: "error",
      fieldErrors: {},
      formError: `You have sent a lot of nudges this hour. Nothing was sent: try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
      values,
    };
  }
  revalidatePath(`/advisor/cohorts/${parsed.data.cohortId}`);
  for (const { studentId } of parsed.data.recipients) revalidatePath(`/advisor/students/${studentId}`);
  const students = (n: number) => `${n} ${n === 1 ? "student" : "students"}`;
  const sent =
    result.sent > 0
      ? `Nudge sent to ${students(result.sent)}. They see it on their home page too.`
      : `Already sent to ${students(result.alreadySent)}: nothing was sent twice.`;
  return {
    status: "success",
    fieldErrors: {},
    formError:
      result.mailFailed > 0
        ? `${students(result.mailFailed)} could not be mailed; they still see it on their home page.`
        : undefined,
    values: { ...values, result: sent },
  };
}
