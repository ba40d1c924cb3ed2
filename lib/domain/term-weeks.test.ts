import { describe, expect, it } from "vitest";
import { isWithinTerm, lastDayOfTermWeek, weeksInTerm } from "./term-weeks";

describe("term weeks", () => {
  it("counts full and partial weeks", () => {
    expect(weeksInTerm("2026-09-07", "2026-09-13")).toBe(1);
    expect(weeksInTerm("2026-09-07", "2026-09-14")).toBe(2);
    expect(weeksInTerm("2026-09-07", "2026-12-11")).toBe(14);
    expect(weeksInTerm("2026-09-07", "2026-09-07")).toBe(1);
  });

  it("ends week N on the term's first day plus 7N - 1 days", () => {
    expect(lastDayOfTermWeek("2026-09-07", "2026-12-11", 1)).toBe("2026-09-13");
    expect(lastDayOfTermWeek("2026-09-07", "2026-12-11", 3)).toBe("2026-09-27");
    // Across a month and a DST change: calendar days, not 24-hour blocks.
    expect(lastDayOfTermWeek("2026-10-26", "2026-12-11", 1)).toBe("2026-11-01");
  });

  it("ends a short final week with the term, and knows no week beyond it", () => {
    expect(lastDayOfTermWeek("2026-09-07", "2026-12-11", 14)).toBe("2026-12-11");
    expect(lastDayOfTermWeek("2026-09-07", "2026-12-11", 15)).toBeNull();
    expect(lastDayOfTermWeek("2026-09-07", "2026-12-11", 0)).toBeNull();
    expect(lastDayOfTermWeek("2026-09-07", "2026-12-11", 2.5)).toBeNull();
  });

  it("tells whether a date is within the term", () => {
    expect(isWithinTerm("2026-09-07", "2026-09-07", "2026-12-11")).toBe(true);
    expect(isWithinTerm("2026-12-11", "2026-09-07", "2026-12-11")).toBe(true);
    expect(isWithinTerm("2026-12-12", "2026-09-07", "2026-12-11")).toBe(false);
  });
});
