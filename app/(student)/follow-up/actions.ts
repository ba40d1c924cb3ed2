"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { logFollowUp, recordThankYou } from "@/lib/data/student/contacts/follow-ups";
import { requireStudent } from "@/lib/data/student/scope";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { FOLLOW_UP_FORM_KEYS, logFollowUpSchema, thankYouSchema } from "@/lib/validation/follow-up";

function revalidateStudentPages() {
  revalidatePath("/follow-up");
  revalidatePath("/home");
  revalidatePath("/interviews", "layout");
  revalidatePath("/contacts", "layout");
}

/** One click on the follow-up page: the thank-you for this interview was sent today. */
export async function markThankYouSentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...FOLLOW_UP_FORM_KEYS, "interviewId", "creationKey"]);
  const parsed = thankYouSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { interviewId, ...thankYou } = parsed.data;
  const result = await recordThankYou(interviewId, thankYou);
  if (result.status === "invalid")
    return { status: "error", fieldErrors: {}, formError: result.message, values };
  // "duplicate": one was already recorded (another tab): the list is out of date, not the student.
  revalidateStudentPages();
  redirect("/follow-up?logged=thank-you");
}

/** One click on the follow-up page: an update or a keep-in-touch note was sent today. */
export async function markTouchSentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...FOLLOW_UP_FORM_KEYS, "kind", "contactId", "creationKey"]);
  const parsed = logFollowUpSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { contactId, ...input } = parsed.data;
  await logFollowUp(contactId, input);
  revalidateStudentPages();
  redirect(`/follow-up?logged=${input.kind}`);
}
