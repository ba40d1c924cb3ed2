import { describe, expect, it } from "vitest";
import { compareCalendarDates, formatCalendarDate, isCalendarDate, parseCalendarDate } from "./calendar-date";

describe("parseCalendarDate / formatCalendarDate", () => {
  it.each(["2024-01-01", "2024-02-29", "2024-03-10", "2024-11-03", "1999-12-31", "2100-02-28"])(
    "round-trips %s",
    (value) => {
      expect(formatCalendarDate(parseCalendarDate(value))).toBe(value);
    },
  );

  it("pins the date to midnight UTC", () => {
    expect(parseCalendarDate("2024-03-10").getTime()).toBe(Date.UTC(2024, 2, 10));
  });

  it.each([
    "2023-02-29", // not a leap year
    "2024-02-30",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-3-1",
    "20240301",
    "2024-03-01T00:00:00Z",
    " 2024-03-01",
    "",
  ])("rejects %j", (value) => {
    expect(() => parseCalendarDate(value)).toThrow(RangeError);
    expect(isCalendarDate(value)).toBe(false);
  });

  it("accepts 29 February in a leap year only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true); // divisible by 400
    expect(isCalendarDate("1900-02-29")).toBe(false); // divisible by 100
  });
});

describe("compareCalendarDates", () => {
  it("orders dates", () => {
    expect(compareCalendarDates("2024-01-31", "2024-02-01")).toBeLessThan(0);
    expect(compareCalendarDates("2024-02-01", "2024-01-31")).toBeGreaterThan(0);
    expect(compareCalendarDates("2024-02-01", "2024-02-01")).toBe(0);
  });

  it("refuses strings that would compare wrongly", () => {
    expect(() => compareCalendarDates("2024-2-1", "2024-01-31")).toThrow(RangeError);
  });
});
