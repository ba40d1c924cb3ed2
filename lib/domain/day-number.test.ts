import { describe, expect, it } from "vitest";
import {
  addMonthsToDayNumber,
  civilFromDayNumber,
  dayNumberFromCivil,
  daysInMonth,
  isoWeekday,
  startOfIsoWeek,
} from "./day-number";

// Wider random checks against Date and date-fns are in date-fns-agreement.test.ts.

describe("day numbers", () => {
  it("count days from 1970-01-01, a Thursday", () => {
    expect(dayNumberFromCivil(1970, 1, 1)).toBe(0);
    expect(dayNumberFromCivil(1969, 12, 31)).toBe(-1);
    expect(dayNumberFromCivil(2026, 12, 1)).toBe(Date.UTC(2026, 11, 1) / 86_400_000);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(-1)).toBe(3); // before 1970 too
    expect(civilFromDayNumber(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it("know leap years, century years included", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(civilFromDayNumber(dayNumberFromCivil(2024, 2, 28) + 1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(civilFromDayNumber(dayNumberFromCivil(2100, 2, 28) + 1)).toEqual({ year: 2100, month: 3, day: 1 });
  });

  it("find the Monday of a week", () => {
    const sunday = dayNumberFromCivil(2026, 11, 29);
    expect(isoWeekday(sunday)).toBe(7);
    expect(civilFromDayNumber(startOfIsoWeek(sunday))).toEqual({ year: 2026, month: 11, day: 23 });
    expect(startOfIsoWeek(sunday + 1)).toBe(sunday + 1);
  });

  it("add months clamped at month ends, without carrying the clamp over", () => {
    const jan31 = dayNumberFromCivil(2024, 1, 31);
    expect(civilFromDayNumber(addMonthsToDayNumber(jan31, 1))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilFromDayNumber(addMonthsToDayNumber(jan31, 13))).toEqual({ year: 2025, month: 2, day: 28 });
    expect(civilFromDayNumber(addMonthsToDayNumber(jan31, 2))).toEqual({ year: 2024, month: 3, day: 31 });
    expect(civilFromDayNumber(addMonthsToDayNumber(jan31, -2))).toEqual({ year: 2023, month: 11, day: 30 });
    expect(addMonthsToDayNumber(jan31, 0)).toBe(jan31);
  });
});
