import { describe, expect, it } from "vitest";
import {
  JOIN_CODE_MISSES_PER_CLIENT,
  joinCodeGuessWait,
  recordJoinCodeMiss,
} from "@/lib/data/internal/join-code-guesses";

describe("join code guesses", () => {
  it("makes a client that keeps missing wait, and no one else", async () => {
    const guesser = "198.51.100.20";
    const neighbour = "198.51.100.21";
    for (let miss = 1; miss < JOIN_CODE_MISSES_PER_CLIENT; miss++) await recordJoinCodeMiss(guesser);
    expect(await joinCodeGuessWait(guesser)).toBeNull();

    await recordJoinCodeMiss(guesser);
    const wait = await joinCodeGuessWait(guesser);
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await joinCodeGuessWait(neighbour)).toBeNull();
  });

  it("has no key to count without a client address", async () => {
    for (let miss = 0; miss <= JOIN_CODE_MISSES_PER_CLIENT; miss++) await recordJoinCodeMiss(null);
    expect(await joinCodeGuessWait(null)).toBeNull();
  });
});
