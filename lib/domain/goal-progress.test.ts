import { describe, expect, it } from "vitest";
import { type CohortGoal } from "./cohort-goals";
import {
  type GoalProgressInput,
  goalProgress,
  goalProgressScore,
  summarizeCohortGoals,
  type TimelinessGoalProgress,
} from "./goal-progress";

function student(overrides: Partial<GoalProgressInput> = {}): GoalProgressInput {
  return {
    contactsIdentified: 0,
    outreachSent: 0,
    interviewsCompleted: 0,
    thankYousSent: 0,
    thankYouDelays: [],
    interviewsAwaitingThankYou: [],
    ...overrides,
  };
}

const interviews: CohortGoal = {
  id: "interviews",
  metric: "interviews_completed",
  target: 3,
  dueOn: "2026-10-15",
};
const withinTwo: CohortGoal = { id: "thanks", metric: "thank_you_within_days", target: 2, dueOn: null };

function timeliness(
  input: GoalProgressInput,
  today = "2026-10-15",
  goal = withinTwo,
): TimelinessGoalProgress {
  const [progress] = goalProgress(input, [goal], today);
  if (progress?.kind !== "timeliness") throw new Error("expected a timeliness goal");
  return progress;
}

describe("goalProgress: count goals", () => {
  it("reports value, target and how full the bar is", () => {
    expect(goalProgress(student({ interviewsCompleted: 2 }), [interviews], "2026-10-01")).toEqual([
      {
        kind: "count",
        goal: interviews,
        label: "3 interviews completed by 15 Oct 2026",
        value: 2,
        target: 3,
        fraction: 2 / 3,
        met: false,
        behind: false,
        state: "in-progress",
        progressText: "2 of 3 interviews completed",
      },
    ]);
  });

  it("is not behind on the due date, and is from the day after", () => {
    const one = student({ interviewsCompleted: 1 });
    expect(goalProgress(one, [interviews], "2026-10-15")[0]).toMatchObject({
      state: "in-progress",
      behind: false,
    });
    expect(goalProgress(one, [interviews], "2026-10-16")[0]).toMatchObject({ state: "behind", behind: true });
  });

  it("is met on reaching the target, late or not, and caps the bar at full", () => {
    for (const today of ["2026-10-01", "2026-12-01"]) {
      expect(goalProgress(student({ interviewsCompleted: 5 }), [interviews], today)[0]).toMatchObject({
        met: true,
        behind: false,
        state: "met",
        fraction: 1,
        progressText: "5 of 3 interviews completed",
      });
    }
  });

  it("reads each metric from its own count", () => {
    const counts = student({
      contactsIdentified: 1,
      outreachSent: 2,
      interviewsCompleted: 3,
      thankYousSent: 4,
    });
    const goals: CohortGoal[] = [
      { id: "a", metric: "contacts_identified", target: 10, dueOn: "2026-10-15" },
      { id: "b", metric: "outreach_sent", target: 10, dueOn: "2026-10-15" },
      { id: "c", metric: "interviews_completed", target: 10, dueOn: "2026-10-15" },
      { id: "d", metric: "thank_yous_sent", target: 10, dueOn: "2026-10-15" },
    ];
    expect(goalProgress(counts, goals, "2026-10-01").map((p) => p.kind === "count" && p.value)).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it("treats a target of 0 as met from the start", () => {
    const zero: CohortGoal = { id: "z", metric: "outreach_sent", target: 0, dueOn: "2026-09-01" };
    expect(goalProgress(student(), [zero], "2026-10-01")[0]).toMatchObject({ met: true, fraction: 1 });
  });

  it("says a target of one in the singular", () => {
    const one: CohortGoal = { id: "o", metric: "interviews_completed", target: 1, dueOn: "2026-10-15" };
    expect(goalProgress(student(), [one], "2026-10-01")[0]).toMatchObject({
      label: "1 interview completed by 15 Oct 2026",
      progressText: "0 of 1 interview completed",
    });
  });

  it("refuses a negative or fractional target", () => {
    expect(() => goalProgress(student(), [{ ...interviews, target: -1 }], "2026-10-01")).toThrow(RangeError);
    expect(() => goalProgress(student(), [{ ...withinTwo, target: 1.5 }], "2026-10-01")).toThrow(RangeError);
  });

  it("is empty for a cohort without goals", () => {
    expect(goalProgress(student(), [], "2026-10-01")).toEqual([]);
  });
});

describe("goalProgress: thank-you within N days", () => {
  it("has nothing to judge before any thank-you is sent or late", () => {
    expect(timeliness(student())).toEqual({
      kind: "timeliness",
      goal: withinTwo,
      label: "Thank-you sent within 2 days of each interview",
      withinDays: 2,
      onTime: 0,
      measured: 0,
      rate: null,
      met: false,
      behind: false,
      state: "no-thank-yous-yet",
      progressText: "No thank-yous yet",
    });
    // An interview yesterday: its thank-you can still be on time.
    expect(timeliness(student({ interviewsAwaitingThankYou: ["2026-10-14"] })).state).toBe(
      "no-thank-yous-yet",
    );
  });

  it("counts day N as within N days and day N + 1 as not", () => {
    expect(timeliness(student({ thankYouDelays: [0, 2, 3] }))).toMatchObject({
      onTime: 2,
      measured: 3,
      rate: 2 / 3,
      met: false,
      state: "not-met",
      progressText: "2 of 3 thank-yous within 2 days",
    });
  });

  it("is met when every judged thank-you was on time", () => {
    expect(timeliness(student({ thankYouDelays: [1, 2] }))).toMatchObject({
      met: true,
      state: "met",
      rate: 1,
      progressText: "2 of 2 thank-yous within 2 days",
    });
    expect(timeliness(student({ thankYouDelays: [0] })).progressText).toBe("1 of 1 thank-you within 2 days");
  });

  it("counts an unsent thank-you past N days as not on time, and one still in time not at all", () => {
    const progress = timeliness(
      student({ thankYouDelays: [1], interviewsAwaitingThankYou: ["2026-10-12", "2026-10-13"] }),
    );
    // 12 October + 2 = 14th has passed; 13 October + 2 = today, still in time.
    expect(progress).toMatchObject({ onTime: 1, measured: 2, met: false });
  });

  it("ignores a note dated before its interview", () => {
    expect(timeliness(student({ thankYouDelays: [-2, 1] }))).toMatchObject({
      onTime: 1,
      measured: 1,
      met: true,
    });
  });

  it("handles 'on the same day' and 'within 1 day'", () => {
    const sameDay: CohortGoal = { id: "s", metric: "thank_you_within_days", target: 0, dueOn: null };
    expect(timeliness(student({ thankYouDelays: [0, 1] }), "2026-10-15", sameDay)).toMatchObject({
      onTime: 1,
      progressText: "1 of 2 thank-yous on the same day",
    });
    const oneDay: CohortGoal = { id: "o", metric: "thank_you_within_days", target: 1, dueOn: null };
    expect(timeliness(student({ thankYouDelays: [1] }), "2026-10-15", oneDay).progressText).toBe(
      "1 of 1 thank-you within 1 day",
    );
  });

  it("is never behind: it has no due date", () => {
    expect(timeliness(student({ thankYouDelays: [9] }), "2030-01-01").behind).toBe(false);
  });
});

describe("goalProgressScore", () => {
  it("averages each goal's fraction and on-time rate", () => {
    const progress = goalProgress(
      student({ interviewsCompleted: 3, thankYouDelays: [1, 5] }),
      [interviews, withinTwo],
      "2026-10-15",
    );
    expect(goalProgressScore(progress)).toBe((1 + 0.5) / 2);
  });

  it("leaves out a thank-you goal with nothing to judge yet", () => {
    const progress = goalProgress(student({ interviewsCompleted: 1 }), [interviews, withinTwo], "2026-10-15");
    expect(goalProgressScore(progress)).toBe(1 / 3);
  });

  it("is null when there is nothing to average", () => {
    expect(goalProgressScore([])).toBeNull();
    expect(goalProgressScore(goalProgress(student(), [withinTwo], "2026-10-15"))).toBeNull();
  });
});

describe("summarizeCohortGoals", () => {
  const goals = [interviews, withinTwo];

  it("counts the students who met each goal and who are behind", () => {
    const today = "2026-10-16";
    const cohort = [
      student({ interviewsCompleted: 3, thankYouDelays: [1] }),
      student({ interviewsCompleted: 1, thankYouDelays: [4] }),
      student({ interviewsCompleted: 0 }),
    ].map((s) => goalProgress(s, goals, today));
    expect(summarizeCohortGoals(goals, cohort)).toEqual([
      {
        goal: interviews,
        label: "3 interviews completed by 15 Oct 2026",
        students: 3,
        met: 1,
        behind: 2,
        notYetMeasured: 0,
      },
      {
        goal: withinTwo,
        label: "Thank-you sent within 2 days of each interview",
        students: 3,
        met: 1,
        behind: 0,
        notYetMeasured: 1,
      },
    ]);
  });

  it("is all zeros for an empty cohort", () => {
    expect(summarizeCohortGoals(goals, [])).toMatchObject([
      { students: 0, met: 0, behind: 0, notYetMeasured: 0 },
      { students: 0, met: 0, behind: 0, notYetMeasured: 0 },
    ]);
  });

  it("is empty for a cohort without goals", () => {
    expect(summarizeCohortGoals([], [[], []])).toEqual([]);
  });

  it("refuses progress computed against other goals", () => {
    const progress = goalProgress(student(), [withinTwo, interviews], "2026-10-15");
    expect(() => summarizeCohortGoals(goals, [progress])).toThrow(/out of step/);
  });
});
