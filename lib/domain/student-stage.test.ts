import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  METHOD_STEPS,
  type StageEvidence,
  stageTracker,
  stepsWithEvidence,
  studentStage,
  studentStageIndex,
} from "./student-stage";

function student(overrides: Partial<StageEvidence> = {}): StageEvidence {
  return {
    researchItems: 0,
    contactsIdentified: 0,
    preparationItems: 0,
    outreachSent: 0,
    interviewsCompleted: 0,
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

describe("studentStage", () => {
  it("is null (index -1) for a student who logged nothing", () => {
    expect(studentStage(student())).toBeNull();
    expect(studentStageIndex(student())).toBe(-1);
    expect(Object.values(stepsWithEvidence(student()))).toEqual([false, false, false, false, false, false]);
  });

  it("reads each step from its own count", () => {
    expect(stepsWithEvidence(student({ contactsIdentified: 2, interviewsCompleted: 1 }))).toEqual({
      research: false,
      identify: true,
      prepare: false,
      contact: false,
      interview: true,
      "follow-up": false,
    });
  });

  it("is the furthest step with evidence, even when earlier ones have none", () => {
    expect(studentStage(student({ researchItems: 1 }))).toBe("research");
    expect(studentStage(student({ contactsIdentified: 1, outreachSent: 1 }))).toBe("contact");
    expect(studentStage(student({ followUpsSent: 1 }))).toBe("follow-up");
    expect(studentStageIndex(student({ preparationItems: 4 }))).toBe(2);
  });

  it("agrees with 'the last step whose evidence is there' for every combination of counts", () => {
    const count = fc.nat({ max: 3 });
    fc.assert(
      fc.property(
        fc.record({
          researchItems: count,
          contactsIdentified: count,
          preparationItems: count,
          outreachSent: count,
          interviewsCompleted: count,
          followUpsSent: count,
        }),
        (evidence) => {
          const withEvidence = stepsWithEvidence(evidence);
          const expected = METHOD_STEPS.findLast(({ step }) => withEvidence[step])?.step ?? null;
          expect(studentStage(evidence)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("stageTracker", () => {
  it("marks the steps before the stage done, the stage current and the step after it next", () => {
    const tracker = stageTracker(student({ contactsIdentified: 2, outreachSent: 1 }));
    expect(tracker.map((s) => [s.step, s.state, s.hasEvidence])).toEqual([
      ["research", "done", false],
      ["identify", "done", true],
      ["prepare", "done", false],
      ["contact", "current", true],
      ["interview", "next", false],
      ["follow-up", "later", false],
    ]);
  });

  it("puts research next for a student who logged nothing", () => {
    expect(stageTracker(student()).map((s) => s.state)).toEqual([
      "next",
      "later",
      "later",
      "later",
      "later",
      "later",
    ]);
  });
});
