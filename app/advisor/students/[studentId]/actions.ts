"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/session";
import { addComment } from "@/lib/data/advisor/students/comments";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { COMMENT_FORM_KEYS, commentSchema } from "@/lib/validation/comment";
import { recordOutcomeForStudent } from "@/lib/data/advisor/students/outcomes";
import { markAttentionHandled } from "@/lib/data/advisor/students/nudges";
import { HANDLED_FORM_KEYS, handledSchema } from "@/lib/validation/nudge";
import { advisorOutcomeSchema } from "@/lib/validation/outcome";
import { outcomeFormValues } from "@/lib/validation/outcome-form";

/** A comment on the student's work, or on one interview when the form carries its id. */
export async function addCommentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("students:comment-in-assigned-cohorts");
  const values = submittedValues(formData, COMMENT_FORM_KEYS);
  const parsed = commentSchema.safeParse(values);
  if (!parsed.success) {
    const { body, ...hidden } = fieldErrorsOf(parsed.error);
    return {
      status: "error",
      fieldErrors: body ? { body } : {},
      // The ids and key come from hidden fields: only a stale or tampered page gets them wrong.
      formError: Object.keys(hidden).length > 0 ? "Reload the page and try again." : undefined,
      values,
    };
  }
  await addComment(parsed.data);
  const page = `/advisor/students/${parsed.data.studentId}`;
  revalidatePath(page);
  if (parsed.data.interviewId) revalidatePath(`${page}/interviews/${parsed.data.interviewId}`);
  // An empty form with a fresh key, so the next comment is a new one.
  return { status: "success", fieldErrors: {}, values: { creationKey: crypto.randomUUID() } };
}

/** An outcome the advisor records for the student; it joins the student's own list. */
export async function recordOutcomeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("students:view-in-assigned-cohorts");
  const { values, input } = outcomeFormValues(formData, ["creationKey", "studentId"]);
  const parsed = advisorOutcomeSchema.safeParse(input);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { studentId, ...outcome } = parsed.data;
  // An advisor's note is never the student's private note.
  await recordOutcomeForStudent(studentId, { ...outcome, notePrivate: false });
  revalidatePath(`/advisor/students/${studentId}`);
  return { status: "success", fieldErrors: {}, values: { creationKey: crypto.randomUUID() } };
}

/** Marks one flag handled with the advisor's note: hidden from the dashboard for a week unless it persists. */
export async function markHandledAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requirePermission("students:nudge-in-assigned-cohorts");
  const values = submittedValues(formData, HANDLED_FORM_KEYS);
  const parsed = handledSchema.safeParse(values);
  if (!parsed.success) {
    const { note, ...hidden } = fieldErrorsOf(parsed.error);
    return {
      status: "error",
      fieldErrors: note ? { note } : {},
      formError: Object.keys(hidden).length > 0 ? "Reload the page and try again." : undefined,
      values,
    };
  }
  await markAttentionHandled(parsed.data);
  revalidatePath(`/advisor/students/${parsed.data.studentId}`);
  revalidatePath(`/advisor/cohorts/${parsed.data.cohortId}`);
  return { status: "success", fieldErrors: {}, values: {} };
}
