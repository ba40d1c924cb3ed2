import { describe, expect, it } from "vitest";
import { weeklyActivity, weeklyCountsOfDays } from "./weekly-activity";

// Fall 2026: Wednesday 9 September to Friday 18 December. Mondays: 7 Sep, 14 Sep, … 14 Dec.
const term = { startsOn: "2026-09-09", endsOn: "2026-12-18" };

describe("weeklyActivity", () => {
  it("starts on the Monday of the term's first week and keeps empty weeks", () => {
    const weeks = weeklyActivity([{ weekStart: "2026-09-14", count: 4 }], term, "2026-09-23");
    expect(weeks).toEqual([
      {
        weekStart: "2026-09-07",
        weekEnd: "2026-09-13",
        count: 0,
        inProgress: false,
        label: "Week of 7 Sep 2026",
      },
      {
        weekStart: "2026-09-14",
        weekEnd: "2026-09-20",
        count: 4,
        inProgress: false,
        label: "Week of 14 Sep 2026",
      },
      {
        weekStart: "2026-09-21",
        weekEnd: "2026-09-27",
        count: 0,
        inProgress: true,
        label: "Week of 21 Sep 2026",
      },
    ]);
  });

  it("stops at the current week while the term runs, Sunday included", () => {
    expect(weeklyActivity([], term, "2026-09-20").map((w) => [w.weekStart, w.inProgress])).toEqual([
      ["2026-09-07", false],
      ["2026-09-14", true],
    ]);
    expect(weeklyActivity([], term, "2026-09-21").map((w) => w.weekStart)).toEqual([
      "2026-09-07",
      "2026-09-14",
      "2026-09-21",
    ]);
  });

  it("has no weeks before the term starts, and one on its first day", () => {
    expect(weeklyActivity([{ weekStart: "2026-08-31", count: 2 }], term, "2026-09-08")).toEqual([]);
    expect(weeklyActivity([], term, "2026-09-09")).toHaveLength(1);
  });

  it("runs to the week the term ends in once it is over, nothing in progress", () => {
    const weeks = weeklyActivity([], term, "2027-02-01");
    expect(weeks).toHaveLength(15);
    expect(weeks.at(-1)).toMatchObject({ weekStart: "2026-12-14", weekEnd: "2026-12-20" });
    expect(weeks.some((w) => w.inProgress)).toBe(false);
  });

  it("ignores rows outside the weeks shown and adds up rows for the same week", () => {
    const weeks = weeklyActivity(
      [
        { weekStart: "2026-08-31", count: 9 },
        { weekStart: "2026-09-07", count: 1 },
        { weekStart: "2026-09-07", count: 2 },
        { weekStart: "2026-09-21", count: 5 },
      ],
      term,
      "2026-09-15",
    );
    expect(weeks.map((w) => w.count)).toEqual([3, 0]);
  });

  it("crosses daylight saving and the year end week by week", () => {
    const winter = { startsOn: "2026-10-26", endsOn: "2027-01-15" };
    const weekStarts = weeklyActivity([], winter, "2027-01-15").map((w) => w.weekStart);
    expect(weekStarts.slice(0, 2)).toEqual(["2026-10-26", "2026-11-02"]);
    // 2026 has an ISO week 53 (28 Dec – 3 Jan); 4 January 2027 starts week 1.
    expect(weekStarts.slice(-3)).toEqual(["2026-12-28", "2027-01-04", "2027-01-11"]);
  });

  it("is one week for a term of one day", () => {
    expect(weeklyActivity([], { startsOn: "2026-10-07", endsOn: "2026-10-07" }, "2026-10-30")).toEqual([
      expect.objectContaining({ weekStart: "2026-10-05", weekEnd: "2026-10-11" }),
    ]);
  });

  it("refuses weeks that do not start on Monday, bad counts and a backwards term", () => {
    expect(() => weeklyActivity([{ weekStart: "2026-09-13", count: 1 }], term, "2026-10-01")).toThrow(
      /Monday/,
    );
    expect(() => weeklyActivity([{ weekStart: "2026-09-14", count: -1 }], term, "2026-10-01")).toThrow(
      RangeError,
    );
    expect(() => weeklyActivity([{ weekStart: "2026-09-14", count: 0.5 }], term, "2026-10-01")).toThrow(
      RangeError,
    );
    expect(() => weeklyActivity([], { startsOn: "2026-12-18", endsOn: "2026-09-09" }, "2026-10-01")).toThrow(
      RangeError,
    );
  });
});

describe("weeklyCountsOfDays", () => {
  it("adds every student's days from `from` on into Monday weeks, soonest first", () => {
    const weeks = weeklyCountsOfDays(
      [
        // Sunday 13 Sep belongs to the week of Monday 7 Sep; Monday 14 Sep starts the next one.
        { days: ["2026-09-13", "2026-09-14", "2026-09-20"], counts: [2, 3, 1] },
        { days: ["2026-09-01", "2026-09-14", "2026-10-05"], counts: [9, 4, 0] },
        { days: [], counts: [] },
      ],
      "2026-09-09",
    );
    // 1 Sep is before `from`; 5 Oct counts 0 but had a day, as SQL's group by lists it.
    expect(weeks).toEqual([
      { weekStart: "2026-09-07", count: 2 },
      { weekStart: "2026-09-14", count: 8 },
      { weekStart: "2026-10-05", count: 0 },
    ]);
  });

  it("crosses a year and refuses days and counts out of step", () => {
    expect(
      weeklyCountsOfDays([{ days: ["2027-01-01", "2026-12-28"], counts: [1, 1] }], "2026-01-01"),
    ).toEqual([{ weekStart: "2026-12-28", count: 2 }]);
    expect(() => weeklyCountsOfDays([{ days: ["2026-09-14"], counts: [] }], "2026-09-01")).toThrow(
      RangeError,
    );
  });
});
