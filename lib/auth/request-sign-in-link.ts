import "server-only";
import { unsafeConsumeSignInAttempt } from "@/lib/data/sign-in/rate-limit";
import { unsafeMaySignIn } from "@/lib/data/sign-in/eligibility";
import { getEnv } from "@/lib/env";
import { EMAIL_PROVIDER_ID, signIn } from "./auth";

export type SignInLinkOutcome =
  { kind: "sent-if-eligible" } | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * Mails a sign-in link when the address may sign in. Known and unknown addresses get the same outcome, so
 * the answer never tells anyone who has an account.
 */
export async function requestSignInLink(input: {
  email: string;
  callbackPath: string;
  clientIp: string | null;
  /**
   * Runs once the request is within the rate limits, before eligibility is decided: the join page opens
   * its invite here, so a flood of refused requests leaves no invites behind.
   */
  beforeEligibility?: () => Promise<void>;
}): Promise<SignInLinkOutcome> {
  const limit = await unsafeConsumeSignInAttempt(input.email, input.clientIp);
  if (!limit.allowed) return { kind: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  await input.beforeEligibility?.();
  if (await unsafeMaySignIn(input.email, getEnv().ALLOWED_EMAIL_DOMAINS)) {
    await signIn(EMAIL_PROVIDER_ID, { email: input.email, redirectTo: input.callbackPath, redirect: false });
  }
  return { kind: "sent-if-eligible" };
}
