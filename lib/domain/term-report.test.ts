import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { FunnelStep } from "./cohort-funnel";
import type { CohortGoalSummary } from "./goal-progress";
import { buildTermReport, formatShare, median, termReportCsv, type TermReportInput } from "./term-report";

const cohort = (name: string) => ({
  id: name,
  name,
  term: "Spring 2027",
  startsOn: "2027-01-11",
  endsOn: "2027-05-07",
});

const funnel: FunnelStep[] = [
  { step: "research", label: "Research", reached: 4, withEvidence: 4, share: 1 },
  { step: "identify", label: "Identify people", reached: 3, withEvidence: 3, share: 0.75 },
];

const goal: CohortGoalSummary = {
  goal: { id: "g1", metric: "interviews_completed", target: 3, dueOn: "2027-03-01" },
  label: "3 interviews held by 1 Mar 2027",
  students: 4,
  met: 1,
  behind: 2,
  notYetMeasured: 0,
};

function input(overrides: Partial<TermReportInput> = {}): TermReportInput {
  return {
    cohort: cohort("Career Lab"),
    studentCount: 4,
    funnel,
    goals: [goal],
    thankYous: [],
    contactsInterviewed: [],
    outcomes: [],
    ...overrides,
  };
}

describe("median", () => {
  it("takes the middle value, the mean of the two middle ones, or null for none", () => {
    expect(median([])).toBeNull();
    expect(median([9])).toBe(9);
    expect(median([10, 2, 5])).toBe(5);
    expect(median([1, 2, 4, 10])).toBe(3);
    expect(median([1, 2])).toBe(1.5);
  });
});

describe("buildTermReport", () => {
  it("measures days from the first message to each interview, skipping interviews arranged before it", () => {
    const report = buildTermReport(
      input({
        contactsInterviewed: [
          { firstContactOn: "2027-02-01", interviewedOn: "2027-02-11" }, // 10
          { firstContactOn: "2027-02-01", interviewedOn: "2027-02-05" }, // 4
          { firstContactOn: "2027-03-01", interviewedOn: "2027-03-07" }, // 6
          { firstContactOn: "2027-03-09", interviewedOn: "2027-03-02" }, // written after: left out
        ],
      }),
    );
    expect(report.medianDaysToInterview).toBe(6);
    expect(report.interviewsMeasured).toBe(3);
  });

  it("adds the students' thank-yous and judges on-time share without the pending ones", () => {
    const report = buildTermReport(
      input({
        thankYous: [
          { onTime: 3, late: 1, missing: 0, pending: 2 },
          { onTime: 0, late: 0, missing: 1, pending: 0 },
        ],
      }),
    );
    expect(report.thankYous).toEqual({ onTime: 3, late: 1, missing: 1, pending: 2, onTimeShare: 0.6 });
    expect(buildTermReport(input()).thankYous.onTimeShare).toBeNull();
  });

  it("counts outcomes by kind and the students who have at least one", () => {
    const report = buildTermReport(
      input({
        outcomes: [
          { studentId: "a", kind: "internship" },
          { studentId: "a", kind: "job_offer" },
          { studentId: "b", kind: "internship" },
        ],
      }),
    );
    expect(report.outcomes.total).toBe(3);
    expect(report.outcomes.studentsWithOne).toBe(2);
    expect(report.outcomes.byKind.find((k) => k.kind === "internship")?.count).toBe(2);
    expect(report.outcomes.byKind.find((k) => k.kind === "shadowing")?.count).toBe(0);
  });

  it("gives each goal the share of students who met it, 0 for an empty cohort", () => {
    expect(buildTermReport(input()).goals[0]!.share).toBe(0.25);
    const empty = buildTermReport(input({ studentCount: 0, goals: [{ ...goal, students: 0, met: 0 }] }));
    expect(empty.goals[0]!.share).toBe(0);
  });
});

describe("termReportCsv", () => {
  it("puts two cohorts side by side, a figure a line, with formulas escaped", () => {
    const first = buildTermReport(input({ outcomes: [{ studentId: "a", kind: "project" }] }));
    const second = buildTermReport(input({ cohort: cohort("=HYPERLINK(1)"), goals: [] }));
    const csv = termReportCsv([first, second]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(["Figure", "Career Lab", "'=HYPERLINK(1)"]);
    const row = (label: string) => rows.find((r) => r[0] === label);
    expect(row("Students")).toEqual(["Students", "4", "4"]);
    expect(row("Outcomes")).toEqual(["Outcomes", "1", "0"]);
    expect(row("Reached: Identify people (share)")).toEqual([
      "Reached: Identify people (share)",
      "75%",
      "75%",
    ]);
    // The second cohort has no such goal: its cell is blank, not "0 of 0".
    expect(row(`Goal met: ${goal.label}`)).toEqual([`Goal met: ${goal.label}`, "1 of 4", ""]);
    expect(row("Median days from first contact to interview")).toEqual([
      "Median days from first contact to interview",
      "",
      "",
    ]);
  });

  it("formats shares as whole percentages", () => {
    expect(formatShare(0.666)).toBe("67%");
    expect(formatShare(null)).toBe("—");
  });
});
