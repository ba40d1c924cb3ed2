"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { OIDC_PROVIDER_ID, signIn } from "@/lib/auth/auth";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { safeCallbackPath } from "@/lib/domain/callback-url";
import { getEnv } from "@/lib/env";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { signInRequestSchema } from "@/lib/validation/sign-in";
import { signInRefusalMessage } from "@/lib/auth/sign-in-refusal";

export async function requestSignInLinkAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const values = submittedValues(formData, ["email", "callbackUrl"]);
  const parsed = signInRequestSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };

  const env = getEnv();
  const outcome = await requestSignInLink({
    email: parsed.data.email,
    callbackPath: safeCallbackPath(parsed.data.callbackUrl, env.APP_URL),
    clientIp: clientIpFrom(await headers(), env.TRUSTED_PROXY_HOPS),
  });
  if (outcome.kind === "rate-limited") {
    return { status: "error", fieldErrors: {}, formError: signInRefusalMessage(outcome), values };
  }
  redirect("/sign-in/check-email");
}

export async function signInWithSsoAction(formData: FormData) {
  const env = getEnv();
  if (!env.oidc) redirect("/sign-in");
  const callbackUrl = formData.get("callbackUrl");
  await signIn(OIDC_PROVIDER_ID, {
    redirectTo: safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : null, env.APP_URL),
  });
}
