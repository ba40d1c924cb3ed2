import { type StudentProgress } from "./student-progress";

/** The six steps of the method (PRODUCT.md, seeds/), in order. */
export const METHOD_STEPS = [
  { step: "research", label: "Research" },
  { step: "identify", label: "Identify people" },
  { step: "prepare", label: "Prepare" },
  { step: "contact", label: "Initiate contact" },
  { step: "interview", label: "Interview" },
  { step: "follow-up", label: "Follow up" },
] as const;
export type MethodStep = (typeof METHOD_STEPS)[number]["step"];

export const METHOD_STEP_LABEL = Object.fromEntries(
  METHOD_STEPS.map(({ step, label }) => [step, label]),
) as Record<MethodStep, string>;

/** What a student logged, step by step: enough to place them on the method. */
export type StageEvidence = Pick<
  StudentProgress,
  | "researchItems"
  | "contactsIdentified"
  | "preparationItems"
  | "outreachSent"
  | "interviewsCompleted"
  | "followUpsSent"
>;

/** Whether the student logged something for step `index` (0 = research … 5 = follow-up). */
export function hasEvidenceForStep(student: StageEvidence, index: number): boolean {
  switch (index) {
    case 0:
      return student.researchItems > 0;
    case 1:
      return student.contactsIdentified > 0;
    case 2:
      return student.preparationItems > 0;
    case 3:
      return student.outreachSent > 0;
    case 4:
      // Completed, not merely scheduled: the step is having the conversation.
      return student.interviewsCompleted > 0;
    case 5:
      return student.followUpsSent > 0;
    default:
      return false;
  }
}

/**
 * The student's stage as an index into METHOD_STEPS: the furthest step they logged anything for, or -1 when
 * they logged nothing yet. Earlier steps count as reached even without a record (research on paper,
 * preparation in their heads): this is the rule of the dashboard's Stage column, the cohort funnel, the
 * advisor digest's "moved forward" (the student's own tracker uses step-tracker.ts's `currentStep`, the earliest
 * step not yet done; one rule for both is open work). Allocation-free: the dashboard runs
 * it once per student per request.
 */
export function studentStageIndex(student: StageEvidence): number {
  for (let index = METHOD_STEPS.length - 1; index >= 0; index--) {
    if (hasEvidenceForStep(student, index)) return index;
  }
  return -1;
}

/** The student's stage as a step, or null when they logged nothing yet (see studentStageIndex). */
export function studentStage(student: StageEvidence): MethodStep | null {
  return METHOD_STEPS[studentStageIndex(student)]?.step ?? null;
}

/** Which steps the student logged something for, each on its own. */
export function stepsWithEvidence(student: StageEvidence): Record<MethodStep, boolean> {
  return Object.fromEntries(
    METHOD_STEPS.map(({ step }, index) => [step, hasEvidenceForStep(student, index)]),
  ) as Record<MethodStep, boolean>;
}

export type TrackerStepState = "done" | "current" | "next" | "later";

/**
 * The six steps as a tracker shows them: every step up to the stage is done, except the stage itself, which
 * is current; the step after it is next. A student with nothing logged has research next.
 */
export function stageTracker(
  student: StageEvidence,
): { step: MethodStep; label: string; state: TrackerStepState; hasEvidence: boolean }[] {
  const stage = studentStageIndex(student);
  return METHOD_STEPS.map(({ step, label }, index) => ({
    step,
    label,
    hasEvidence: hasEvidenceForStep(student, index),
    state: index < stage ? "done" : index === stage ? "current" : index === stage + 1 ? "next" : "later",
  }));
}
