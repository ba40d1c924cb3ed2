import "server-only";
import { RateLimiterDrizzle } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema/index";
import { singleton } from "@/lib/singleton";

// A join code is the only capability on /join/<code>, so guessing one must be slow. Only misses count: a
// student opening their own link again and again is never held up. 20 misses per client per 15 minutes
// leaves room for typos and makes walking 31^8 codes hopeless. The counters live in Postgres, like the
// sign-in limits, so every app server shares them.
export const JOIN_CODE_MISSES_PER_CLIENT = 20;
const WINDOW_SECONDS = 15 * 60;

function limiter() {
  return singleton("join-code-limiter", process.env.DATABASE_URL ?? "", () => {
    return new RateLimiterDrizzle({
      storeClient: getDb(),
      schema: rateLimits,
      keyPrefix: "join-code:ip",
      points: JOIN_CODE_MISSES_PER_CLIENT,
      duration: WINDOW_SECONDS,
    });
  });
}

/** Seconds this client must wait before trying another code, or null when it may try now. */
export async function joinCodeGuessWait(clientIp: string | null): Promise<number | null> {
  if (!clientIp) return null;
  const state = await limiter().get(clientIp);
  if (!state || state.consumedPoints < JOIN_CODE_MISSES_PER_CLIENT) return null;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Counts a code that did not open anything against this client. */
export async function recordJoinCodeMiss(clientIp: string | null): Promise<void> {
  if (clientIp) await limiter().penalty(clientIp, 1);
}
