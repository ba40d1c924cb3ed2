import { describe, expect, it } from "vitest";
import { overdueThankYous, tallyThankYous } from "./thank-you-tally";

describe("tallyThankYous", () => {
  it("is all zeros for a student with no completed interviews", () => {
    expect(tallyThankYous({ thankYouDelays: [], interviewsAwaitingThankYou: [] }, "2026-10-15")).toEqual({
      onTime: 0,
      late: 0,
      missing: 0,
      pending: 0,
    });
  });

  it("counts a thank-you sent on day 7 as on time and on day 8 as late", () => {
    expect(
      tallyThankYous({ thankYouDelays: [0, 1, 7, 8, 30], interviewsAwaitingThankYou: [] }, "2026-10-15"),
    ).toEqual({ onTime: 3, late: 2, missing: 0, pending: 0 });
  });

  it("counts an unsent thank-you as pending through day 7 and missing from day 8", () => {
    const awaiting = { thankYouDelays: [], interviewsAwaitingThankYou: ["2026-10-08", "2026-10-07"] };
    expect(tallyThankYous(awaiting, "2026-10-15")).toEqual({ onTime: 0, late: 0, missing: 1, pending: 1 });
    expect(tallyThankYous(awaiting, "2026-10-14")).toEqual({ onTime: 0, late: 0, missing: 0, pending: 2 });
  });

  it("crosses a month end by calendar days", () => {
    const awaiting = { thankYouDelays: [], interviewsAwaitingThankYou: ["2026-09-28"] };
    expect(tallyThankYous(awaiting, "2026-10-05").pending).toBe(1);
    expect(tallyThankYous(awaiting, "2026-10-06").missing).toBe(1);
  });

  it("uses another overdue line when given one", () => {
    expect(
      tallyThankYous(
        { thankYouDelays: [2, 3], interviewsAwaitingThankYou: ["2026-10-12", "2026-10-13"] },
        "2026-10-15",
        2,
      ),
    ).toEqual({ onTime: 1, late: 1, missing: 1, pending: 1 });
  });

  it("ignores a note dated before its interview", () => {
    expect(tallyThankYous({ thankYouDelays: [-1], interviewsAwaitingThankYou: [] }, "2026-10-15")).toEqual({
      onTime: 0,
      late: 0,
      missing: 0,
      pending: 0,
    });
  });

  it("refuses fractional delays and bad rules", () => {
    expect(() =>
      tallyThankYous({ thankYouDelays: [1.5], interviewsAwaitingThankYou: [] }, "2026-10-15"),
    ).toThrow(RangeError);
    expect(() =>
      tallyThankYous({ thankYouDelays: [], interviewsAwaitingThankYou: [] }, "2026-10-15", -1),
    ).toThrow(RangeError);
  });
});

describe("overdueThankYous", () => {
  it("marks each waiting interview, keeping their order", () => {
    expect(overdueThankYous(["2026-10-08", "2026-10-01"], "2026-10-15", 7)).toEqual([
      { interviewOn: "2026-10-08", overdue: false },
      { interviewOn: "2026-10-01", overdue: true },
    ]);
  });
});
