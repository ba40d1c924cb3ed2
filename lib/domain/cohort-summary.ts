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
  // Indexed by the kind's place in ATTENTION_KINDS. This runs over every student of a dashboard on every
  // request: no Map or entry objects per student, and a student's entry is made only when they make the list.
  const counts = ATTENTION_KINDS.map(() => 0);
  const first = ATTENTION_KINDS.map((): Pressing[] => []);
  const worstSeverity: number[] = ATTENTION_KINDS.map(() => 0);
  const worstReason: (AttentionReason | null)[] = ATTENTION_KINDS.map(() => null);
  let needsAttention = 0;
  for (const row of rows) {
    if (row.attention.length === 0) continue;
    needsAttention++;
    // The most pressing reason of each kind for this student (the first of equal ones).
    worstReason.fill(null);
    for (const reason of row.attention) {
      const k = KIND_INDEX[reason.kind];
      const severity = severityOf(reason);
      if (worstReason[k] === null || severity > worstSeverity[k]!) {
        worstReason[k] = reason;
        worstSeverity[k] = severity;
      }
    }
    for (let k = 0; k < ATTENTION_KINDS.length; k++) {
      const reason = worstReason[k];
      if (!reason) continue;
      counts[k]!++;
      keepMostPressing(first[k]!, firstFew, worstSeverity[k]!, row, reason);
    }
  }
  const groups: AttentionGroup[] = [];
  ATTENTION_KINDS.forEach((kind, k) => {
    if (counts[k] === 0) return;
    groups.push({
      kind,
      label: ATTENTION_KIND_LABEL[kind],
      count: counts[k]!,
      first: first[k]!.map((entry) => entry.student),
    });
  });
  return { students: rows.length, onTrack: rows.length - needsAttention, needsAttention, groups };
}

const KIND_INDEX = Object.fromEntries(ATTENTION_KINDS.map((kind, k) => [kind, k])) as Record<
  AttentionKind,
  number
>;

type Pressing = { severity: number; student: AttentionGroupStudent };

/** Whether a student of this severity and name goes before `entry`: more pressing, then by name. */
function isBefore(severity: number, name: string, entry: Pressing): boolean {
  return (
    severity > entry.severity || (severity === entry.severity && byName.compare(name, entry.student.name) < 0)
  );
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

/**
 * Inserts the student into `list` (most pressing first, then by name) and keeps at most `size` entries. The
 * entry is only made once the student is known to belong in the list.
 */
function keepMostPressing(
  list: Pressing[],
  size: number,
  severity: number,
  row: CohortDashboardRow,
  reason: AttentionReason,
): void {
  if (size <= 0 || (list.length === size && !isBefore(severity, row.name, list[list.length - 1]!))) return;
  let at = list.length;
  while (at > 0 && isBefore(severity, row.name, list[at - 1]!)) at--;
  list.splice(at, 0, { severity, student: { studentId: row.studentId, name: row.name, text: reason.text } });
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
