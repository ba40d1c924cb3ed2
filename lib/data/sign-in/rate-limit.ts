import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema/index";
import { getEnv } from "@/lib/env";
import { singleton } from "@/lib/singleton";

const SIGN_IN_WINDOW_SECONDS = 15 * 60;

type Limiters = { perPair: RateLimiterDrizzle; perAddress: RateLimiterDrizzle; perIp: RateLimiterDrizzle };

function limiters(): Limiters {
  const env = getEnv();
  return singleton("sign-in-limiters", env.DATABASE_URL, () => {
    const common = { storeClient: getDb(), schema: rateLimits, duration: SIGN_IN_WINDOW_SECONDS };
    return {
      perPair: new RateLimiterDrizzle({
        ...common,
        keyPrefix: "sign-in:pair",
        points: env.SIGN_IN_LIMIT_PER_EMAIL,
      }),
      perAddress: new RateLimiterDrizzle({
        ...common,
        keyPrefix: "sign-in:address",
        points: env.SIGN_IN_LIMIT_PER_ADDRESS,
      }),
      perIp: new RateLimiterDrizzle({ ...common, keyPrefix: "sign-in:ip", points: env.SIGN_IN_LIMIT_PER_IP }),
    };
  });
}

export type SignInAttempt =
  | { allowed: true }
  /** This client asked too often (for this address, or for any): it waits; nobody else does. */
  | { allowed: false; reason: "client"; retryAfterSeconds: number }
  /**
   * The address had its share of links this window, from every client together. Links already sent still
   * work, and a device that signed in to this address before is not held back by it.
   */
  | { allowed: false; reason: "address"; retryAfterSeconds: number };

/**
 * Counts one sign-in request. An attacker who asks for someone's address from many clients used to lock the
 * owner out; now each client has its own allowance per address, so only the asking client is refused. The
 * per-address cap only bounds how much mail one address receives, and it never applies to a device that
 * has signed in to that address before (`rememberedDevice`), so the owner on their own device always gets a
 * link. Counted alike for known and unknown addresses, so no answer reveals an account.
 * `unsafe`: it runs before anyone is signed in, and it touches only the limiter's counters.
 */
export async function unsafeConsumeSignInAttempt(
  email: string,
  ip: string | null,
  options: { rememberedDevice?: boolean } = {},
): Promise<SignInAttempt> {
  const { perPair, perAddress, perIp } = limiters();
  const refusal = async (limiter: RateLimiterDrizzle, key: string) => {
    try {
      await limiter.consume(key);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.ceil(rejection.msBeforeNext / 1000);
      throw rejection;
    }
  };
  const ipWait = ip ? await refusal(perIp, ip) : null;
  if (ipWait !== null) return { allowed: false, reason: "client", retryAfterSeconds: ipWait };
  // Without a trusted client address the pair degrades to the address alone: the old, lockable limit,
  // but only behind a proxy that fails to say who the client is (decision 002).
  const pairWait = await refusal(perPair, `${email}|${ip ?? "unknown-client"}`);
  if (pairWait !== null) return { allowed: false, reason: "client", retryAfterSeconds: pairWait };
  if (options.rememberedDevice) return { allowed: true };
  const addressWait = await refusal(perAddress, email);
  if (addressWait !== null) return { allowed: false, reason: "address", retryAfterSeconds: addressWait };
  return { allowed: true };
}
