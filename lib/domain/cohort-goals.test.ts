import { describe, expect, it } from "vitest";
import {
  type CohortGoal,
  COUNT_GOAL_METRICS,
  countWithMetric,
  describeGoal,
  GOAL_METRICS,
  isCountGoal,
  isCountMetric,
  withinDaysPhrase,
} from "./cohort-goals";
import { formatDisplayDate } from "./display-date";

describe("goal metrics", () => {
  it("tells count metrics from the timeliness one", () => {
    expect(GOAL_METRICS.filter(isCountMetric)).toEqual(COUNT_GOAL_METRICS);
    expect(isCountMetric("thank_you_within_days")).toBe(false);
    expect(isCountGoal({ id: "g", metric: "thank_you_within_days", target: 2, dueOn: null })).toBe(false);
  });

  it("says a count in the singular and the plural", () => {
    expect(countWithMetric("interviews_completed", 1)).toBe("1 interview completed");
    expect(countWithMetric("interviews_completed", 3)).toBe("3 interviews completed");
    expect(countWithMetric("interviews_completed", 0)).toBe("0 interviews completed");
    expect(countWithMetric("contacts_identified", 1)).toBe("1 contact identified");
    expect(countWithMetric("outreach_sent", 1)).toBe("1 outreach message sent");
    expect(countWithMetric("thank_yous_sent", 2)).toBe("2 thank-you notes sent");
  });

  it("phrases a number of days", () => {
    expect(withinDaysPhrase(0)).toBe("on the same day");
    expect(withinDaysPhrase(1)).toBe("within 1 day");
    expect(withinDaysPhrase(2)).toBe("within 2 days");
  });
});

describe("describeGoal", () => {
  it.each<[CohortGoal, string]>([
    [
      { id: "a", metric: "interviews_completed", target: 3, dueOn: "2026-10-15" },
      "3 interviews completed by 15 Oct 2026",
    ],
    [
      { id: "b", metric: "outreach_sent", target: 1, dueOn: "2026-09-01" },
      "1 outreach message sent by 1 Sep 2026",
    ],
    [
      { id: "c", metric: "thank_you_within_days", target: 2, dueOn: null },
      "Thank-you sent within 2 days of each interview",
    ],
    [
      { id: "d", metric: "thank_you_within_days", target: 1, dueOn: null },
      "Thank-you sent within 1 day of each interview",
    ],
    [
      { id: "e", metric: "thank_you_within_days", target: 0, dueOn: null },
      "Thank-you sent on the day of each interview",
    ],
  ])("describes %j", (goal, label) => {
    expect(describeGoal(goal)).toBe(label);
  });
});

describe("formatDisplayDate", () => {
  it("writes day, short month and year, whatever the server's zone", () => {
    expect(formatDisplayDate("2026-10-05")).toBe("5 Oct 2026");
    expect(formatDisplayDate("2024-02-29")).toBe("29 Feb 2024");
    expect(formatDisplayDate("2026-12-31")).toBe("31 Dec 2026");
  });

  it("refuses what is not a calendar date", () => {
    expect(() => formatDisplayDate("2026-02-30")).toThrow(RangeError);
  });
});
