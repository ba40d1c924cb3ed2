"use server";

import { revalidatePath } from "next/cache";
import { addQuestion, deleteMyQuestion, savePitch } from "@/lib/data/student/prepare/preparation";
import { requireStudent } from "@/lib/data/student/scope";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import {
  PITCH_FORM_KEYS,
  pitchSchema,
  QUESTION_FORM_KEYS,
  questionSchema,
} from "@/lib/validation/preparation";
import { parseRouteParam } from "@/lib/validation/route-params";

export async function savePitchAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, PITCH_FORM_KEYS);
  const parsed = pitchSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await savePitch(parsed.data);
  if (result.status === "stale") {
    return {
      status: "error",
      fieldErrors: {},
      formError:
        "Your pitch was changed in another tab since you opened it, so nothing was saved. Your edits are still below: copy what you need, then reload the page to see the latest version.",
      values,
    };
  }
  revalidatePath("/prepare");
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function addQuestionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, QUESTION_FORM_KEYS);
  const parsed = questionSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await addQuestion(parsed.data);
  if (result.status === "duplicate") {
    return {
      status: "error",
      fieldErrors: { text: ["This question is already in your bank under that kind."] },
      values,
    };
  }
  revalidatePath("/prepare");
  // Keep the kind chosen and clear the text, ready for the next question.
  return { status: "success", fieldErrors: {}, values: { category: parsed.data.category } };
}

export async function deleteQuestionAction(formData: FormData) {
  await requireStudent();
  const id = parseRouteParam(formData.get("id"));
  if (id === null) return;
  await deleteMyQuestion(id);
  revalidatePath("/prepare");
}
