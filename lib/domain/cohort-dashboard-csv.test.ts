import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildCohortDashboard } from "./cohort-dashboard";
import { cohortDashboardCsv, cohortDashboardCsvFilename } from "./cohort-dashboard-csv";
import { type CohortGoal } from "./cohort-goals";
import { type StudentProgress } from "./student-progress";

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

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

function readCsv(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe("cohortDashboardCsv", () => {
  it("writes a header and one line per row, counts as numbers", () => {
    const goals = [interviews, thanks];
    const { rows } = buildCohortDashboard(
      [
        student({
          name: "Ana Diaz",
          email: "ana@uni.edu",
          researchItems: 1,
          pitchWritten: true,
          contactsIdentified: 5,
          outreachSent: 4,
          interviewsCompleted: 1,
          thankYousSent: 1,
          followUpsSent: 1,
          thankYouDelays: [9],
          interviewsAwaitingThankYou: ["2026-10-14"],
          outreachAwaitingFollowUp: ["2026-10-01"],
        }),
      ],
      { goals, startsOn: "2026-09-07" },
      noon("2026-10-16"),
    );
    const csv = cohortDashboardCsv(rows, goals, new Map([[rows[0]!.studentId, 2]]));
    expect(csv).toContain("\r\n");
    expect(readCsv(csv)).toEqual([
      [
        "Name",
        "Email",
        "Contacts identified",
        "Outreach sent",
        "Interviews completed",
        "Thank-yous on time",
        "Thank-yous late",
        "Thank-yous missing",
        "Last active",
        "Stage",
        "Goal: 2 interviews completed by 15 Oct 2026",
        "Goal: Thank-you sent within 2 days of each interview",
        "Goals met",
        "Needs attention",
        "Outcomes",
      ],
      [
        "Ana Diaz",
        "ana@uni.edu",
        "5",
        "4",
        "1",
        "0",
        "1",
        "0",
        "2026-10-15",
        "All six done",
        "1",
        "0 of 1",
        "0 of 2",
        "Outreach sent 1 Oct 2026: no reply and no follow-up after 7 business days; Behind on a goal: 1 of 2 interviews completed by 15 Oct 2026",
        "2",
      ],
    ]);
  });

  it("leaves cells empty where there is nothing to say (the stage of a student with nothing logged is research)", () => {
    const { rows } = buildCohortDashboard(
      [student({ lastActivityAt: null, joinedAt: noon("2026-10-10") })],
      { goals: [thanks], startsOn: "2026-09-07" },
      noon("2026-10-16"),
    );
    const [, line] = readCsv(cohortDashboardCsv(rows, [thanks]));
    expect(line?.slice(8)).toEqual(["", "Research", "", "0 of 1", "", "0"]);
    const [, noGoals] = readCsv(cohortDashboardCsv(rows, []));
    expect(noGoals?.slice(-3)).toEqual(["", "", "0"]);
  });

  it("is a header alone for an empty cohort", () => {
    expect(readCsv(cohortDashboardCsv([], [interviews]))).toHaveLength(1);
  });

  it("defuses formulas in anything a student typed", () => {
    const { rows } = buildCohortDashboard(
      [
        student({ name: '=HYPERLINK("http://evil.test","x")', email: "+1@uni.edu" }),
        student({ name: "@SUM(A1)", email: "-x@uni.edu" }),
        student({ name: "-2+3", email: "ok@uni.edu" }),
      ],
      { goals: [], startsOn: "2026-09-07" },
      noon("2026-10-16"),
    );
    const lines = readCsv(cohortDashboardCsv(rows, []));
    expect(lines.slice(1).map((line) => line.slice(0, 2))).toEqual([
      ['\'=HYPERLINK("http://evil.test","x")', "'+1@uni.edu"],
      ["'@SUM(A1)", "'-x@uni.edu"],
      ["'-2+3", "ok@uni.edu"],
    ]);
  });

  it("keeps a column per goal even when two goals read the same", () => {
    const twin: CohortGoal = { ...interviews, id: "g3" };
    const { rows } = buildCohortDashboard(
      [student({ interviewsCompleted: 2 })],
      { goals: [interviews, twin], startsOn: "2026-09-07" },
      noon("2026-10-16"),
    );
    const [header, line] = readCsv(cohortDashboardCsv(rows, [interviews, twin]));
    expect(header?.filter((h) => h.startsWith("Goal:"))).toHaveLength(2);
    expect(line?.slice(10, 13)).toEqual(["2", "2", "2 of 2"]);
  });
});

describe("cohortDashboardCsvFilename", () => {
  it("makes a plain file name of the cohort's name and the date", () => {
    expect(cohortDashboardCsvFilename("Career Lab — Fall 2026", "2026-10-15")).toBe(
      "fieldnotes-career-lab-fall-2026-2026-10-15.csv",
    );
    expect(cohortDashboardCsvFilename("Économie & Société", "2026-10-15")).toBe(
      "fieldnotes-economie-societe-2026-10-15.csv",
    );
  });

  it("keeps quotes, slashes and line breaks out of the header", () => {
    expect(cohortDashboardCsvFilename('a"b\r\nContent-Type: x/../y', "2026-10-15")).toBe(
      "fieldnotes-a-b-content-type-x-y-2026-10-15.csv",
    );
    expect(cohortDashboardCsvFilename("日本語", "2026-10-15")).toBe("fieldnotes-cohort-2026-10-15.csv");
    expect(cohortDashboardCsvFilename("x".repeat(100), "2026-10-15")).toBe(
      `fieldnotes-${"x".repeat(60)}-2026-10-15.csv`,
    );
  });

  it("refuses a date that is not one", () => {
    expect(() => cohortDashboardCsvFilename("Lab", '2026-10-15"; x')).toThrow(RangeError);
  });
});
