import { type CalendarDate } from "./calendar-date";
import { cohortFunnel, furthestStep, type FunnelStep, type MethodStep } from "./cohort-funnel";
import { type CohortGoal } from "./cohort-goals";
import {
  type CohortGoalSummary,
  type GoalProgress,
  goalProgress,
  goalProgressScore,
  summarizeCohortGoals,
} from "./goal-progress";
import {
  type AttentionReason,
  type AttentionRules,
  DEFAULT_ATTENTION_RULES,
  needsAttention,
} from "./needs-attention";
import { type StudentProgress, studentDisplayName, studentToday } from "./student-progress";
import { type ThankYouTally, tallyThankYous } from "./thank-you-tally";
import { calendarDateIn, studentTimeZone } from "./time-zone";

/** One student's line on the advisor's dashboard: everything it shows, sorts, filters and exports. */
export type CohortDashboardRow = {
  studentId: string;
  /** The student's name, or their email until they set one. */
  name: string;
  email: string;
  contactsIdentified: number;
  outreachSent: number;
  interviewsCompleted: number;
  thankYous: ThankYouTally;
  lastActivityAt: Date | null;
  /** The calendar day of `lastActivityAt` for the student. */
  lastActiveOn: CalendarDate | null;
  furthestStep: MethodStep | null;
  goals: GoalProgress[];
  /** 0–1, see goalProgressScore; null when the cohort has no goals. */
  goalScore: number | null;
  attention: AttentionReason[];
};

export type CohortDashboardCohort = {
  goals: readonly CohortGoal[];
  startsOn: CalendarDate;
  /** Overrides of the needs-attention lines (a cohort's own thank-you rule, say). */
  rules?: Partial<AttentionRules>;
};

export type CohortDashboard = {
  rows: CohortDashboardRow[];
  goals: CohortGoalSummary[];
  funnel: FunnelStep[];
};

/** The dashboard for one cohort at `now`: a row per student (in the order given), goal totals and the funnel. */
export function buildCohortDashboard(
  students: readonly StudentProgress[],
  cohort: CohortDashboardCohort,
  now: Date,
): CohortDashboard {
  const rows = students.map((student) => buildDashboardRow(student, cohort, now));
  return {
    rows,
    goals: summarizeCohortGoals(
      cohort.goals,
      rows.map((row) => row.goals),
    ),
    funnel: cohortFunnel(students),
  };
}

export function buildDashboardRow(
  student: StudentProgress,
  { goals, startsOn, rules = {} }: CohortDashboardCohort,
  now: Date,
): CohortDashboardRow {
  const today = studentToday(student, now);
  const progress = goalProgress(student, goals, today);
  return {
    studentId: student.studentId,
    name: studentDisplayName(student),
    email: student.email,
    contactsIdentified: student.contactsIdentified,
    outreachSent: student.outreachSent,
    interviewsCompleted: student.interviewsCompleted,
    thankYous: tallyThankYous(
      student,
      today,
      rules.thankYouOverdueDays ?? DEFAULT_ATTENTION_RULES.thankYouOverdueDays,
    ),
    lastActivityAt: student.lastActivityAt,
    lastActiveOn: student.lastActivityAt
      ? calendarDateIn(student.lastActivityAt, studentTimeZone(student.timeZone))
      : null,
    furthestStep: furthestStep(student),
    goals: progress,
    goalScore: goalProgressScore(progress),
    attention: needsAttention(student, goals, now, { ...rules, termStartsOn: startsOn }),
  };
}

export const DASHBOARD_SORT_KEYS = [
  "name",
  "contacts",
  "outreach",
  "interviews",
  "last-activity",
  "goal-progress",
] as const;
export type DashboardSortKey = (typeof DASHBOARD_SORT_KEYS)[number];

export type SortDirection = "asc" | "desc";

/**
 * The direction a column sorts in when first clicked: names A–Z, counts most first, and the two columns an
 * advisor scans for trouble with the trouble first (longest quiet, least goal progress).
 */
export const DEFAULT_SORT_DIRECTION: Record<DashboardSortKey, SortDirection> = {
  name: "asc",
  contacts: "desc",
  outreach: "desc",
  interviews: "desc",
  "last-activity": "asc",
  "goal-progress": "asc",
};

export const DASHBOARD_FILTERS = ["all", "needs-attention", "behind-on-goal", "no-activity"] as const;
export type DashboardFilter = (typeof DASHBOARD_FILTERS)[number];

export const DASHBOARD_FILTER_LABEL: Record<DashboardFilter, string> = {
  all: "All students",
  "needs-attention": "Needs attention",
  "behind-on-goal": "Behind on a goal",
  "no-activity": "No recent activity",
};

export type DashboardView = { sort: DashboardSortKey; direction: SortDirection; filter: DashboardFilter };

export const DEFAULT_DASHBOARD_VIEW: DashboardView = { sort: "name", direction: "asc", filter: "all" };

type SearchParamValue = string | string[] | undefined;

/**
 * The view asked for in the page's query string (`?sort=last-activity&dir=desc&filter=needs-attention`).
 * Anything unknown falls back to the default rather than erroring: these are links people edit and share.
 */
export function parseDashboardView(params: {
  sort?: SearchParamValue;
  dir?: SearchParamValue;
  filter?: SearchParamValue;
}): DashboardView {
  const sort = oneOf(DASHBOARD_SORT_KEYS, params.sort) ?? DEFAULT_DASHBOARD_VIEW.sort;
  return {
    sort,
    direction: oneOf(["asc", "desc"] as const, params.dir) ?? DEFAULT_SORT_DIRECTION[sort],
    filter: oneOf(DASHBOARD_FILTERS, params.filter) ?? DEFAULT_DASHBOARD_VIEW.filter,
  };
}

function oneOf<T extends string>(allowed: readonly T[], value: SearchParamValue): T | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return allowed.find((a) => a === first);
}

/** The rows a filter keeps, in their order. */
export function filterDashboardRows(
  rows: readonly CohortDashboardRow[],
  filter: DashboardFilter,
): CohortDashboardRow[] {
  switch (filter) {
    case "all":
      return [...rows];
    case "needs-attention":
      return rows.filter((row) => row.attention.length > 0);
    case "behind-on-goal":
      return rows.filter((row) => row.goals.some((goal) => goal.behind));
    case "no-activity":
      return rows.filter((row) => row.attention.some((reason) => reason.kind === "inactive"));
  }
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The rows sorted by one column, as a new array. Ties, in either direction, go by name then email, so the
 * order never depends on the order rows came in. A student who was never active counts as the least recently
 * active (first when sorting by last activity ascending). A student with no goal progress to score (no goals,
 * or only a thank-you goal with nothing to judge yet) sorts last in both directions: unknown is neither good
 * nor bad.
 */
export function sortDashboardRows(
  rows: readonly CohortDashboardRow[],
  key: DashboardSortKey,
  direction: SortDirection,
): CohortDashboardRow[] {
  const sign = direction === "asc" ? 1 : -1;
  const byName = (a: CohortDashboardRow, b: CohortDashboardRow) =>
    collator.compare(a.name, b.name) || collator.compare(a.email, b.email);
  return [...rows].sort((a, b) => {
    if (key === "name") return sign * byName(a, b) || byName(a, b);
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

function sortValue(row: CohortDashboardRow, key: Exclude<DashboardSortKey, "name">): number | null {
  switch (key) {
    case "contacts":
      return row.contactsIdentified;
    case "outreach":
      return row.outreachSent;
    case "interviews":
      return row.interviewsCompleted;
    case "last-activity":
      return row.lastActivityAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    case "goal-progress":
      return row.goalScore;
  }
}
