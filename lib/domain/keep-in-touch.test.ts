import { describe, expect, it } from "vitest";
import { KEEP_IN_TOUCH_MONTHS, nextKeepInTouch } from "./keep-in-touch";

describe("nextKeepInTouch", () => {
  it("maps cadences to 1, 3 and 6 months", () => {
    expect(KEEP_IN_TOUCH_MONTHS).toEqual({ monthly: 1, quarterly: 3, semiannual: 6 });
  });

  it("is null when the cadence is off", () => {
    expect(nextKeepInTouch({ cadence: "off", lastTouchOn: "2024-01-15" }, "2024-12-31")).toBeNull();
  });

  it("is null before any touch was logged", () => {
    expect(nextKeepInTouch({ cadence: "monthly", lastTouchOn: null }, "2024-12-31")).toBeNull();
  });

  it.each([
    ["monthly", "2024-01-15", "2024-02-15"],
    ["quarterly", "2024-01-15", "2024-04-15"],
    ["semiannual", "2024-01-15", "2024-07-15"],
    ["quarterly", "2024-11-20", "2025-02-20"], // across a year end
  ] as const)("%s after %s is due on %s", (cadence, lastTouchOn, dueOn) => {
    expect(nextKeepInTouch({ cadence, lastTouchOn }, lastTouchOn)).toEqual({ dueOn, overdue: false });
  });

  it("clamps to the end of a shorter month", () => {
    expect(nextKeepInTouch({ cadence: "monthly", lastTouchOn: "2024-01-31" }, "2024-01-31")?.dueOn).toBe(
      "2024-02-29", // leap year
    );
    expect(nextKeepInTouch({ cadence: "monthly", lastTouchOn: "2023-01-31" }, "2023-01-31")?.dueOn).toBe(
      "2023-02-28",
    );
    expect(nextKeepInTouch({ cadence: "quarterly", lastTouchOn: "2024-05-31" }, "2024-05-31")?.dueOn).toBe(
      "2024-08-31",
    );
    expect(nextKeepInTouch({ cadence: "quarterly", lastTouchOn: "2024-03-31" }, "2024-03-31")?.dueOn).toBe(
      "2024-06-30",
    );
    expect(nextKeepInTouch({ cadence: "semiannual", lastTouchOn: "2023-08-31" }, "2023-08-31")?.dueOn).toBe(
      "2024-02-29",
    );
  });

  it("goes from 29 February to 29 March, and to 28 February a year on", () => {
    expect(nextKeepInTouch({ cadence: "monthly", lastTouchOn: "2024-02-29" }, "2024-02-29")?.dueOn).toBe(
      "2024-03-29",
    );
    expect(nextKeepInTouch({ cadence: "semiannual", lastTouchOn: "2024-08-29" }, "2024-08-29")?.dueOn).toBe(
      "2025-02-28",
    );
  });

  it("is not affected by New York's DST change inside the interval", () => {
    expect(nextKeepInTouch({ cadence: "monthly", lastTouchOn: "2024-02-20" }, "2024-02-20")?.dueOn).toBe(
      "2024-03-20",
    );
    expect(nextKeepInTouch({ cadence: "monthly", lastTouchOn: "2024-10-20" }, "2024-10-20")?.dueOn).toBe(
      "2024-11-20",
    );
  });

  it("is due, not overdue, on the due date, and overdue the day after", () => {
    const input = { cadence: "monthly", lastTouchOn: "2024-01-15" } as const;
    expect(nextKeepInTouch(input, "2024-02-15")).toEqual({ dueOn: "2024-02-15", overdue: false });
    expect(nextKeepInTouch(input, "2024-02-16")).toEqual({ dueOn: "2024-02-15", overdue: true });
  });

  it("restarts from the latest touch", () => {
    expect(nextKeepInTouch({ cadence: "quarterly", lastTouchOn: "2024-01-10" }, "2024-05-01")?.overdue).toBe(
      true,
    );
    expect(nextKeepInTouch({ cadence: "quarterly", lastTouchOn: "2024-04-30" }, "2024-05-01")).toEqual({
      dueOn: "2024-07-30",
      overdue: false,
    });
  });
});
