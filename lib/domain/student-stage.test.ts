import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { methodOverview, type MethodEvidence } from "./method-overview";
import { currentStep, stepCounts, trackSteps, type StepEvidence } from "./step-tracker";
import {
  ALL_STEPS_DONE,
  currentStepIndex,
  hasEvidenceForStep,
  isStepDoneAt,
  METHOD_STEPS,
  type StageEvidence,
} from "./student-stage";

function student(overrides: Partial<StageEvidence> = {}): StageEvidence {
  return {
    researchItems: 0,
    contactsIdentified: 0,
    preparationItems: 0,
    pitchWritten: false,
    outreachSent: 0,
    interviewsCompleted: 0,
    thankYousSent: 0,
    followUpsSent: 0,
    ...overrides,
  };
}

describe("method steps", () => {
  it("are the six steps, in order", () => {
    expect(METHOD_STEPS.map((s) => s.step)).toEqual([
      "research",
      "identify",
      "prepare",
      "contact",
      "interview",
      "follow-up",
    ]);
  });
});

describe("currentStepIndex, the one step rule", () => {
  it("is research (0) for a student who logged nothing, and 6 once all six are done", () => {
    expect(currentStepIndex(student())).toBe(0);
    expect(
      currentStepIndex(
        student({
          researchItems: 1,
          contactsIdentified: 1,
          pitchWritten: true,
          outreachSent: 1,
          interviewsCompleted: 2,
          thankYousSent: 2,
        }),
      ),
    ).toBe(ALL_STEPS_DONE);
  });

  it("is the earliest step not done, even when later ones have records", () => {
    expect(currentStepIndex(student({ contactsIdentified: 1, outreachSent: 1 }))).toBe(0);
    // Questions without a pitch do not do step 3.
    expect(currentStepIndex(student({ researchItems: 1, contactsIdentified: 1, preparationItems: 4 }))).toBe(
      2,
    );
    // One thank-you for two interviews: follow-up is not done.
    expect(
      currentStepIndex(
        student({
          researchItems: 1,
          contactsIdentified: 1,
          pitchWritten: true,
          outreachSent: 1,
          interviewsCompleted: 2,
          thankYousSent: 1,
        }),
      ),
    ).toBe(5);
  });

  it("agrees with 'the first step not done' for every combination of counts", () => {
    const count = fc.nat({ max: 3 });
    fc.assert(
      fc.property(
        fc.record({
          researchItems: count,
          contactsIdentified: count,
          preparationItems: count,
          pitchWritten: fc.boolean(),
          outreachSent: count,
          interviewsCompleted: count,
          thankYousSent: count,
          followUpsSent: count,
        }),
        (evidence) => {
          const firstNotDone = METHOD_STEPS.findIndex((_, index) => !isStepDoneAt(index, evidence));
          expect(currentStepIndex(evidence)).toBe(firstNotDone === -1 ? ALL_STEPS_DONE : firstNotDone);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is what the student's tracker and the advisor's student page show as current", () => {
    const count = fc.nat({ max: 2 });
    fc.assert(
      fc.property(
        fc.record({
          careerFields: count,
          organizations: count,
          contacts: count,
          pitchWritten: fc.boolean(),
          questionsChosen: count,
          outreachSent: count,
          interviewsCompleted: count,
          thankYousSent: count,
        }),
        (tracker: StepEvidence) => {
          const index = currentStepIndex(stepCounts(tracker));
          const expected = METHOD_STEPS[index]?.step ?? null;
          expect(currentStep(tracker)).toBe(expected);
          expect(trackSteps(tracker).find((s) => s.status === "current")?.step ?? null).toBe(expected);
          const advisorView: MethodEvidence = {
            careerFields: tracker.careerFields,
            organizations: tracker.organizations,
            contacts: tracker.contacts,
            referredContacts: 0,
            hasPitch: tracker.pitchWritten,
            ownQuestions: 0,
            interviewsWithChosenQuestions: 0,
            outreachSent: tracker.outreachSent,
            followUpOutreach: 0,
            replies: 0,
            interviewsScheduled: 0,
            interviewsCompleted: tracker.interviewsCompleted,
            thankYous: tracker.thankYousSent,
            updatesAndTouches: 0,
          };
          expect(methodOverview(advisorView).map((s) => s.status)).toEqual(
            trackSteps(tracker).map((s) => s.status),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("hasEvidenceForStep", () => {
  it("reads each step's records on their own, done or not", () => {
    const evidence = student({ contactsIdentified: 2, preparationItems: 1, followUpsSent: 1 });
    expect(METHOD_STEPS.map((_, index) => hasEvidenceForStep(evidence, index))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
    ]);
  });
});
