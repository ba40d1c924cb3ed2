import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBusinessDays, businessDaysBetween } from "./business-days";

// 2024-03-08 is a Friday; 2024-03-10 is the day New York springs forward, 2024-11-03 the day it falls back.

describe("addBusinessDays", () => {
  it.each([
    ["2024-03-04", 1, "2024-03-05"], // Mon → Tue
    ["2024-03-04", 4, "2024-03-08"], // Mon → Fri, same week
    ["2024-03-08", 1, "2024-03-11"], // Fri → Mon
    ["2024-03-07", 3, "2024-03-12"], // Thu → Tue, across a weekend
    ["2024-03-08", 5, "2024-03-15"], // a whole week
    ["2024-03-04", 10, "2024-03-18"], // two weeks
    ["2024-03-09", 1, "2024-03-11"], // Sat → Mon
    ["2024-03-10", 1, "2024-03-11"], // Sun → Mon
    ["2024-03-09", 0, "2024-03-09"], // zero leaves a weekend day alone
    ["2024-03-11", -1, "2024-03-08"], // Mon - 1 → Fri
    ["2024-03-10", -1, "2024-03-08"], // Sun - 1 → Fri
  ])("%s + %i business days = %s", (date, n, expected) => {
    expect(addBusinessDays(date, n)).toBe(expected);
  });

  it("crosses month and year ends", () => {
    expect(addBusinessDays("2024-01-31", 1)).toBe("2024-02-01");
    expect(addBusinessDays("2024-05-31", 1)).toBe("2024-06-03"); // Fri → Mon in the next month
    expect(addBusinessDays("2024-12-31", 3)).toBe("2025-01-03");
    expect(addBusinessDays("2025-12-31", 3)).toBe("2026-01-05"); // Wed → Mon, skipping a weekend
  });

  it("handles 29 February", () => {
    expect(addBusinessDays("2024-02-28", 1)).toBe("2024-02-29"); // leap year
    expect(addBusinessDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addBusinessDays("2023-02-28", 1)).toBe("2023-03-01"); // not a leap year
  });

  it("is not thrown off by New York's DST changes", () => {
    expect(addBusinessDays("2024-03-08", 1)).toBe("2024-03-11"); // across spring-forward Sunday
    expect(addBusinessDays("2024-11-01", 1)).toBe("2024-11-04"); // across fall-back Sunday
  });

  it("refuses fractional counts and malformed dates", () => {
    expect(() => addBusinessDays("2024-03-08", 1.5)).toThrow(RangeError);
    expect(() => addBusinessDays("2024-02-30", 1)).toThrow(RangeError);
  });
});

describe("businessDaysBetween", () => {
  it.each([
    ["2024-03-04", "2024-03-04", 0],
    ["2024-03-04", "2024-03-05", 1],
    ["2024-03-08", "2024-03-11", 1], // Fri → Mon
    ["2024-03-09", "2024-03-11", 1], // Sat → Mon
    ["2024-03-10", "2024-03-11", 1], // Sun → Mon
    ["2024-03-08", "2024-03-09", 0], // Fri → Sat
    ["2024-03-08", "2024-03-10", 0], // Fri → Sun
    ["2024-03-09", "2024-03-10", 0], // Sat → Sun
    ["2024-03-09", "2024-03-16", 5], // Sat → Sat
    ["2024-03-04", "2024-03-18", 10],
    ["2024-03-11", "2024-03-08", -1], // backwards
    ["2024-03-16", "2024-03-09", -5],
    ["2024-02-28", "2024-03-01", 2], // through 29 February
    ["2024-12-27", "2025-01-03", 5],
  ])("%s → %s is %i", (from, to, expected) => {
    expect(businessDaysBetween(from, to)).toBe(expected);
  });

  it("agrees with counting weekdays one by one, and inverts addBusinessDays from a weekday", () => {
    const start = Date.UTC(2024, 1, 20); // covers February 29 and the March DST change
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const day = 86_400_000;
    for (let i = 0; i < 21; i++) {
      const from = iso(start + i * day);
      for (let j = 0; j < 21; j++) {
        const to = iso(start + j * day);
        let expected = 0;
        for (let k = Math.min(i, j) + 1; k <= Math.max(i, j); k++) {
          const weekday = new Date(start + k * day).getUTCDay();
          if (weekday !== 0 && weekday !== 6) expected++;
        }
        expect(businessDaysBetween(from, to), `${from} → ${to}`).toBe(j >= i ? expected : -expected);
      }
      const weekday = new Date(start + i * day).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (let n = -12; n <= 12; n++) {
        expect(businessDaysBetween(from, addBusinessDays(from, n)), `${from} + ${n}`).toBe(n);
      }
    }
  });
});

describe("independence from the server's time zone", () => {
  const original = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = "America/New_York"; // Node re-reads TZ when it is assigned
  });
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("gives the same answers on a server in New York, across both DST changes", () => {
    expect(new Date(2024, 2, 10, 12).getTimezoneOffset()).toBe(240); // the zone really is in effect
    expect(addBusinessDays("2024-03-08", 1)).toBe("2024-03-11");
    expect(addBusinessDays("2024-03-08", 2)).toBe("2024-03-12");
    expect(addBusinessDays("2024-11-01", 1)).toBe("2024-11-04");
    expect(businessDaysBetween("2024-03-08", "2024-03-11")).toBe(1);
    expect(businessDaysBetween("2024-11-01", "2024-11-04")).toBe(1);
  });
});
