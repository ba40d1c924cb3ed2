import { type CalendarDate } from "./calendar-date";
import { cohortFunnel, type FunnelStep } from "./cohort-funnel";
import { type CohortGoal } from "./cohort-goals";
import {
  type CohortGoalSummary,
  type GoalProgress,
  goalProgress,
  goalProgressScore,
  summarizeCohortGoals,
} from "./goal-progress";
import {
  type AttentionKind,
  type AttentionReason,
  type AttentionRules,
  DEFAULT_ATTENTION_RULES,
  needsAttention,
} from "./needs-attention";
import { isStillHandled, type StudentFollowUp } from "./nudge-rules";
import { type StudentProgress, studentDisplayName, studentToday } from "./student-progress";
import { ALL_STEPS_DONE, currentStepIndex, METHOD_STEPS, type MethodStep } from "./student-stage";
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
  /**
   * The student's current step under the one step rule (student-stage.ts `currentStepIndex`, the rule of
   * their own tracker), or "done" when all six have been done at least once.
   */
  stage: MethodStep | "done";
  /** `stage` as 0–5, or 6 when all six are done: for sorting and filtering. */
  stageIndex: number;
  goals: GoalProgress[];
  /** Goals met, of all the cohort's goals. */
  goalsMet: number;
  /** 0–1, see goalProgressScore; null when the cohort has no goals. */
  goalScore: number | null;
  /** The flags that apply now, less those an advisor marked handled in the last week. */
  attention: AttentionReason[];
  /** Flags that apply but are hidden as handled (see nudge-rules.ts `isStillHandled`). */
  handled: AttentionKind[];
  /** When the student was last nudged in this cohort, in ms since the epoch; null when never. */
  lastNudgedAtMs: number | null;
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
  /** Per student id, the nudges and "handled" marks of this cohort (none when absent). */
  followUps?: ReadonlyMap<string, StudentFollowUp>,
): CohortDashboard {
  // Each student's today is their zone's: worked out once per zone, not once per student.
  const todayByZone = new Map<string | null, CalendarDate>();
  const rows = students.map((student) => {
    let today = todayByZone.get(student.timeZone);
    if (today === undefined) {
      today = studentToday(student, now);
      todayByZone.set(student.timeZone, today);
    }
    return buildDashboardRow(student, cohort, now, followUps?.get(student.studentId), today);
  });
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
  followUp?: StudentFollowUp,
  /** studentToday(student, now), when the caller has it. */
  today = studentToday(student, now),
): CohortDashboardRow {
  const progress = goalProgress(student, goals, today);
  const flags = needsAttention(student, goals, now, { ...rules, termStartsOn: startsOn, progress, today });
  const { attention, handled } = withoutHandled(flags, followUp, now.getTime());
  const stageIndex = currentStepIndex(student);
  let goalsMet = 0;
  for (const goal of progress) if (goal.met) goalsMet++;
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
    stage: stageIndex === ALL_STEPS_DONE ? "done" : METHOD_STEPS[stageIndex]!.step,
    stageIndex,
    goals: progress,
    goalsMet,
    goalScore: goalProgressScore(progress),
    attention,
    handled,
    lastNudgedAtMs: followUp?.lastNudgedAtMs ?? null,
  };
}

/** Splits a student's flags into those to show and the kinds an advisor marked handled less than a week ago. */
export function withoutHandled(
  flags: AttentionReason[],
  followUp: StudentFollowUp | undefined,
  nowMs: number,
): { attention: AttentionReason[]; handled: AttentionKind[] } {
  if (!followUp || flags.length === 0) return { attention: flags, handled: [] };
  const attention: AttentionReason[] = [];
  const handled: AttentionKind[] = [];
  for (const flag of flags) {
    const at = followUp.handledAtMs[flag.kind];
    if (at !== undefined && isStillHandled(at, nowMs)) {
      if (!handled.includes(flag.kind)) handled.push(flag.kind);
    } else attention.push(flag);
  }
  return { attention, handled };
}

export const DASHBOARD_SORT_KEYS = [
  "name",
  "stage",
  "contacts",
  "outreach",
  "interviews",
  "last-activity",
  "goal-progress",
  "attention",
] as const;
export type DashboardSortKey = (typeof DASHBOARD_SORT_KEYS)[number];

export type SortDirection = "asc" | "desc";

/**
 * The direction a column sorts in when first clicked: names A–Z, counts most first, and the two columns an
 * advisor scans for trouble with the trouble first (longest quiet, least goal progress).
 */
export const DEFAULT_SORT_DIRECTION: Record<DashboardSortKey, SortDirection> = {
  name: "asc",
  // Least far along first: who to help.
  stage: "asc",
  contacts: "desc",
  outreach: "desc",
  interviews: "desc",
  "last-activity": "asc",
  "goal-progress": "asc",
  // Most reasons first.
  attention: "desc",
};

/** Filter by a needs-attention reason: any reason, none at all (on track), or one kind. */
export type ReasonFilter = "all" | "any" | "none" | AttentionKind;
/** Filter by stage: the current step, or all six done. */
export type StageFilter = "all" | MethodStep | "done";
/** Filter by goals: behind on at least one, not all met yet, or all met. */
export const GOAL_FILTERS = ["all", "behind", "not-met", "met"] as const;
export type GoalFilter = (typeof GOAL_FILTERS)[number];

export const GOAL_FILTER_LABEL: Record<GoalFilter, string> = {
  all: "Any goal progress",
  behind: "Behind on a goal",
  "not-met": "Goals not all met",
  met: "All goals met",
};

export type DashboardView = {
  sort: DashboardSortKey;
  direction: SortDirection;
  reason: ReasonFilter;
  stage: StageFilter;
  goal: GoalFilter;
};

export const DEFAULT_DASHBOARD_VIEW: DashboardView = {
  sort: "name",
  direction: "asc",
  reason: "all",
  stage: "all",
  goal: "all",
};

/** Whether a row passes every filter of the view. */
export function matchesDashboardFilters(
  row: CohortDashboardRow,
  view: Omit<DashboardView, "sort" | "direction">,
) {
  return matchesReason(row, view.reason) && matchesStage(row, view.stage) && matchesGoal(row, view.goal);
}

function matchesReason(row: CohortDashboardRow, reason: ReasonFilter): boolean {
  switch (reason) {
    case "all":
      return true;
    case "any":
      return row.attention.length > 0;
    case "none":
      return row.attention.length === 0;
    default:
      return row.attention.some((r) => r.kind === reason);
  }
}

function matchesStage(row: CohortDashboardRow, stage: StageFilter): boolean {
  if (stage === "all") return true;
  return row.stage === stage;
}

function matchesGoal(row: CohortDashboardRow, goal: GoalFilter): boolean {
  switch (goal) {
    case "all":
      return true;
    case "behind":
      return row.goals.some((g) => g.behind);
    case "not-met":
      return row.goals.length > 0 && row.goalsMet < row.goals.length;
    case "met":
      return row.goals.length > 0 && row.goalsMet === row.goals.length;
  }
}

/** The rows the view's filters keep, in their order. */
export function filterDashboardRows(
  rows: readonly CohortDashboardRow[],
  view: Omit<DashboardView, "sort" | "direction">,
): CohortDashboardRow[] {
  return rows.filter((row) => matchesDashboardFilters(row, view));
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
    case "stage":
      return row.stageIndex;
    case "attention":
      return row.attention.length;
  }
}
