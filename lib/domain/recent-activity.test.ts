import { describe, expect, it } from "vitest";
import { describeActivity, formatActivityTime } from "./recent-activity";

const NY = "America/New_York";

describe("formatActivityTime", () => {
  // 15:00 on Friday 20 November 2026 in New York (EST, UTC-5).
  const now = new Date("2026-11-20T20:00:00Z");

  it("says today and yesterday by the student's calendar, not UTC's", () => {
    expect(formatActivityTime(new Date("2026-11-20T14:05:00Z"), NY, now)).toBe("Today, 09:05");
    // 23:30 on the 19th in New York, although it is already the 20th in UTC.
    expect(formatActivityTime(new Date("2026-11-20T04:30:00Z"), NY, now)).toBe("Yesterday, 23:30");
    expect(formatActivityTime(new Date("2026-11-20T04:30:00Z"), "UTC", now)).toBe("Today, 04:30");
  });

  it("gives the weekday and date further back, and the date with its year beyond two months", () => {
    expect(formatActivityTime(new Date("2026-11-17T21:30:00Z"), NY, now)).toBe("Tue 17 Nov, 16:30");
    expect(formatActivityTime(new Date("2025-12-31T15:00:00Z"), NY, now)).toBe("31 Dec 2025, 10:00");
  });

  it("counts yesterday by date across a daylight-saving change", () => {
    // 00:30 EDT on 9 March 2026, the day after New York sprang forward (8 March lasted 23 hours).
    const afterSpring = new Date("2026-03-09T04:30:00Z");
    expect(formatActivityTime(new Date("2026-03-08T05:30:00Z"), NY, afterSpring)).toBe("Yesterday, 00:30");
    expect(formatActivityTime(new Date("2026-03-08T04:30:00Z"), NY, afterSpring)).toBe("Sat 7 Mar, 23:30");
  });

  it("refuses an unknown zone", () => {
    expect(() => formatActivityTime(now, "Nowhere/Special", now)).toThrow(RangeError);
  });
});

describe("describeActivity", () => {
  const at = new Date("2026-11-20T20:00:00Z");

  it("links a thank-you to its interview, and one without an interview to the person", () => {
    const base = {
      kind: "thank-you-logged" as const,
      id: "f1",
      at,
      contactId: "c1",
      contactName: "Dana Lee",
    };
    expect(describeActivity({ ...base, channel: "in_person", interviewId: "i1" })).toEqual({
      key: "thank-you-logged-f1",
      kind: "thank-you-logged",
      at,
      label: "Logged a thank-you to Dana Lee in person",
      href: "/interviews/i1",
    });
    expect(describeActivity({ ...base, channel: "other", interviewId: null })).toMatchObject({
      label: "Logged a thank-you to Dana Lee",
      href: "/contacts/c1",
    });
  });

  it("phrases outreach by channel and whether it was a follow-up", () => {
    const base = { kind: "outreach-logged" as const, id: "o1", at, contactId: "c1", contactName: "Dana Lee" };
    expect(describeActivity({ ...base, channel: "introduction", isFollowUp: false }).label).toBe(
      "Logged outreach to Dana Lee through an introduction",
    );
    expect(describeActivity({ ...base, channel: "phone", isFollowUp: true }).label).toBe(
      "Logged a follow-up to Dana Lee by phone",
    );
  });
});
