"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SIGN_IN_DEVICE_COOKIE } from "@/lib/auth/sign-in-device";
import { deleteMyAccount } from "@/lib/data/student/account/delete-account";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { deleteAccountSchema } from "@/lib/validation/account-deletion";

// Auth.js's session cookie on http and on https; the session row is already gone, the cookie goes too.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export async function deleteAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = submittedValues(formData, ["confirmation"]);
  const parsed = deleteAccountSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await deleteMyAccount(parsed.data.confirmation);
  if (result.status === "confirmation-mismatch") {
    return {
      status: "error",
      fieldErrors: { confirmation: ["That isn't your email address. Type it exactly as shown above."] },
      values,
    };
  }
  const jar = await cookies();
  for (const name of [...SESSION_COOKIES, SIGN_IN_DEVICE_COOKIE]) jar.delete(name);
  redirect("/account-deleted");
}
