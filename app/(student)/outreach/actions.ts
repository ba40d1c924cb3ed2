"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { logOutreach, recordReply } from "@/lib/data/student/contacts/outreach";
import { requireStudent } from "@/lib/data/student/scope";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import {
  logOutreachSchema,
  OUTREACH_FORM_KEYS,
  recordReplySchema,
  REPLY_FORM_KEYS,
} from "@/lib/validation/outreach";

function revalidateStudentPages() {
  revalidatePath("/outreach");
  revalidatePath("/home");
  revalidatePath("/contacts", "layout");
}

/** One click on the outreach page: the follow-up the method suggested was sent today. */
export async function logFollowUpSentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...OUTREACH_FORM_KEYS, "contactId", "creationKey"]);
  const parsed = logOutreachSchema.safeParse({ ...values, isFollowUp: "on" });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { contactId, ...attempt } = parsed.data;
  await logOutreach(contactId, attempt);
  revalidateStudentPages();
  redirect("/outreach?logged=follow-up");
}

/** One click on the outreach page: they answered today. */
export async function recordReplyReceivedAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...REPLY_FORM_KEYS, "id", "version"]);
  const parsed = recordReplySchema.safeParse({ ...values, reply: "replied" });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { id, ...reply } = parsed.data;
  const result = await recordReply(id, reply);
  if (result.status === "invalid")
    return { status: "error", fieldErrors: { [result.field]: [result.message] }, values };
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError: "This message was changed in another tab. Reload the page, then try again.",
      values,
    };
  }
  revalidateStudentPages();
  redirect("/outreach?logged=reply");
}
