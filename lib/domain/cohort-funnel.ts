import {
  ALL_STEPS_DONE,
  METHOD_STEPS,
  type MethodStep,
  type StageEvidence,
  currentStepIndex,
  hasEvidenceForStep,
} from "./student-stage";

/** What the funnel reads of each student: their evidence for the six steps. */
export type FunnelInput = StageEvidence;

export type FunnelStep = {
  step: MethodStep;
  label: string;
  /**
   * Students who have done this step and every one before it: their current step (the one step rule,
   * student-stage.ts `currentStepIndex`, as their own tracker shows it) is a later one. Never grows from one
   * step to the next.
   */
  reached: number;
  /** Students who logged something for this very step, done or not. */
  withEvidence: number;
  /** reached / students in the cohort, from 0 to 1 (0 for an empty cohort). */
  share: number;
};

/**
 * How many students of the cohort have done each step, in order. The same rule as the dashboard's Stage
 * column and the student's tracker: a student whose current step is 3 (prepare) counts as having done steps
 * 1 and 2, whatever else they logged. `withEvidence` keeps the other view, for the advisor who wants to know
 * who logged work out of order: 20 wrote to someone but only 12 have done "prepare" (a pitch).
 */
export function cohortFunnel(students: readonly FunnelInput[]): FunnelStep[] {
  // One pass: how many students stopped at each current step, and how many logged each step.
  const stoppedAt = new Array<number>(ALL_STEPS_DONE + 1).fill(0);
  const withEvidence = new Array<number>(METHOD_STEPS.length).fill(0);
  for (const student of students) {
    stoppedAt[currentStepIndex(student)]! += 1;
    for (let index = 0; index < METHOD_STEPS.length; index++) {
      if (hasEvidenceForStep(student, index)) withEvidence[index]! += 1;
    }
  }
  let reached = stoppedAt[ALL_STEPS_DONE]!;
  const funnel: FunnelStep[] = [];
  for (let index = METHOD_STEPS.length - 1; index >= 0; index--) {
    const { step, label } = METHOD_STEPS[index]!;
    funnel.unshift({
      step,
      label,
      reached,
      withEvidence: withEvidence[index]!,
      share: students.length === 0 ? 0 : reached / students.length,
    });
    reached += stoppedAt[index]!;
  }
  return funnel;
}

/**
 * The step a student moved on to between two moments, given their evidence then and now: their current step
 * now (the last one when all six are done), when it is further than before; null when they did not move.
 */
export function stepReachedSince(before: FunnelInput, now: FunnelInput): MethodStep | null {
  const reached = currentStepIndex(now);
  if (reached <= currentStepIndex(before)) return null;
  return METHOD_STEPS[Math.min(reached, METHOD_STEPS.length - 1)]!.step;
}
