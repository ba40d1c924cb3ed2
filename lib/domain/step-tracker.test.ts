import { describe, expect, it } from "vitest";
import {
  currentStep,
  nextBestAction,
  trackSteps,
  type NextActionContext,
  type StepEvidence,
  type StepWorkload,
} from "./step-tracker";

const NOTHING: StepEvidence = {
  careerFields: 0,
  organizations: 0,
  contacts: 0,
  pitchWritten: false,
  questionsChosen: 0,
  outreachSent: 0,
  interviewsCompleted: 0,
  thankYousSent: 0,
};
const IDLE: StepWorkload = {
  awaitingReply: 0,
  followUpsDue: 0,
  interviewsUpcoming: 0,
  thankYousDue: 0,
  keepInTouchDue: 0,
};
const NO_CONTEXT: NextActionContext = { urgent: null, notContacted: null, nextInterview: null };

describe("currentStep", () => {
  it("moves through the six steps as the student completes each", () => {
    const journey: [Partial<StepEvidence>, string | null][] = [
      [{}, "research"],
      [{ organizations: 1 }, "identify"],
      [{ organizations: 1, contacts: 1 }, "prepare"],
      [{ organizations: 1, contacts: 1, pitchWritten: true, questionsChosen: 9 }, "contact"],
      [
        { organizations: 1, contacts: 1, pitchWritten: true, questionsChosen: 9, outreachSent: 1 },
        "interview",
      ],
      [
        {
          organizations: 1,
          contacts: 1,
          pitchWritten: true,
          questionsChosen: 9,
          outreachSent: 1,
          interviewsCompleted: 1,
        },
        "follow-up",
      ],
      [
        {
          careerFields: 1,
          contacts: 1,
          pitchWritten: true,
          questionsChosen: 9,
          outreachSent: 1,
          interviewsCompleted: 1,
          thankYousSent: 1,
        },
        null,
      ],
    ];
    for (const [evidence, step] of journey) expect(currentStep({ ...NOTHING, ...evidence })).toBe(step);
  });

  it("points back at the earliest step not done, not the furthest one reached", () => {
    expect(currentStep({ ...NOTHING, organizations: 2, contacts: 3, outreachSent: 2 })).toBe("prepare");
  });

  it("asks for a thank-you for every interview held", () => {
    const done = {
      ...NOTHING,
      organizations: 1,
      contacts: 2,
      pitchWritten: true,
      questionsChosen: 8,
      outreachSent: 2,
    };
    expect(currentStep({ ...done, interviewsCompleted: 2, thankYousSent: 1 })).toBe("follow-up");
    expect(currentStep({ ...done, interviewsCompleted: 2, thankYousSent: 2 })).toBeNull();
  });
});

describe("trackSteps", () => {
  it("marks each step done, current or to do, with its evidence in words", () => {
    const steps = trackSteps(
      {
        careerFields: 3,
        organizations: 5,
        contacts: 12,
        pitchWritten: true,
        questionsChosen: 9,
        outreachSent: 4,
        interviewsCompleted: 2,
        thankYousSent: 1,
      },
      { ...IDLE, awaitingReply: 1, followUpsDue: 2, thankYousDue: 1 },
    );
    expect(steps.map((s) => [s.label, s.status, s.evidence, s.due])).toEqual([
      ["Research", "done", "3 career fields, 5 organizations", 0],
      ["People", "done", "12 people", 0],
      ["Prepare", "done", "Pitch written, 9 questions chosen", 0],
      ["Outreach", "done", "4 messages sent, 1 awaiting reply, 2 follow-ups due", 2],
      ["Interviews", "done", "2 interviews done", 0],
      ["Follow-up", "current", "1 thank-you sent, 1 thank-you due", 1],
    ]);
  });

  it("says plainly when nothing was logged", () => {
    expect(trackSteps(NOTHING).map((s) => [s.status, s.evidence])).toEqual([
      ["current", "Nothing noted yet"],
      ["to-do", "Nobody yet"],
      ["to-do", "No pitch yet"],
      ["to-do", "No messages sent yet"],
      ["to-do", "None yet"],
      ["to-do", "Nothing yet"],
    ]);
  });
});

describe("nextBestAction", () => {
  it("puts what is due or overdue before the current step", () => {
    const action = nextBestAction({ ...NOTHING, organizations: 1 }, IDLE, {
      ...NO_CONTEXT,
      urgent: { kind: "thank-you", contactName: "Ana", contactId: "c1", interviewId: "i1", state: "overdue" },
    });
    expect(action).toEqual({
      label: "Send your thank-you to Ana",
      href: "/follow-up",
      why: "It is overdue.",
    });
    const followUp = nextBestAction(NOTHING, IDLE, {
      ...NO_CONTEXT,
      urgent: {
        kind: "outreach-follow-up",
        contactName: "Cy",
        contactId: "c2",
        interviewId: null,
        state: "due",
      },
    });
    expect(followUp.href).toBe("/outreach");
  });

  it("names the current step's next move when nothing is due", () => {
    expect(nextBestAction(NOTHING, IDLE, NO_CONTEXT).href).toBe("/research");
    expect(nextBestAction({ ...NOTHING, organizations: 1 }, IDLE, NO_CONTEXT).href).toBe("/contacts/new");
    const prepared = { ...NOTHING, organizations: 1, contacts: 1, pitchWritten: true, questionsChosen: 3 };
    expect(
      nextBestAction(prepared, IDLE, { ...NO_CONTEXT, notContacted: { id: "c9", name: "Dana Reyes" } }),
    ).toMatchObject({ label: "Write to Dana Reyes", href: "/contacts/c9" });
    expect(
      nextBestAction({ ...prepared, outreachSent: 1 }, IDLE, {
        ...NO_CONTEXT,
        nextInterview: { id: "i7", contactName: "Dana Reyes" },
      }),
    ).toMatchObject({ label: "Prepare for your interview with Dana Reyes", href: "/interviews/i7" });
  });
});
