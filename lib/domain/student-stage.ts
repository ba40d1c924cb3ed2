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

/**
 * What a student logged, step by step: plain counts, so the dashboard can fill them from aggregated SQL,
 * home from its tally and the advisor's student page from the rows it already read.
 */
export type StageEvidence = Pick<
  StudentProgress,
  | "researchItems"
  | "contactsIdentified"
  | "pitchWritten"
  | "preparationItems"
  | "outreachSent"
  | "interviewsCompleted"
  | "thankYousSent"
  | "followUpsSent"
>;

/** The counts THE step rule reads (currentStepIndex). */
export type StepCounts = Pick<
  StageEvidence,
  | "researchItems"
  | "contactsIdentified"
  | "pitchWritten"
  | "outreachSent"
  | "interviewsCompleted"
  | "thankYousSent"
>;

/** currentStepIndex's answer when all six steps have been done at least once. */
export const ALL_STEPS_DONE = METHOD_STEPS.length;

/**
 * Whether step `index` (0 = research … 5 = follow-up) is done:
 *   1. Research   — one career field or target organization noted;
 *   2. People     — one contact identified;
 *   3. Prepare    — an elevator pitch written (questions are chosen per interview, so later);
 *   4. Outreach   — one message sent;
 *   5. Interviews — one interview held (marked completed);
 *   6. Follow-up  — a thank-you sent for every interview held (so at least one).
 */
export function isStepDoneAt(index: number, c: StepCounts): boolean {
  switch (index) {
    case 0:
      return c.researchItems > 0;
    case 1:
      return c.contactsIdentified > 0;
    case 2:
      return c.pitchWritten;
    case 3:
      return c.outreachSent > 0;
    case 4:
      return c.interviewsCompleted > 0;
    case 5:
      return c.interviewsCompleted > 0 && c.thankYousSent >= c.interviewsCompleted;
    default:
      return false;
  }
}

/**
 * THE STEP RULE, the one every view of "where is this student" reads: the student's home tracker and next
 * action (step-tracker.ts), the dashboard's Stage column and funnel, the advisor's student page, the
 * digest's "moved forward". The index (0–5) of the earliest step not yet done, or ALL_STEPS_DONE (6).
 * Earliest, not furthest: a student who wrote to people without a pitch is pointed back at the pitch,
 * which is what the method would have them do. Integers and a boolean only, no allocation: the dashboard
 * runs it once per student over the whole cohort.
 */
export function currentStepIndex(c: StepCounts): number {
  for (let index = 0; index < ALL_STEPS_DONE; index++) {
    if (!isStepDoneAt(index, c)) return index;
  }
  return ALL_STEPS_DONE;
}

/**
 * Whether the student logged anything at all for step `index`, done or not (a question bank without a
 * pitch, an update without a thank-you): the funnel's "logged" figure beside the rule's "done".
 */
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
      return student.interviewsCompleted > 0;
    case 5:
      return student.followUpsSent > 0;
    default:
      return false;
  }
}
