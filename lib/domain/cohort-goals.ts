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

export const GOAL_METRIC_LABEL: Record<GoalMetric, string> = {
  contacts_identified: "contacts identified",
  outreach_sent: "outreach messages sent",
  interviews_completed: "interviews completed",
  thank_yous_sent: "thank-you notes sent",
  thank_you_within_days: "thank-you within N days",
};

export function isCountMetric(metric: GoalMetric): metric is CountGoalMetric {
  return (COUNT_GOAL_METRICS as readonly string[]).includes(metric);
}
