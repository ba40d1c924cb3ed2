import { formatDisplayDate } from "./display-date";

// A cohort goal is either a count to reach by a date ("3 interviews completed by 2026-10-15") or a
// timeliness rule with no date ("thank-you within 2 days"). The database CHECK, the zod schema and the
// labels all come from these lists.

export const COUNT_GOAL_METRICS = [
  "contacts_identified",
  "outreach_sent",
  "interviews_completed",
  "thank_yous_sent",
] as const;
export type CountGoalMetric = (typeof COUNT_GOAL_METRICS)[number];

export const TIMELINESS_GOAL_METRICS = ["thank_you_within_days"] as const;
export type TimelinessGoalMetric = (typeof TIMELINESS_GOAL_METRICS)[number];

export const GOAL_METRICS = [...COUNT_GOAL_METRICS, ...TIMELINESS_GOAL_METRICS] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

export type CohortGoal =
  | { id: string; metric: CountGoalMetric; target: number; dueOn: string }
  | { id: string; metric: TimelinessGoalMetric; target: number; dueOn: null };

export type CountGoal = Extract<CohortGoal, { metric: CountGoalMetric }>;
export type TimelinessGoal = Extract<CohortGoal, { metric: TimelinessGoalMetric }>;

export const GOAL_METRIC_LABEL: Record<GoalMetric, string> = {
  contacts_identified: "contacts identified",
  outreach_sent: "outreach messages sent",
  interviews_completed: "interviews completed",
  thank_yous_sent: "thank-you notes sent",
  thank_you_within_days: "thank-you within N days",
};

/** The singular of each count label, for "1 interview completed". */
const COUNT_GOAL_METRIC_LABEL_ONE: Record<CountGoalMetric, string> = {
  contacts_identified: "contact identified",
  outreach_sent: "outreach message sent",
  interviews_completed: "interview completed",
  thank_yous_sent: "thank-you note sent",
};

export function isCountMetric(metric: GoalMetric): metric is CountGoalMetric {
  return (COUNT_GOAL_METRICS as readonly string[]).includes(metric);
}

export function isCountGoal(goal: CohortGoal): goal is CountGoal {
  return isCountMetric(goal.metric);
}

/** "1 interview completed", "3 interviews completed". */
export function countWithMetric(metric: CountGoalMetric, n: number): string {
  return `${n} ${n === 1 ? COUNT_GOAL_METRIC_LABEL_ONE[metric] : GOAL_METRIC_LABEL[metric]}`;
}

/** "within 2 days", "within 1 day", and for 0 "on the same day". */
export function withinDaysPhrase(days: number): string {
  if (days === 0) return "on the same day";
  return `within ${days} ${days === 1 ? "day" : "days"}`;
}

/**
 * The goal as one line an advisor or student reads: "3 interviews completed by 15 Oct 2026",
 * "Thank-you sent within 2 days of each interview".
 */
const countGoalLabels = new Map<string, string>();
// A dashboard labels each of its few goals once per student: the same goal object gets the same string.
const labelsByGoal = new WeakMap<CohortGoal, string>();

export function describeGoal(goal: CohortGoal): string {
  let label = labelsByGoal.get(goal);
  if (label === undefined) {
    label = labelOf(goal);
    labelsByGoal.set(goal, label);
  }
  return label;
}

function labelOf(goal: CohortGoal): string {
  if (isCountGoal(goal)) {
    // Goals loaded afresh for each request are new objects: remember the labels by content too.
    const key = `${goal.metric} ${goal.target} ${goal.dueOn}`;
    let label = countGoalLabels.get(key);
    if (label === undefined) {
      label = `${countWithMetric(goal.metric, goal.target)} by ${formatDisplayDate(goal.dueOn)}`;
      if (countGoalLabels.size >= 1000) countGoalLabels.clear();
      countGoalLabels.set(key, label);
    }
    return label;
  }
  return goal.target === 0
    ? "Thank-you sent on the day of each interview"
    : `Thank-you sent ${withinDaysPhrase(goal.target)} of each interview`;
}
