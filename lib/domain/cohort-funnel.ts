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

export type FunnelInput = Pick<
  StudentProgress,
  | "researchItems"
  | "contactsIdentified"
  | "preparationItems"
  | "outreachSent"
  | "interviewsCompleted"
  | "followUpsSent"
>;

const EVIDENCE: Record<MethodStep, (student: FunnelInput) => boolean> = {
  research: (s) => s.researchItems > 0,
  identify: (s) => s.contactsIdentified > 0,
  prepare: (s) => s.preparationItems > 0,
  contact: (s) => s.outreachSent > 0,
  // Completed, not merely scheduled: the step is having the conversation.
  interview: (s) => s.interviewsCompleted > 0,
  "follow-up": (s) => s.followUpsSent > 0,
};

/** Which steps the student logged something for, each on its own. */
export function stepsWithEvidence(student: FunnelInput): Record<MethodStep, boolean> {
  return Object.fromEntries(METHOD_STEPS.map(({ step }) => [step, EVIDENCE[step](student)])) as Record<
    MethodStep,
    boolean
  >;
}

/** The furthest step the student has evidence for, or null when they have logged nothing yet. */
export function furthestStep(student: FunnelInput): MethodStep | null {
  const evidence = stepsWithEvidence(student);
  return METHOD_STEPS.findLast(({ step }) => evidence[step])?.step ?? null;
}

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
  const furthest = students.map((student) => {
    const step = furthestStep(student);
    return step === null ? -1 : METHOD_STEPS.findIndex((s) => s.step === step);
  });
  return METHOD_STEPS.map(({ step, label }, i) => {
    const reached = furthest.filter((at) => at >= i).length;
    return {
      step,
      label,
      reached,
      withEvidence: students.filter((student) => EVIDENCE[step](student)).length,
      share: students.length === 0 ? 0 : reached / students.length,
    };
  });
}

/**
 * The step a student newly reached between two moments, given their evidence then and now: the furthest
 * step now, when it is further than before; null when they did not move forward.
 */
export function stepReachedSince(before: FunnelInput, now: FunnelInput): MethodStep | null {
  const order = (step: MethodStep | null) =>
    step === null ? -1 : METHOD_STEPS.findIndex((s) => s.step === step);
  const reached = furthestStep(now);
  return order(reached) > order(furthestStep(before)) ? reached : null;
}
