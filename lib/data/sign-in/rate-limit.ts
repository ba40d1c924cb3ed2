import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema/index";
import { getEnv } from "@/lib/env";

const WINDOW_SECONDS = 15 * 60;

type Limiters = { perEmail: RateLimiterDrizzle; perIp: RateLimiterDrizzle };
const holder = globalThis as unknown as { __fieldnotesSignInLimiters?: Limiters & { url: string } };

function limiters(): Limiters {
  const url = process.env.DATABASE_URL ?? "";
  if (holder.__fieldnotesSignInLimiters?.url !== url) {
    const env = getEnv();
    const common = { storeClient: getDb(), schema: rateLimits, duration: WINDOW_SECONDS };
    holder.__fieldnotesSignInLimiters = {
      url,
      perEmail: new RateLimiterDrizzle({
        ...common,
        keyPrefix: "sign-in:email",
        points: env.SIGN_IN_LIMIT_PER_EMAIL,
      }),
      perIp: new RateLimiterDrizzle({ ...common, keyPrefix: "sign-in:ip", points: env.SIGN_IN_LIMIT_PER_IP }),
    };
  }
  return holder.__fieldnotesSignInLimiters;
}

/** Counts one sign-in request against both the address and the client IP. */
export async function consumeSignInAttempt(
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
