import { type CalendarDate, compareCalendarDates } from "./calendar-date";
import {
  type CohortGoal,
  type CountGoal,
  type CountGoalMetric,
  countWithMetric,
  describeGoal,
  isCountGoal,
  type TimelinessGoal,
  withinDaysPhrase,
} from "./cohort-goals";
import { type StudentProgress } from "./student-progress";
import { countOverdueThankYous } from "./thank-you-tally";

export type GoalProgressInput = Pick<
  StudentProgress,
  | "contactsIdentified"
  | "outreachSent"
  | "interviewsCompleted"
  | "thankYousSent"
  | "thankYouDelays"
  | "interviewsAwaitingThankYou"
>;

export type CountGoalState = "met" | "in-progress" | "behind";

export type CountGoalProgress = {
  kind: "count";
  goal: CountGoal;
  /** "3 interviews completed by 15 Oct 2026" */
  label: string;
  value: number;
  target: number;
  /** value / target, capped at 1 (and 1 for a target of 0): how full the progress bar is. */
  fraction: number;
  met: boolean;
  /** Not met and today is after the due date. Due today is not yet behind. */
  behind: boolean;
  state: CountGoalState;
  /** "2 of 3 interviews completed" */
  progressText: string;
};

export type TimelinessGoalState = "no-thank-yous-yet" | "met" | "not-met";

export type TimelinessGoalProgress = {
  kind: "timeliness";
  goal: TimelinessGoal;
  /** "Thank-you sent within 2 days of each interview" */
  label: string;
  withinDays: number;
  /** Thank-yous sent within `withinDays` of their interview. */
  onTime: number;
  /** Thank-yous that can be judged: every one sent, plus unsent ones already past `withinDays`. */
  measured: number;
  /** onTime / measured, or null before anything can be judged. */
  rate: number | null;
  met: boolean;
  /** Timeliness goals have no due date, so they are never "behind"; a missing thank-you has its own flag. */
  behind: false;
  state: TimelinessGoalState;
  /** "2 of 3 thank-yous within 2 days", "No thank-yous yet" */
  progressText: string;
};

export type GoalProgress = CountGoalProgress | TimelinessGoalProgress;

const COUNT_VALUE: Record<CountGoalMetric, (student: GoalProgressInput) => number> = {
  contacts_identified: (s) => s.contactsIdentified,
  outreach_sent: (s) => s.outreachSent,
  interviews_completed: (s) => s.interviewsCompleted,
  thank_yous_sent: (s) => s.thankYousSent,
};

/**
 * Where one student stands on each of the cohort's goals, in the goals' order. `today` is the student's
 * calendar date (studentToday).
 *
 * A count goal is met once the count reaches the target, whenever that happens (reaching it late still
 * counts as met: the dashboard shows where students are, not a grade). It is behind when it is not met
 * and its due date has passed.
 *
 * A timeliness goal ("thank-you within N days") is measured over every thank-you that can be judged: those
 * sent (on time if sent on or before interview + N days, the same line thank-you.ts draws at 7) and those
 * still unsent when interview + N days has passed, which can no longer be on time. It is met only when every
 * judged thank-you was on time: the goal is a rule for each interview, not an average to aim at.
 */
export function goalProgress(
  student: GoalProgressInput,
  goals: readonly CohortGoal[],
  today: CalendarDate,
): GoalProgress[] {
  return goals.map((goal) => {
    assertTarget(goal);
    return isCountGoal(goal) ? countProgress(student, goal, today) : timelinessProgress(student, goal, today);
  });
}

function countProgress(student: GoalProgressInput, goal: CountGoal, today: CalendarDate): CountGoalProgress {
  const value = COUNT_VALUE[goal.metric](student);
  const met = value >= goal.target;
  const behind = !met && compareCalendarDates(today, goal.dueOn) > 0;
  return {
    kind: "count",
    goal,
    label: describeGoal(goal),
    value,
    target: goal.target,
    fraction: goal.target === 0 ? 1 : Math.min(value / goal.target, 1),
    met,
    behind,
    state: met ? "met" : behind ? "behind" : "in-progress",
    progressText: `${value} of ${targetText(goal)}`,
  };
}

function timelinessProgress(
  student: GoalProgressInput,
  goal: TimelinessGoal,
  today: CalendarDate,
): TimelinessGoalProgress {
  const withinDays = goal.target;
  // Counted in loops, without the intermediate arrays: this runs for every student of a dashboard.
  let sent = 0;
  let onTime = 0;
  for (const delay of student.thankYouDelays) {
    if (delay < 0) continue;
    sent++;
    if (delay <= withinDays) onTime++;
  }
  const tooLate = countOverdueThankYous(student.interviewsAwaitingThankYou, today, withinDays);
  const measured = sent + tooLate;
  const met = measured > 0 && onTime === measured;
  return {
    kind: "timeliness",
    goal,
    label: describeGoal(goal),
    withinDays,
    onTime,
    measured,
    rate: measured === 0 ? null : onTime / measured,
    met,
    behind: false,
    state: measured === 0 ? "no-thank-yous-yet" : met ? "met" : "not-met",
    progressText:
      measured === 0
        ? "No thank-yous yet"
        : `${onTime} of ${measured} ${measured === 1 ? "thank-you" : "thank-yous"} ${withinText(goal)}`,
  };
}

// The parts of a goal's progress text that are the same for every student, made once per goal object: a
// dashboard words each goal for every student on every request.
const targetTexts = new WeakMap<CohortGoal, string>();

/** "3 interviews completed" */
function targetText(goal: CountGoal): string {
  let text = targetTexts.get(goal);
  if (text === undefined) {
    text = countWithMetric(goal.metric, goal.target);
    targetTexts.set(goal, text);
  }
  return text;
}

/** "within 2 days" */
function withinText(goal: TimelinessGoal): string {
  let text = targetTexts.get(goal);
  if (text === undefined) {
    text = withinDaysPhrase(goal.target);
    targetTexts.set(goal, text);
  }
  return text;
}

/**
 * One number for sorting by goal progress: the mean of each goal's fraction (count goals) and on-time rate
 * (timeliness goals), from 0 to 1. A timeliness goal with nothing to judge yet is left out rather than
 * counted as 0 or 1; null when there is nothing to average (no goals).
 */
export function goalProgressScore(progress: readonly GoalProgress[]): number | null {
  // A loop, not flatMap: this runs for every student of a dashboard.
  let sum = 0;
  let parts = 0;
  for (const p of progress) {
    const part = p.kind === "count" ? p.fraction : p.rate;
    if (part === null) continue;
    sum += part;
    parts++;
  }
  return parts === 0 ? null : sum / parts;
}

export type CohortGoalSummary = {
  goal: CohortGoal;
  label: string;
  /** Students in the cohort. */
  students: number;
  met: number;
  /** Count goals past their due date and not met; always 0 for a timeliness goal. */
  behind: number;
  /** Timeliness goals: students with no thank-you to judge yet; always 0 for a count goal. */
  notYetMeasured: number;
};

/**
 * How the cohort stands on each goal: how many students met it, how many are behind. `progressByStudent` is
 * goalProgress for each student against the same `goals`, so entry i of every list is goal i.
 */
export function summarizeCohortGoals(
  goals: readonly CohortGoal[],
  progressByStudent: readonly (readonly GoalProgress[])[],
): CohortGoalSummary[] {
  return goals.map((goal, i) => {
    const summary: CohortGoalSummary = {
      goal,
      label: describeGoal(goal),
      students: progressByStudent.length,
      met: 0,
      behind: 0,
      notYetMeasured: 0,
    };
    for (const progress of progressByStudent) {
      const entry = progress[i];
      if (entry === undefined || entry.goal.id !== goal.id) {
        throw new Error(`Goal progress is out of step with the goals at ${goal.id}`);
      }
      if (entry.met) summary.met++;
      if (entry.behind) summary.behind++;
      if (entry.kind === "timeliness" && entry.state === "no-thank-yous-yet") summary.notYetMeasured++;
    }
    return summary;
  });
}

function assertTarget(goal: CohortGoal): void {
  if (!Number.isInteger(goal.target) || goal.target < 0) {
    throw new RangeError(`Goal ${goal.id}: target must be a whole number ≥ 0, got ${goal.target}`);
  }
}
