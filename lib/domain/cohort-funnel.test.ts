import { describe, expect, it } from "vitest";
import { cohortFunnel, stepReachedSince, type FunnelInput } from "./cohort-funnel";
import { METHOD_STEPS } from "./student-stage";

function student(overrides: Partial<FunnelInput> = {}): FunnelInput {
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

describe("cohortFunnel", () => {
  it("is all zeros for an empty cohort, without dividing by zero", () => {
    expect(cohortFunnel([])).toEqual(
      METHOD_STEPS.map(({ step, label }) => ({ step, label, reached: 0, withEvidence: 0, share: 0 })),
    );
  });

  it("counts a student at every step up to the furthest one they reached", () => {
    const funnel = cohortFunnel([
      student(),
      student({ researchItems: 3 }),
      // Went straight to an interview without logging research or preparation.
      student({ contactsIdentified: 1, outreachSent: 1, interviewsCompleted: 1 }),
      student({
        researchItems: 1,
        contactsIdentified: 4,
        preparationItems: 2,
        outreachSent: 3,
        interviewsCompleted: 2,
        followUpsSent: 2,
      }),
    ]);
    expect(
      funnel.map(({ step, reached, withEvidence, share }) => ({ step, reached, withEvidence, share })),
    ).toEqual([
      { step: "research", reached: 3, withEvidence: 2, share: 0.75 },
      { step: "identify", reached: 2, withEvidence: 2, share: 0.5 },
      { step: "prepare", reached: 2, withEvidence: 1, share: 0.5 },
      { step: "contact", reached: 2, withEvidence: 2, share: 0.5 },
      { step: "interview", reached: 2, withEvidence: 2, share: 0.5 },
      { step: "follow-up", reached: 1, withEvidence: 1, share: 0.25 },
    ]);
  });

  it("never grows from one step to the next", () => {
    const cohort = Array.from({ length: 64 }, (_, n) =>
      student({
        researchItems: n & 1,
        contactsIdentified: (n >> 1) & 1,
        preparationItems: (n >> 2) & 1,
        outreachSent: (n >> 3) & 1,
        interviewsCompleted: (n >> 4) & 1,
        followUpsSent: (n >> 5) & 1,
      }),
    );
    const reached = cohortFunnel(cohort).map((s) => s.reached);
    expect(reached).toEqual([...reached].sort((a, b) => b - a));
    expect(reached[0]).toBe(63);
    expect(reached[5]).toBe(32);
  });

  it("counts only completed interviews, not scheduled ones (they are not in the input)", () => {
    expect(cohortFunnel([student({ contactsIdentified: 1, outreachSent: 1 })])[4]).toMatchObject({
      step: "interview",
      reached: 0,
    });
  });
});

describe("stepReachedSince", () => {
  it("names the step newly reached, and nothing for work within the same step", () => {
    const before = student({ researchItems: 2, contactsIdentified: 1 });
    expect(
      stepReachedSince(before, student({ researchItems: 2, contactsIdentified: 1, outreachSent: 1 })),
    ).toBe("contact");
    expect(stepReachedSince(before, student({ researchItems: 3, contactsIdentified: 4 }))).toBeNull();
    expect(stepReachedSince(student(), student({ researchItems: 1 }))).toBe("research");
    expect(stepReachedSince(student(), student())).toBeNull();
  });
});
