"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { joinCohortWithCode, requestJoinSignInLink } from "@/lib/data/join/join-cohort";
import { getEnv } from "@/lib/env";
import { fieldErrorsOf, submittedValues, type ActionState } from "@/lib/validation/action-state";
import { joinEmailSchema } from "@/lib/validation/cohort";
import { parseRouteParam } from "@/lib/validation/route-params";
import { signInRefusalMessage } from "@/lib/auth/sign-in-refusal";

function joinPath(formData: FormData) {
  return `/join/${encodeURIComponent(parseRouteParam(formData.get("code")) ?? "")}`;
}

/** The signed-in student presses Join. Every outcome lands back on the join page, which explains it. */
export async function joinCohortAction(formData: FormData) {
  const result = await joinCohortWithCode(parseRouteParam(formData.get("code")) ?? "");
  redirect(result.status === "joined" ? `${joinPath(formData)}?joined=1` : joinPath(formData));
}

/**
 * A visitor without a session gives their email: a sign-in link comes back to the join page, with the same
 * neutral answer and rate limits as the sign-in page.
 */
export async function requestJoinLinkAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const values = submittedValues(formData, ["email", "code"]);
  const parsed = joinEmailSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  const env = getEnv();
  const outcome = await requestJoinSignInLink({
    code: parseRouteParam(values.code) ?? "",
    email: parsed.data.email,
    clientIp: clientIpFrom(await headers(), env.TRUSTED_PROXY_HOPS),
  });
  if (outcome.kind === "invalid") redirect(joinPath(formData));
  if (outcome.kind === "rate-limited") {
    return { status: "error", fieldErrors: {}, formError: signInRefusalMessage(outcome), values };
  }
  redirect("/sign-in/check-email");
}
