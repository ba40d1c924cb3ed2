import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db/client";
import { rateLimits } from "@/db/schema/index";
import { NUDGES_PER_HOUR } from "@/lib/domain/nudge-rules";
import { getEnv } from "@/lib/env";
import { singleton } from "@/lib/singleton";

// The same Postgres-backed counters as sign-in (lib/data/sign-in/rate-limit.ts): shared by every app server.
function limiter(): RateLimiterDrizzle {
  return singleton(
    "nudge-limiter",
    getEnv().DATABASE_URL,
    () =>
      new RateLimiterDrizzle({
        storeClient: getDb(),
        schema: rateLimits,
        keyPrefix: "nudge:advisor",
        points: NUDGES_PER_HOUR,
        duration: 3600,
      }),
  );
}

/**
 * Takes `students` nudges from the advisor's hourly allowance: null when granted, or the seconds to wait.
 * A refused request gives its points back, so asking for too many at once costs nothing.
 * `unsafe`: it trusts the advisor id; lib/data's sendNudges passes the signed-in advisor's.
 */
export async function unsafeTakeNudgeQuota(advisorId: string, students: number): Promise<number | null> {
  const nudges = limiter();
  try {
    await nudges.consume(advisorId, students);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    await nudges.reward(advisorId, students);
    return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  }
}
