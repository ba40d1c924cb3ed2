"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveMyProfile, saveMyWelcome } from "@/lib/data/student/profile/profile";
import { requireStudent } from "@/lib/data/student/scope";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { PROFILE_FORM_KEYS, profileSchema, welcomeSchema } from "@/lib/validation/profile";

export async function saveProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, PROFILE_FORM_KEYS);
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  await saveMyProfile(parsed.data);
  // The name is in the shell of every page.
  revalidatePath("/", "layout");
  return { status: "success", fieldErrors: {}, values };
}

/** The step after a first sign-in: saved, the student goes on to home. */
export async function saveWelcomeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  await requireStudent();
  const values = submittedValues(formData, ["name", "pronouns", "timeZone"]);
  const parsed = welcomeSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  await saveMyWelcome(parsed.data);
  revalidatePath("/", "layout");
  redirect("/home");
}
