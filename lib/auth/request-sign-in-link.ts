import "server-only";
import { cookies } from "next/headers";
import { after } from "next/server";
import { unsafeConsumeSignInAttempt } from "@/lib/data/sign-in/rate-limit";
import { unsafeMaySignIn } from "@/lib/data/sign-in/eligibility";
import { getEnv } from "@/lib/env";
import { sendSignInLinkAfterResponse } from "./auth";
import { isRememberedDevice, SIGN_IN_DEVICE_COOKIE } from "./sign-in-device";

export type SignInLinkOutcome =
  | { kind: "sent-if-eligible" }
  | { kind: "rate-limited"; reason: "client" | "address"; retryAfterSeconds: number };

/**
 * Mails a sign-in link when the address may sign in. Known and unknown addresses get the same outcome in
 * the same time: before answering, only the rate limits run (alike for every address); deciding whether
 * the address may sign in, storing the token and sending the mail all happen after the response has gone
 * (Next's `after`), so a slow mail server cannot tell anyone which addresses have accounts.
 */
export async function requestSignInLink(input: {
  email: string;
  callbackPath: string;
  clientIp: string | null;
  /**
   * Runs after the response, before eligibility is decided: the join page opens its invite here, so a flood
   * of refused requests leaves no invites behind, and its extra work cannot be timed either.
   */
  beforeEligibility?: () => Promise<void>;
}): Promise<SignInLinkOutcome> {
  const env = getEnv();
  const deviceCookie = (await cookies()).get(SIGN_IN_DEVICE_COOKIE)?.value;
  const limit = await unsafeConsumeSignInAttempt(input.email, input.clientIp, {
    rememberedDevice: isRememberedDevice(deviceCookie, input.email, env.AUTH_SECRET),
  });
  if (!limit.allowed) {
    return { kind: "rate-limited", reason: limit.reason, retryAfterSeconds: limit.retryAfterSeconds };
  }
  after(async () => {
    try {
      await input.beforeEligibility?.();
      if (!(await unsafeMaySignIn(input.email, env.ALLOWED_EMAIL_DOMAINS))) return;
      if (!(await sendSignInLinkAfterResponse(input.email, input.callbackPath))) {
        console.error("sign-in: no link was sent (see Auth.js's message above)");
      }
    } catch (error) {
      // Nobody is waiting for this any more: say it in the log, where an operator looks for mail problems.
      console.error("sign-in: sending a link failed:", error);
    }
  });
  return { kind: "sent-if-eligible" };
}
