import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDateIn, isValidTimeZone, studentTimeZone } from "./time-zone";

const NY = "America/New_York";

describe("isValidTimeZone", () => {
  it.each(["America/New_York", "Europe/London", "Asia/Kolkata", "Pacific/Chatham", "UTC"])(
    "accepts %s",
    (tz) => {
      expect(isValidTimeZone(tz)).toBe(true);
    },
  );

  it.each(["", "  ", "Nowhere/Special", "America/NewYork", "EST5EDT/x", "local"])("rejects %j", (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe("calendarDateIn", () => {
  it("gives the previous day in New York shortly after midnight UTC", () => {
    expect(calendarDateIn(new Date("2024-01-15T00:30:00Z"), NY)).toBe("2024-01-14"); // 19:30 EST
    expect(calendarDateIn(new Date("2024-01-15T04:59:59Z"), NY)).toBe("2024-01-14"); // 23:59:59 EST
    expect(calendarDateIn(new Date("2024-01-15T05:00:00Z"), NY)).toBe("2024-01-15"); // midnight EST
    expect(calendarDateIn(new Date("2024-01-15T00:30:00Z"), "UTC")).toBe("2024-01-15");
  });

  it("gives the next day east of UTC before midnight UTC", () => {
    expect(calendarDateIn(new Date("2024-01-14T23:30:00Z"), "Asia/Tokyo")).toBe("2024-01-15");
    expect(calendarDateIn(new Date("2024-01-14T18:29:59Z"), "Asia/Kolkata")).toBe("2024-01-14"); // 23:59:59 IST
    expect(calendarDateIn(new Date("2024-01-14T18:30:00Z"), "Asia/Kolkata")).toBe("2024-01-15"); // half-hour offset
  });

  it("moves New York's midnight to 04:00 UTC once daylight time starts (10 March 2024)", () => {
    // Winter: midnight EST is 05:00 UTC.
    expect(calendarDateIn(new Date("2024-03-10T04:59:59Z"), NY)).toBe("2024-03-09");
    expect(calendarDateIn(new Date("2024-03-10T05:00:00Z"), NY)).toBe("2024-03-10");
    // The clocks jump from 02:00 EST (07:00 UTC) to 03:00 EDT; still the same day.
    expect(calendarDateIn(new Date("2024-03-10T06:59:59Z"), NY)).toBe("2024-03-10");
    expect(calendarDateIn(new Date("2024-03-10T07:00:00Z"), NY)).toBe("2024-03-10");
    // Summer: the next midnight is 04:00 UTC.
    expect(calendarDateIn(new Date("2024-03-11T03:59:59Z"), NY)).toBe("2024-03-10");
    expect(calendarDateIn(new Date("2024-03-11T04:00:00Z"), NY)).toBe("2024-03-11");
  });

  it("moves it back to 05:00 UTC when daylight time ends (3 November 2024)", () => {
    expect(calendarDateIn(new Date("2024-11-03T03:59:59Z"), NY)).toBe("2024-11-02");
    expect(calendarDateIn(new Date("2024-11-03T04:00:00Z"), NY)).toBe("2024-11-03");
    // 01:30 happens twice; both are 3 November.
    expect(calendarDateIn(new Date("2024-11-03T05:30:00Z"), NY)).toBe("2024-11-03"); // 01:30 EDT
    expect(calendarDateIn(new Date("2024-11-03T06:30:00Z"), NY)).toBe("2024-11-03"); // 01:30 EST
    expect(calendarDateIn(new Date("2024-11-04T04:59:59Z"), NY)).toBe("2024-11-03"); // the day lasts 25 hours
    expect(calendarDateIn(new Date("2024-11-04T05:00:00Z"), NY)).toBe("2024-11-04");
  });

  it("handles 29 February and the year end", () => {
    expect(calendarDateIn(new Date("2024-03-01T04:59:59Z"), NY)).toBe("2024-02-29");
    expect(calendarDateIn(new Date("2025-01-01T04:59:59Z"), NY)).toBe("2024-12-31");
    expect(calendarDateIn(new Date("2025-01-01T05:00:00Z"), NY)).toBe("2025-01-01");
  });

  it("refuses an unknown zone or an invalid instant", () => {
    expect(() => calendarDateIn(new Date("2024-01-15T00:00:00Z"), "Nowhere/Special")).toThrow(RangeError);
    expect(() => calendarDateIn(new Date("not a date"), NY)).toThrow(RangeError);
  });

  describe("on a server in another zone", () => {
    const original = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = "Asia/Tokyo"; // Node re-reads TZ when it is assigned
    });
    afterAll(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it("still answers in the student's zone", () => {
      expect(new Date("2024-01-15T00:30:00Z").getTimezoneOffset()).toBe(-540); // the zone really is in effect
      expect(calendarDateIn(new Date("2024-01-15T00:30:00Z"), NY)).toBe("2024-01-14");
      expect(calendarDateIn(new Date("2024-03-11T03:59:59Z"), NY)).toBe("2024-03-10");
    });
  });
});

describe("studentTimeZone", () => {
  it("keeps a valid stored zone and falls back to UTC for none or an unknown one", () => {
    expect(studentTimeZone("America/New_York")).toBe("America/New_York");
    expect(studentTimeZone(null)).toBe("UTC");
    expect(studentTimeZone(undefined)).toBe("UTC");
    expect(studentTimeZone("Mars/Olympus_Mons")).toBe("UTC");
  });
});
