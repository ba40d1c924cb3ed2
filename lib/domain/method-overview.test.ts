import { describe, expect, it } from "vitest";
import { thankYouTimeliness } from "./method-overview";
import { thankYouStatus } from "./thank-you";

// Thursday 12 Nov 2026: due Friday 13 (1 business day), on time through Thursday 19, overdue from Friday 20.
const HELD = "2026-11-12";

describe("thankYouTimeliness", () => {
  it("calls a thank-you sent by the overdue line on time, and one sent after it late", () => {
    expect(thankYouTimeliness(HELD, "2026-11-12", "2026-11-30", 7)).toEqual({ state: "on-time", days: 0 });
    expect(thankYouTimeliness(HELD, "2026-11-19", "2026-11-30", 7)).toEqual({ state: "on-time", days: 7 });
    expect(thankYouTimeliness(HELD, "2026-11-20", "2026-11-30", 7)).toEqual({ state: "late", days: 8 });
  });

  it("is pending while the thank-you is upcoming or due, and missing once it is overdue", () => {
    expect(thankYouTimeliness(HELD, null, "2026-11-16", 7)).toEqual({ state: "pending", daysSince: 4 });
    expect(thankYouTimeliness(HELD, null, "2026-11-19", 7)).toEqual({ state: "pending", daysSince: 7 });
    expect(thankYouTimeliness(HELD, null, "2026-11-20", 7)).toEqual({ state: "missing", daysSince: 8 });
    // A note dated before the interview thanked them for something else.
    expect(thankYouTimeliness(HELD, "2026-11-01", "2026-11-20", 7)).toMatchObject({ state: "missing" });
  });

  it("agrees with thankYouStatus on every day of a month, for strict and lax rules", () => {
    const word = { "sent-on-time": "on-time", "sent-late": "late", overdue: "missing" } as const;
    for (const overdueDays of [0, 2, 7, 14]) {
      for (let d = 12; d <= 30; d += 1) {
        const today = `2026-11-${String(d).padStart(2, "0")}`;
        for (const sent of [null, "2026-11-13", "2026-11-25"]) {
          if (sent !== null && sent > today) continue;
          const status = thankYouStatus({ interviewCompletedOn: HELD, thankYouSentOn: sent }, today, {
            overdueDays,
          }).state;
          const expected = status in word ? word[status as keyof typeof word] : "pending";
          expect(thankYouTimeliness(HELD, sent, today, overdueDays).state).toBe(expected);
        }
      }
    }
  });
});
