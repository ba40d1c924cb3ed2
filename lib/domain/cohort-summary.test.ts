import { describe, expect, it } from "vitest";
import { buildCohortDashboard } from "./cohort-dashboard";
import { type CohortGoal } from "./cohort-goals";
import { goalsComingDue, summarizeCohort } from "./cohort-summary";
import { summarizeCohortGoals } from "./goal-progress";
import { shortAttentionLabels } from "./needs-attention";
import { type StudentProgress } from "./student-progress";

const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const now = noon("2026-10-16");

function student(id: string, overrides: Partial<StudentProgress> = {}): StudentProgress {
  return {
    studentId: id,
    name: `Student ${id}`,
    email: `${id}@uni.edu`,
    timeZone: "UTC",
    joinedAt: noon("2026-09-01"),
    lastActivityAt: noon("2026-10-15"),
    researchItems: 0,
    contactsIdentified: 5,
    preparationItems: 0,
    pitchWritten: false,
    outreachSent: 0,
    interviewsCompleted: 0,
    thankYousSent: 0,
    followUpsSent: 0,
    thankYouDelays: [],
    interviewsAwaitingThankYou: [],
    outreachAwaitingFollowUp: [],
    ...overrides,
  };
}

const contactsGoal: CohortGoal = { id: "g1", metric: "contacts_identified", target: 3, dueOn: "2026-10-01" };
const interviewsGoal: CohortGoal = {
  id: "g2",
  metric: "interviews_completed",
  target: 2,
  dueOn: "2026-10-15",
};
const cohort = { goals: [contactsGoal, interviewsGoal], startsOn: "2026-09-07" };

describe("summarizeCohort", () => {
  const students = [
    // Quiet for 40 days and behind on both goals: one "inactive", one "behind on a goal".
    student("a", { lastActivityAt: noon("2026-09-06"), contactsIdentified: 0 }),
    // Quiet for 20 days, behind on interviews.
    student("b", { lastActivityAt: noon("2026-09-26") }),
    // Behind on interviews only.
    student("c"),
    // On track.
    student("d", { interviewsCompleted: 2 }),
    // A thank-you overdue (interview on 1 Oct, 15 days ago), and behind.
    student("e", { interviewsCompleted: 1, interviewsAwaitingThankYou: ["2026-10-01"] }),
  ];
  const { rows } = buildCohortDashboard(students, cohort, now);

  it("counts students on track and needing attention, each once", () => {
    const summary = summarizeCohort(rows, 5);
    expect([summary.students, summary.onTrack, summary.needsAttention]).toEqual([5, 1, 4]);
  });

  it("groups by reason in order of urgency, counting a student once per reason, most pressing first", () => {
    const summary = summarizeCohort(rows, 5);
    expect(summary.groups.map((g) => [g.kind, g.count, g.first.map((s) => s.studentId)])).toEqual([
      ["inactive", 2, ["a", "b"]],
      ["thank-you-overdue", 1, ["e"]],
      // a is 3 short of contacts and 2 of interviews: its worst goal (3) puts it first.
      ["behind-on-goal", 4, ["a", "b", "c", "e"]],
    ]);
    expect(summary.groups[0]!.first[0]!.text).toMatch(/^No activity in 40 days/);
  });

  it("names only the first few under each reason, whatever the cohort's size", () => {
    const many = buildCohortDashboard(
      Array.from({ length: 300 }, (_, n) =>
        student(`s${String(n).padStart(3, "0")}`, {
          lastActivityAt: noon("2026-09-01"),
          contactsIdentified: n,
        }),
      ),
      { goals: [], startsOn: "2026-09-07" },
      now,
    ).rows;
    const summary = summarizeCohort(many, 3);
    expect(summary.groups).toHaveLength(1);
    expect(summary.groups[0]!.count).toBe(300);
    // Equally quiet: by name.
    expect(summary.groups[0]!.first.map((s) => s.studentId)).toEqual(["s000", "s001", "s002"]);
  });

  it("is empty for an empty cohort", () => {
    expect(summarizeCohort([], 5)).toEqual({ students: 0, onTrack: 0, needsAttention: 0, groups: [] });
  });
});

describe("goalsComingDue", () => {
  const goals: CohortGoal[] = [
    contactsGoal,
    { id: "g3", metric: "outreach_sent", target: 1, dueOn: "2026-10-16" },
    { id: "g4", metric: "interviews_completed", target: 3, dueOn: "2026-11-20" },
    { id: "g5", metric: "interviews_completed", target: 5, dueOn: "2026-12-20" },
    { id: "g6", metric: "thank_you_within_days", target: 2, dueOn: null },
  ];
  const summaries = summarizeCohortGoals(goals, []);

  it("lists count goals due today or later, soonest first, up to the limit", () => {
    const due = goalsComingDue(summaries, "2026-10-16", 2);
    expect(due.map((g) => [g.goal.id, g.daysLeft, g.target])).toEqual([
      ["g3", 0, "1 outreach message sent"],
      ["g4", 35, "3 interviews completed"],
    ]);
  });

  it("has nothing once every due date has passed", () => {
    expect(goalsComingDue(summaries, "2027-01-01")).toEqual([]);
  });
});

describe("shortAttentionLabels", () => {
  it("gives one short label per kind, goals behind counted together", () => {
    const { rows } = buildCohortDashboard(
      [
        student("a", {
          lastActivityAt: noon("2026-09-06"),
          contactsIdentified: 0,
          interviewsCompleted: 1,
          interviewsAwaitingThankYou: ["2026-09-01", "2026-09-02"],
        }),
      ],
      cohort,
      now,
    );
    expect(shortAttentionLabels(rows[0]!.attention).map((l) => l.text)).toEqual([
      "Quiet 40 days",
      "2 thank-yous overdue",
      "Behind on 2 goals",
    ]);
  });
});
