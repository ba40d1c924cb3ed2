import { describe, expect, it } from "vitest";
import { cohortFunnel, stepReachedSince, type FunnelInput } from "./cohort-funnel";
import { METHOD_STEPS } from "./student-stage";

function student(overrides: Partial<FunnelInput> = {}): FunnelInput {
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

const allDone = {
  researchItems: 1,
  contactsIdentified: 4,
  preparationItems: 2,
  pitchWritten: true,
  outreachSent: 3,
  interviewsCompleted: 2,
  thankYousSent: 2,
  followUpsSent: 2,
};

describe("cohortFunnel", () => {
  it("is all zeros for an empty cohort, without dividing by zero", () => {
    expect(cohortFunnel([])).toEqual(
      METHOD_STEPS.map(({ step, label }) => ({ step, label, reached: 0, withEvidence: 0, share: 0 })),
    );
  });

  it("counts a student at every step before their current one, the rule of their own tracker", () => {
    const funnel = cohortFunnel([
      student(),
      student({ researchItems: 3 }),
      // Went straight to an interview without research or a pitch: research is still their current step.
      student({ contactsIdentified: 1, outreachSent: 1, interviewsCompleted: 1 }),
      student(allDone),
    ]);
    expect(
      funnel.map(({ step, reached, withEvidence, share }) => ({ step, reached, withEvidence, share })),
    ).toEqual([
      { step: "research", reached: 2, withEvidence: 2, share: 0.5 },
      { step: "identify", reached: 1, withEvidence: 2, share: 0.25 },
      { step: "prepare", reached: 1, withEvidence: 1, share: 0.25 },
      { step: "contact", reached: 1, withEvidence: 2, share: 0.25 },
      { step: "interview", reached: 1, withEvidence: 2, share: 0.25 },
      { step: "follow-up", reached: 1, withEvidence: 1, share: 0.25 },
    ]);
  });

  it("never grows from one step to the next", () => {
    const cohort = Array.from({ length: 64 }, (_, n) =>
      student({
        researchItems: n & 1,
        contactsIdentified: (n >> 1) & 1,
        pitchWritten: ((n >> 2) & 1) === 1,
        outreachSent: (n >> 3) & 1,
        interviewsCompleted: (n >> 4) & 1,
        thankYousSent: (n >> 5) & 1,
      }),
    );
    const reached = cohortFunnel(cohort).map((s) => s.reached);
    expect(reached).toEqual([...reached].sort((a, b) => b - a));
    // Research done: every odd n. All six done: only n = 63.
    expect(reached[0]).toBe(32);
    expect(reached[5]).toBe(1);
  });

  it("counts follow-up done only when every interview held has its thank-you", () => {
    expect(cohortFunnel([student({ ...allDone, thankYousSent: 1 })])[5]).toMatchObject({
      step: "follow-up",
      reached: 0,
      withEvidence: 1,
    });
  });
});

describe("stepReachedSince", () => {
  it("names the step moved on to, and nothing for work that leaves the current step as it was", () => {
    const before = student({ researchItems: 2, contactsIdentified: 1 });
    expect(
      stepReachedSince(before, student({ researchItems: 2, contactsIdentified: 1, pitchWritten: true })),
    ).toBe("contact");
    // An outreach without a pitch: still on "prepare", so not forward.
    expect(
      stepReachedSince(before, student({ researchItems: 2, contactsIdentified: 1, outreachSent: 1 })),
    ).toBeNull();
    expect(stepReachedSince(student(), student({ researchItems: 1 }))).toBe("identify");
    expect(stepReachedSince(student({ ...allDone, thankYousSent: 1 }), student(allDone))).toBe("follow-up");
    expect(stepReachedSince(student(), student())).toBeNull();
  });
});
