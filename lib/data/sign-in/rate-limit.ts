import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema/index";
import { getEnv } from "@/lib/env";
import { singleton } from "@/lib/singleton";

const WINDOW_SECONDS = 15 * 60;

type Limiters = { perEmail: RateLimiterDrizzle; perIp: RateLimiterDrizzle };

function limiters(): Limiters {
  const env = getEnv();
  return singleton("sign-in-limiters", env.DATABASE_URL, () => {
    const common = { storeClient: getDb(), schema: rateLimits, duration: WINDOW_SECONDS };
    return {
      perEmail: new RateLimiterDrizzle({
        ...common,
        keyPrefix: "sign-in:email",
        points: env.SIGN_IN_LIMIT_PER_EMAIL,
      }),
      perIp: new RateLimiterDrizzle({ ...common, keyPrefix: "sign-in:ip", points: env.SIGN_IN_LIMIT_PER_IP }),
    };
  });
}

/**
 * Counts one sign-in request against both the address and the client IP. `unsafe`: it runs before anyone
 * is signed in, and it touches only the limiter's counters, never a person's records.
 */
export async function unsafeConsumeSignInAttempt(
  email: string,
  ip: string | null,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const { perEmail, perIp } = limiters();
  try {
    await perEmail.consume(email);
    if (ip) await perIp.consume(ip);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
    }
    throw rejection;
  }
}
