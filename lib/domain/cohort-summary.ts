import { type CalendarDate, compareCalendarDates, toDayNumber } from "./calendar-date";
import { type CohortDashboardRow } from "./cohort-dashboard";
import { countWithMetric, isCountGoal } from "./cohort-goals";
import { type CohortGoalSummary } from "./goal-progress";
import {
  ATTENTION_KIND_LABEL,
  ATTENTION_KINDS,
  type AttentionKind,
  type AttentionReason,
} from "./needs-attention";

/** One student named under a reason: the reason as it applies to them. */
export type AttentionGroupStudent = { studentId: string; name: string; text: string };

/** Everyone flagged for one reason: how many, and the few who need it most. */
export type AttentionGroup = {
  kind: AttentionKind;
  label: string;
  count: number;
  /** The `firstFew` most pressing (longest quiet, oldest overdue, furthest behind), most pressing first. */
  first: AttentionGroupStudent[];
};

export type CohortSummary = {
  students: number;
  /** Students with no needs-attention reason at all. */
  onTrack: number;
  needsAttention: number;
  /** One group per reason that applies to anyone, in ATTENTION_KINDS order (most urgent first). */
  groups: AttentionGroup[];
};

/**
 * The dashboard's summary band and its needs-attention list, in one pass over the rows: a student counts once
 * per reason (two goals behind is one "behind on a goal"), and each group keeps only its `firstFew` most
 * pressing students, so the page stays the same size however many are flagged; the table's reason filter
 * lists them all.
 */
export function summarizeCohort(rows: readonly CohortDashboardRow[], firstFew = 5): CohortSummary {
  const counts = new Map<AttentionKind, number>();
  const first = new Map<AttentionKind, { severity: number; student: AttentionGroupStudent }[]>();
  let needsAttention = 0;
  for (const row of rows) {
    if (row.attention.length === 0) continue;
    needsAttention++;
    // The most pressing reason of each kind for this student.
    const worst = new Map<AttentionKind, { severity: number; reason: AttentionReason }>();
    for (const reason of row.attention) {
      const severity = severityOf(reason);
      const seen = worst.get(reason.kind);
      if (!seen || severity > seen.severity) worst.set(reason.kind, { severity, reason });
    }
    for (const [kind, { severity, reason }] of worst) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const list = first.get(kind) ?? [];
      first.set(kind, list);
      keepMostPressing(list, firstFew, {
        severity,
        student: { studentId: row.studentId, name: row.name, text: reason.text },
      });
    }
  }
  return {
    students: rows.length,
    onTrack: rows.length - needsAttention,
    needsAttention,
    groups: ATTENTION_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({
      kind,
      label: ATTENTION_KIND_LABEL[kind],
      count: counts.get(kind)!,
      first: first.get(kind)!.map((entry) => entry.student),
    })),
  };
}

/** Bigger is more pressing: longer quiet, an older overdue thank-you or outreach, further behind a goal. */
function severityOf(reason: AttentionReason): number {
  switch (reason.kind) {
    case "inactive":
      return reason.days;
    case "thank-you-overdue":
      return -toDayNumber(reason.oldestInterviewOn);
    case "outreach-without-follow-up":
      return -toDayNumber(reason.oldestSentOn);
    case "behind-on-goal":
      return reason.target - reason.value;
  }
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Inserts `entry` into `list` (most pressing first, then by name) and keeps at most `size` entries. */
function keepMostPressing(
  list: { severity: number; student: AttentionGroupStudent }[],
  size: number,
  entry: { severity: number; student: AttentionGroupStudent },
): void {
  const before = (a: typeof entry, b: typeof entry) =>
    a.severity > b.severity ||
    (a.severity === b.severity && byName.compare(a.student.name, b.student.name) < 0);
  if (list.length === size && !before(entry, list[list.length - 1]!)) return;
  let at = list.length;
  while (at > 0 && before(entry, list[at - 1]!)) at--;
  list.splice(at, 0, entry);
  if (list.length > size) list.pop();
}

/** A goal with a due date, as the summary band shows it. */
export type GoalDue = CohortGoalSummary & {
  dueOn: CalendarDate;
  daysLeft: number;
  /** What each student should reach, without the date: "3 interviews completed". */
  target: string;
};

/**
 * The count goals still to come (due today or later), soonest first, at most `limit`: what the cohort is
 * working towards now. A cohort past every due date gets none; the goals card still lists them all.
 */
export function goalsComingDue(
  summaries: readonly CohortGoalSummary[],
  today: CalendarDate,
  limit = 2,
): GoalDue[] {
  const todayOn = toDayNumber(today);
  return summaries
    .flatMap((summary) =>
      isCountGoal(summary.goal) && compareCalendarDates(summary.goal.dueOn, today) >= 0
        ? [
            {
              ...summary,
              dueOn: summary.goal.dueOn,
              daysLeft: toDayNumber(summary.goal.dueOn) - todayOn,
              target: countWithMetric(summary.goal.metric, summary.goal.target),
            },
          ]
        : [],
    )
    .sort((a, b) => a.daysLeft - b.daysLeft)
    .slice(0, limit);
}
