import { describe, expect, it } from "vitest";
import { localDateAndTime } from "./interview-time";

const NY = "America/New_York";
// 14:00 in New York on Thursday 3 December 2026 (EST, UTC-5).
const DEC_3_2PM_NY = new Date("2026-12-03T19:00:00Z");

describe("localDateAndTime", () => {
  it("gives the schedule form's fields as the clock reads in the interview's zone", () => {
    expect(localDateAndTime(DEC_3_2PM_NY, "Asia/Tokyo")).toEqual({ date: "2026-12-04", time: "04:00" });
    expect(localDateAndTime(new Date("2026-11-01T06:30:00Z"), NY)).toEqual({
      date: "2026-11-01",
      time: "01:30",
    });
  });
});
