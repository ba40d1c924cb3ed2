import {
  METHOD_STEPS,
  type MethodStep,
  type StageEvidence,
  hasEvidenceForStep,
  studentStageIndex,
} from "./student-stage";

/** What the funnel reads of each student: their evidence for the six steps. */
export type FunnelInput = StageEvidence;

export type FunnelStep = {
  step: MethodStep;
  label: string;
  /** Students whose furthest step is this one or a later one. Never grows from one step to the next. */
  reached: number;
  /** Students who logged something for this very step. */
  withEvidence: number;
  /** reached / students in the cohort, from 0 to 1 (0 for an empty cohort). */
  share: number;
};

/**
 * How many students of the cohort reached each step, in order.
 *
 * "Reached" is cumulative: a student whose furthest logged step is 5 (interview) counts as having reached
 * steps 1–4 too. The funnel answers "how far along is the cohort", and the steps build on each other in
 * practice even when the app holds no record of an earlier one: plenty of students research on paper or
 * prepare in their heads, and counting only logged evidence would show more students interviewing than
 * preparing, which reads as nonsense in a funnel. So `reached` never grows from one step to the next.
 *
 * `withEvidence` keeps the other view, for the advisor who wants to know who skipped a step in the app:
 * 20 reached "prepare" but only 12 logged any preparation.
 */
export function cohortFunnel(students: readonly FunnelInput[]): FunnelStep[] {
  // One pass: how many students stopped at each stage, and how many logged each step.
  const stoppedAt = new Array<number>(METHOD_STEPS.length).fill(0);
  const withEvidence = new Array<number>(METHOD_STEPS.length).fill(0);
  for (const student of students) {
    const stage = studentStageIndex(student);
    if (stage >= 0) stoppedAt[stage]! += 1;
    for (let index = 0; index < METHOD_STEPS.length; index++) {
      if (hasEvidenceForStep(student, index)) withEvidence[index]! += 1;
    }
  }
  let reached = 0;
  const funnel: FunnelStep[] = [];
  for (let index = METHOD_STEPS.length - 1; index >= 0; index--) {
    reached += stoppedAt[index]!;
    const { step, label } = METHOD_STEPS[index]!;
    funnel.unshift({
      step,
      label,
      reached,
      withEvidence: withEvidence[index]!,
      share: students.length === 0 ? 0 : reached / students.length,
    });
  }
  return funnel;
}

/**
 * The step a student newly reached between two moments, given their evidence then and now: the furthest
 * step now, when it is further than before; null when they did not move forward.
 */
export function stepReachedSince(before: FunnelInput, now: FunnelInput): MethodStep | null {
  const reached = studentStageIndex(now);
  return reached > studentStageIndex(before) ? (METHOD_STEPS[reached]?.step ?? null) : null;
}
