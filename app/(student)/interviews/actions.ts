"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordThankYou } from "@/lib/data/student/contacts/follow-ups";
import { addReferralFromInterview } from "@/lib/data/student/interviews/interview-referral";
import { chooseInterviewQuestions } from "@/lib/data/student/interviews/interview-questions";
import {
  recordInterviewNotes,
  scheduleInterview,
  updateInterviewDetails,
} from "@/lib/data/student/interviews/interviews";
import { requireStudent } from "@/lib/data/student/scope";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { FOLLOW_UP_FORM_KEYS, thankYouSchema } from "@/lib/validation/follow-up";
import {
  ANSWER_FIELD_PREFIX,
  chooseQuestionsSchema,
  interviewNotesSchema,
  NOTES_FORM_KEYS,
  REFERRAL_FORM_KEYS,
  referralSchema,
  SCHEDULE_FORM_KEYS,
  scheduleInterviewSchema,
  updateInterviewDetailsSchema,
} from "@/lib/validation/interview";

const STALE =
  "This interview was changed in another tab since you opened it, so nothing was saved. Your edits are still below: copy what you need, then reload the page.";

export async function scheduleInterviewAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...SCHEDULE_FORM_KEYS, "contactId", "creationKey"]);
  const parsed = scheduleInterviewSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await scheduleInterview(parsed.data);
  if (result.status === "invalid")
    return { status: "error", fieldErrors: { time: [result.message] }, values };
  revalidatePath("/interviews");
  redirect(`/interviews/${result.id}?saved=1`);
}

export async function updateInterviewDetailsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...SCHEDULE_FORM_KEYS, "status", "id", "version"]);
  const parsed = updateInterviewDetailsSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await updateInterviewDetails(parsed.data);
  if (result.status === "invalid")
    return { status: "error", fieldErrors: { time: [result.message] }, values };
  if (result.status === "stale") return { status: "error", fieldErrors: {}, formError: STALE, values };
  revalidatePath("/interviews");
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function recordInterviewNotesAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const answerKeys = [...formData.keys()].filter((k) => k.startsWith(ANSWER_FIELD_PREFIX));
  const values = submittedValues(formData, [...NOTES_FORM_KEYS, ...answerKeys, "id", "version"]);
  const parsed = interviewNotesSchema.safeParse({
    ...values,
    answers: answerKeys.map((key) => ({
      questionId: key.slice(ANSWER_FIELD_PREFIX.length),
      answerNotes: values[key] ?? "",
    })),
  });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await recordInterviewNotes(parsed.data);
  if (result.status === "stale") return { status: "error", fieldErrors: {}, formError: STALE, values };
  revalidatePath("/interviews");
  return { status: "success", fieldErrors: {}, values: { ...values, version: String(result.version) } };
}

export async function chooseInterviewQuestionsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, ["id"]);
  // Each ticked box posts its question id and, beside it, the order number the student typed.
  const ticked = formData.getAll("questionId").filter((v): v is string => typeof v === "string");
  const ordered = ticked
    .map((questionId, index) => ({ questionId, index, order: Number(formData.get(`order-${questionId}`)) }))
    .sort((a, b) => (a.order || Infinity) - (b.order || Infinity) || a.index - b.index)
    .map((q) => q.questionId);
  const echoed = { ...values, questionIds: ordered.join(",") };
  const parsed = chooseQuestionsSchema.safeParse({ id: values.id, questionIds: ordered });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Check your choice of questions";
    return { status: "error", fieldErrors: {}, formError: message, values: echoed };
  }
  const result = await chooseInterviewQuestions(parsed.data.id, parsed.data.questionIds);
  if (result.status === "invalid") {
    return { status: "error", fieldErrors: {}, formError: result.message, values: echoed };
  }
  revalidatePath("/interviews");
  return { status: "success", fieldErrors: {}, values: echoed };
}

export async function addReferralAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...REFERRAL_FORM_KEYS, "interviewId", "creationKey"]);
  const parsed = referralSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { interviewId, ...referral } = parsed.data;
  await addReferralFromInterview(interviewId, referral);
  revalidatePath("/interviews");
  revalidatePath("/contacts");
  // A fresh key and empty fields, ready for the next name.
  return {
    status: "success",
    fieldErrors: {},
    values: { interviewId, creationKey: crypto.randomUUID(), name: "", title: "", email: "" },
  };
}

export async function recordThankYouAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, [...FOLLOW_UP_FORM_KEYS, "interviewId", "creationKey"]);
  const parsed = thankYouSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { interviewId, ...thankYou } = parsed.data;
  const result = await recordThankYou(interviewId, thankYou);
  if (result.status === "duplicate") {
    return {
      status: "error",
      fieldErrors: {},
      formError: "A thank-you is already recorded for this interview.",
      values,
    };
  }
  if (result.status === "invalid") {
    return result.field === "sentOn"
      ? { status: "error", fieldErrors: { sentOn: [result.message] }, values }
      : { status: "error", fieldErrors: {}, formError: result.message, values };
  }
  revalidatePath("/interviews");
  return { status: "success", fieldErrors: {}, values };
}
