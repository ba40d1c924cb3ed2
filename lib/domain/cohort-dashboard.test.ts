import { describe, expect, it } from "vitest";
import {
  buildCohortDashboard,
  type CohortDashboardCohort,
  type CohortDashboardRow,
  DASHBOARD_SORT_KEYS,
  type DashboardView,
  filterDashboardRows,
  sortDashboardRows,
} from "./cohort-dashboard";
import { type CohortGoal } from "./cohort-goals";
import { type StudentProgress } from "./student-progress";

const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const now = noon("2026-10-16");

function student(overrides: Partial<StudentProgress> = {}): StudentProgress {
  return {
    studentId: "s",
    name: "Student",
    email: "student@uni.edu",
    timeZone: "UTC",
    joinedAt: noon("2026-09-01"),
    lastActivityAt: noon("2026-10-15"),
    researchItems: 0,
    contactsIdentified: 0,
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

const interviews: CohortGoal = { id: "g1", metric: "interviews_completed", target: 2, dueOn: "2026-10-15" };
const thanks: CohortGoal = { id: "g2", metric: "thank_you_within_days", target: 2, dueOn: null };
const cohort: CohortDashboardCohort = { goals: [interviews, thanks], startsOn: "2026-09-07" };

describe("buildCohortDashboard", () => {
  it("is empty for an empty cohort, with goal totals and a funnel of zeros", () => {
    const dashboard = buildCohortDashboard([], cohort, now);
    expect(dashboard.rows).toEqual([]);
    expect(dashboard.goals.map((g) => [g.students, g.met])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(dashboard.funnel.every((s) => s.reached === 0)).toBe(true);
  });

  it("builds one row per student with counts, thank-yous, goals and reasons", () => {
    const dana = student({
      studentId: "dana",
      name: "  ",
      email: "dana@uni.edu",
      timeZone: "America/New_York",
      lastActivityAt: new Date("2026-10-15T02:00:00Z"),
      researchItems: 2,
      pitchWritten: true,
      contactsIdentified: 5,
      outreachSent: 4,
      interviewsCompleted: 2,
      thankYousSent: 1,
      followUpsSent: 1,
      thankYouDelays: [1],
      interviewsAwaitingThankYou: ["2026-10-01"],
    });
    const { rows, goals, funnel } = buildCohortDashboard([dana], cohort, now);
    expect(rows).toEqual([
      {
        studentId: "dana",
        name: "dana@uni.edu",
        email: "dana@uni.edu",
        contactsIdentified: 5,
        outreachSent: 4,
        interviewsCompleted: 2,
        thankYous: { onTime: 1, late: 0, missing: 1, pending: 0 },
        lastActivityAt: new Date("2026-10-15T02:00:00Z"),
        // 22:00 on the 14th in New York.
        lastActiveOn: "2026-10-14",
        stage: "follow-up",
        stageIndex: 5,
        goals: [
          expect.objectContaining({ kind: "count", met: true }),
          expect.objectContaining({ kind: "timeliness", onTime: 1, measured: 2, met: false }),
        ],
        goalsMet: 1,
        goalScore: (1 + 0.5) / 2,
        attention: [expect.objectContaining({ kind: "thank-you-overdue", count: 1 })],
        handled: [],
        lastNudgedAtMs: null,
      },
    ]);
    expect(goals.map((g) => g.met)).toEqual([1, 0]);
    // One thank-you for two interviews: step 6 is Dana's current step, not done.
    expect(funnel.find((s) => s.step === "interview")?.reached).toBe(1);
    expect(funnel.find((s) => s.step === "follow-up")?.reached).toBe(0);
  });

  it("passes the cohort's rules and term start to the flags and the thank-you tally", () => {
    const late = student({
      thankYouDelays: [3],
      interviewsAwaitingThankYou: ["2026-10-13"],
      lastActivityAt: null,
    });
    const [row] = buildCohortDashboard(
      [late],
      { goals: [], startsOn: "2026-10-05", rules: { thankYouOverdueDays: 2 } },
      now,
    ).rows;
    expect(row?.thankYous).toEqual({ onTime: 0, late: 1, missing: 1, pending: 0 });
    // Never active, but the term started 11 days ago: not yet flagged as inactive.
    expect(row?.attention.map((r) => r.kind)).toEqual(["thank-you-overdue"]);
  });
});

describe("sorting and filtering", () => {
  const rows: CohortDashboardRow[] = buildCohortDashboard(
    [
      student({
        studentId: "a",
        name: "ana Diaz",
        email: "ana@uni.edu",
        researchItems: 1,
        pitchWritten: true,
        contactsIdentified: 3,
        interviewsCompleted: 2,
        lastActivityAt: noon("2026-10-10"),
      }),
      student({
        studentId: "b",
        name: "Bo Lee",
        email: "bo@uni.edu",
        researchItems: 1,
        pitchWritten: true,
        contactsIdentified: 9,
        outreachSent: 2,
        interviewsCompleted: 1,
        lastActivityAt: noon("2026-09-01"),
      }),
      student({ studentId: "c", name: "Cy Ode", email: "cy@uni.edu", lastActivityAt: null }),
      student({
        studentId: "d",
        name: "Ana Diaz",
        email: "ana.d@uni.edu",
        researchItems: 1,
        pitchWritten: true,
        contactsIdentified: 3,
        outreachSent: 1,
        interviewsCompleted: 2,
        thankYousSent: 2,
        thankYouDelays: [0, 1],
        lastActivityAt: noon("2026-10-15"),
      }),
    ],
    cohort,
    now,
  ).rows;
  const ids = (list: CohortDashboardRow[]) => list.map((r) => r.studentId);

  it("sorts by name, case-insensitively, then by email", () => {
    expect(ids(sortDashboardRows(rows, "name", "asc"))).toEqual(["d", "a", "b", "c"]);
    expect(ids(sortDashboardRows(rows, "name", "desc"))).toEqual(["c", "b", "a", "d"]);
  });

  it("sorts counts, breaking ties by name in both directions", () => {
    expect(ids(sortDashboardRows(rows, "contacts", "desc"))).toEqual(["b", "d", "a", "c"]);
    expect(ids(sortDashboardRows(rows, "contacts", "asc"))).toEqual(["c", "d", "a", "b"]);
    expect(ids(sortDashboardRows(rows, "outreach", "desc"))).toEqual(["b", "d", "a", "c"]);
    expect(ids(sortDashboardRows(rows, "interviews", "desc"))).toEqual(["d", "a", "b", "c"]);
  });

  it("puts a student who was never active first when sorting by least recent activity", () => {
    expect(ids(sortDashboardRows(rows, "last-activity", "asc"))).toEqual(["c", "b", "a", "d"]);
    expect(ids(sortDashboardRows(rows, "last-activity", "desc"))).toEqual(["d", "a", "b", "c"]);
  });

  it("sorts by goal progress, with nothing to score last either way", () => {
    const byScore = rows.map((r) => [r.studentId, r.goalScore]);
    expect(byScore).toEqual([
      ["a", 1],
      ["b", 0.5],
      ["c", 0],
      ["d", 1],
    ]);
    expect(ids(sortDashboardRows(rows, "goal-progress", "asc"))).toEqual(["c", "b", "d", "a"]);
    const unscored = rows.map((r) => (r.studentId === "b" ? { ...r, goalScore: null } : r));
    expect(ids(sortDashboardRows(unscored, "goal-progress", "asc"))).toEqual(["c", "d", "a", "b"]);
    expect(ids(sortDashboardRows(unscored, "goal-progress", "desc"))).toEqual(["d", "a", "c", "b"]);
  });

  it("does not change the rows it was given, and sorts an empty list", () => {
    const before = ids(rows);
    for (const key of DASHBOARD_SORT_KEYS) sortDashboardRows(rows, key, "desc");
    expect(ids(rows)).toEqual(before);
    expect(sortDashboardRows([], "name", "asc")).toEqual([]);
  });

  const where = (filters: Partial<Omit<DashboardView, "sort" | "direction">>) => ({
    reason: "all" as const,
    stage: "all" as const,
    goal: "all" as const,
    ...filters,
  });

  it("filters by reason: any, none, or one kind", () => {
    expect(ids(filterDashboardRows(rows, where({})))).toEqual(["a", "b", "c", "d"]);
    // b is quiet since 1 September and behind; c never logged anything since joining on 1 September.
    expect(ids(filterDashboardRows(rows, where({ reason: "any" })))).toEqual(["b", "c"]);
    expect(ids(filterDashboardRows(rows, where({ reason: "none" })))).toEqual(["a", "d"]);
    expect(ids(filterDashboardRows(rows, where({ reason: "behind-on-goal" })))).toEqual(["b", "c"]);
    expect(ids(filterDashboardRows(rows, where({ reason: "inactive" })))).toEqual(["b", "c"]);
    expect(ids(filterDashboardRows(rows, where({ reason: "thank-you-overdue" })))).toEqual([]);
    const onlyBehind = rows.map((r) =>
      r.studentId === "b" ? { ...r, attention: r.attention.filter((x) => x.kind !== "inactive") } : r,
    );
    expect(ids(filterDashboardRows(onlyBehind, where({ reason: "inactive" })))).toEqual(["c"]);
    expect(filterDashboardRows([], where({ reason: "any" }))).toEqual([]);
  });

  it("filters by stage (the current step, as the student's tracker has it) and by goals, and combines filters", () => {
    // a wrote to nobody yet; b owes a thank-you; c logged nothing; d has done all six.
    expect(rows.map((r) => [r.studentId, r.stage, r.stageIndex])).toEqual([
      ["a", "contact", 3],
      ["b", "follow-up", 5],
      ["c", "research", 0],
      ["d", "done", 6],
    ]);
    expect(ids(filterDashboardRows(rows, where({ stage: "research" })))).toEqual(["c"]);
    expect(ids(filterDashboardRows(rows, where({ stage: "contact" })))).toEqual(["a"]);
    expect(ids(filterDashboardRows(rows, where({ stage: "done" })))).toEqual(["d"]);
    expect(ids(filterDashboardRows(rows, where({ stage: "interview" })))).toEqual([]);
    // a met the interview goal but has no thank-you to judge yet; d met both.
    expect(ids(filterDashboardRows(rows, where({ goal: "met" })))).toEqual(["d"]);
    expect(ids(filterDashboardRows(rows, where({ goal: "not-met" })))).toEqual(["a", "b", "c"]);
    expect(ids(filterDashboardRows(rows, where({ goal: "behind" })))).toEqual(["b", "c"]);
    expect(ids(filterDashboardRows(rows, where({ goal: "behind", stage: "follow-up" })))).toEqual(["b"]);
    expect(ids(filterDashboardRows(rows, where({ reason: "none", goal: "behind" })))).toEqual([]);
  });

  it("sorts by stage (least far first) and by flags (most first), ties by name", () => {
    expect(ids(sortDashboardRows(rows, "stage", "asc"))).toEqual(["c", "a", "b", "d"]);
    expect(ids(sortDashboardRows(rows, "stage", "desc"))).toEqual(["d", "b", "a", "c"]);
    expect(ids(sortDashboardRows(rows, "attention", "desc"))).toEqual(["b", "c", "d", "a"]);
  });
});
