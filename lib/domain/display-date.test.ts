import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatInterviewTime } from "./display-date";

const NY = "America/New_York";
// 14:00 in New York on Thursday 3 December 2026 (EST, UTC-5).
const DEC_3_2PM_NY = new Date("2026-12-03T19:00:00Z");
const NOW = new Date("2026-11-22T12:00:00Z");

describe("formatInterviewTime", () => {
  it("shows the interview's own clock, and the student's when it reads differently", () => {
    expect(formatInterviewTime(DEC_3_2PM_NY, NY, { timeZone: "Europe/Berlin", now: NOW })).toBe(
      "Thu 3 Dec, 14:00 EST (20:00 your time)",
    );
  });

  it("names the student's day too when the conversion crosses midnight", () => {
    expect(formatInterviewTime(DEC_3_2PM_NY, NY, { timeZone: "Asia/Tokyo", now: NOW })).toBe(
      "Thu 3 Dec, 14:00 EST (Fri 4 Dec, 04:00 your time)",
    );
    expect(
      formatInterviewTime(new Date("2026-12-04T01:30:00Z"), "Asia/Tokyo", { timeZone: NY, now: NOW }),
    ).toBe("Fri 4 Dec, 10:30 GMT+9 (Thu 3 Dec, 20:30 your time)");
  });

  it("shows one clock when the student is in the same zone, or one that reads the same", () => {
    expect(formatInterviewTime(DEC_3_2PM_NY, NY, { timeZone: NY, now: NOW })).toBe("Thu 3 Dec, 14:00 EST");
    expect(formatInterviewTime(DEC_3_2PM_NY, NY, { timeZone: "America/Detroit", now: NOW })).toBe(
      "Thu 3 Dec, 14:00 EST",
    );
  });

  it("follows daylight saving time in each zone on its own date", () => {
    // 1 July 2026: New York is on EDT (UTC-4), London on BST (UTC+1).
    expect(
      formatInterviewTime(new Date("2026-07-01T13:30:00Z"), NY, { timeZone: "Europe/London", now: NOW }),
    ).toBe("1 Jul 2026, 09:30 EDT (14:30 your time)");
    // 30 March 2026: London has moved to BST, New York moved two weeks earlier; the gap is 5 hours again.
    expect(
      formatInterviewTime(new Date("2026-03-30T14:00:00Z"), "Europe/London", { timeZone: NY, now: NOW }),
    ).toBe("30 Mar 2026, 15:00 GMT+1 (10:00 your time)");
  });

  it("writes dates as every other date is written: the weekday when near the student's today, the year when far", () => {
    // Across the new year but within two months: the weekday says more than the year.
    expect(formatInterviewTime(new Date("2027-01-15T15:00:00Z"), "UTC", { timeZone: "UTC", now: NOW })).toBe(
      "Fri 15 Jan, 15:00 UTC",
    );
    expect(formatInterviewTime(new Date("2027-03-15T15:00:00Z"), "UTC", { timeZone: "UTC", now: NOW })).toBe(
      "15 Mar 2027, 15:00 UTC",
    );
    // New Year's Eve in Tokyo is already New Year's Day there.
    expect(
      formatInterviewTime(new Date("2026-12-31T16:00:00Z"), "Asia/Tokyo", {
        timeZone: NY,
        now: new Date("2026-12-31T16:00:00Z"),
      }),
    ).toBe("Fri 1 Jan, 01:00 GMT+9 (Thu 31 Dec, 11:00 your time)");
  });

  it("refuses an unknown zone rather than printing 'Invalid Date'", () => {
    expect(() => formatInterviewTime(DEC_3_2PM_NY, "Nowhere/Special", { timeZone: NY, now: NOW })).toThrow(
      RangeError,
    );
    expect(() => formatInterviewTime(DEC_3_2PM_NY, NY, { timeZone: "local", now: NOW })).toThrow(RangeError);
  });

  describe("on a server in another zone", () => {
    const original = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = "Pacific/Auckland";
    });
    afterAll(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it("still reads the interview's clock and the student's, never the server's", () => {
      expect(new Date("2026-12-03T19:00:00Z").getTimezoneOffset()).toBe(-780);
      expect(formatInterviewTime(DEC_3_2PM_NY, NY, { timeZone: "Europe/Berlin", now: NOW })).toBe(
        "Thu 3 Dec, 14:00 EST (20:00 your time)",
      );
    });
  });
});
