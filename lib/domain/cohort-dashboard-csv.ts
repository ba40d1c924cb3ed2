import { type CalendarDate, toDayNumber } from "./calendar-date";
import { type CohortDashboardRow } from "./cohort-dashboard";
import { METHOD_STEP_LABEL } from "./student-stage";
import { type CohortGoal, describeGoal } from "./cohort-goals";
import { type GoalProgress } from "./goal-progress";
import { toSafeCsvRows } from "./csv-safety";

const FIXED_COLUMNS = [
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
] as const;

/**
 * The dashboard as a spreadsheet: one row per student, in the order given (sort and filter first), then a
 * column per goal and the needs-attention reasons. Counts stay numbers so they can be summed; a goal's cell
 * is its count, or "2 of 3" for a thank-you goal ("2/3" would turn into a date). Every cell goes through
 * escapeSpreadsheetCell: names and reasons are typed by students and must not run as formulas. Like
 * toSafeCsv, it starts with a BOM (Excel reads UTF-8) and ends lines with CRLF; toSafeCsv itself keys cells by
 * header text, and two goals may well share a label.
 */
export function cohortDashboardCsv(
  rows: readonly CohortDashboardRow[],
  goals: readonly CohortGoal[],
  /** Outcomes recorded per student id; a student absent from it has none. */
  outcomeCounts: ReadonlyMap<string, number> = new Map(),
): string {
  const header = [
    ...FIXED_COLUMNS,
    ...goals.map((goal) => `Goal: ${describeGoal(goal)}`),
    "Goals met",
    "Needs attention",
    "Outcomes",
  ];
  const data = rows.map((row) => [
    row.name,
    row.email,
    row.contactsIdentified,
    row.outreachSent,
    row.interviewsCompleted,
    row.thankYous.onTime,
    row.thankYous.late,
    row.thankYous.missing,
    row.lastActiveOn ?? "",
    row.stage === "done" ? "All six done" : METHOD_STEP_LABEL[row.stage],
    ...goals.map((goal) => goalCell(row.goals.find((p) => p.goal.id === goal.id))),
    goals.length === 0 ? "" : `${row.goalsMet} of ${goals.length}`,
    row.attention.map((reason) => reason.text).join("; "),
    outcomeCounts.get(row.studentId) ?? 0,
  ]);
  return toSafeCsvRows(header, data);
}

function goalCell(progress: GoalProgress | undefined): number | string {
  if (progress === undefined) return "";
  if (progress.kind === "count") return progress.value;
  return progress.measured === 0 ? "" : `${progress.onTime} of ${progress.measured}`;
}

/**
 * A download name for the export, safe in a Content-Disposition header whatever the cohort is called:
 * "fieldnotes-career-lab-fall-2026-2026-10-15.csv".
 */
export function cohortDashboardCsvFilename(cohortName: string, today: CalendarDate): string {
  toDayNumber(today); // refuses a malformed date before it reaches a file name
  const slug = cohortName
    .normalize("NFKD")
    // NFKD splits "é" into "e" and a combining accent; dropping the accents keeps the letter.
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `fieldnotes-${slug || "cohort"}-${today}.csv`;
}
