import { describe, expect, it } from "vitest";
import {
  type ContactStage,
  type ContactStageInput,
  NO_RESPONSE_BUSINESS_DAYS,
  STAGES,
  deriveContactStage,
  stageRank,
} from "./contact-stage";

type Outreach = ContactStageInput["outreach"][number];
type Interview = ContactStageInput["interviews"][number];

function contact(overrides: Partial<ContactStageInput> = {}): ContactStageInput {
  return { outreach: [], interviews: [], thankYouSentOn: null, touchesAfterThankYou: 0, ...overrides };
}
const sent = (sentOn: string, reply: Outreach["reply"] = "none"): Outreach => ({ sentOn, reply });
const interview = (scheduledFor: string, status: Interview["status"]): Interview => ({
  status,
  scheduledFor,
});

const TODAY = "2024-03-20"; // a Wednesday

describe("STAGES and stageRank", () => {
  it("lists the stages in pipeline order with labels", () => {
    expect(STAGES.map((s) => s.stage)).toEqual([
      "identified",
      "contacted",
      "scheduled",
      "interviewed",
      "thanked",
      "keeping-in-touch",
      "declined",
      "no-response",
    ]);
    expect(STAGES.find((s) => s.stage === "keeping-in-touch")?.label).toBe("Keeping in touch");
    expect(STAGES.filter((s) => s.terminal).map((s) => s.stage)).toEqual(["declined", "no-response"]);
  });

  it("ranks the main path in order", () => {
    const path: ContactStage[] = [
      "identified",
      "contacted",
      "scheduled",
      "interviewed",
      "thanked",
      "keeping-in-touch",
    ];
    expect(path.map(stageRank)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("ranks the terminal stages with contacted, the furthest step they reached", () => {
    expect(stageRank("declined")).toBe(stageRank("contacted"));
    expect(stageRank("no-response")).toBe(stageRank("contacted"));
    expect(stageRank("declined")).toBeLessThan(stageRank("scheduled"));
  });
});

describe("deriveContactStage", () => {
  describe("before an interview", () => {
    it("is identified with nothing logged", () => {
      expect(deriveContactStage(contact(), TODAY)).toBe("identified");
    });

    it("is contacted after an attempt, answered or not", () => {
      expect(deriveContactStage(contact({ outreach: [sent("2024-03-18")] }), TODAY)).toBe("contacted");
      expect(deriveContactStage(contact({ outreach: [sent("2024-01-02", "replied")] }), TODAY)).toBe(
        "contacted",
      );
    });

    it("ignores a thank-you or touches without a completed interview", () => {
      expect(
        deriveContactStage(contact({ thankYouSentOn: "2024-03-01", touchesAfterThankYou: 2 }), TODAY),
      ).toBe("identified");
    });
  });

  describe("no response", () => {
    // 2024-03-01 is a Friday; 10 business days later is Friday 2024-03-15.
    const unanswered = contact({ outreach: [sent("2024-03-01")] });

    it("uses a 10-business-day wait", () => {
      expect(NO_RESPONSE_BUSINESS_DAYS).toBe(10);
    });

    it("is contacted 9 business days after the only attempt, no-response at 10", () => {
      expect(deriveContactStage(unanswered, "2024-03-14")).toBe("contacted");
      expect(deriveContactStage(unanswered, "2024-03-15")).toBe("no-response");
    });

    it("does not count the weekend towards the wait", () => {
      // Sent on a Friday 2024-03-08: the weekend after adds nothing, so 2024-03-21 (Thu) is only 9.
      expect(deriveContactStage(contact({ outreach: [sent("2024-03-08")] }), "2024-03-21")).toBe("contacted");
      expect(deriveContactStage(contact({ outreach: [sent("2024-03-08")] }), "2024-03-22")).toBe(
        "no-response",
      );
    });

    it("restarts the wait with each follow-up", () => {
      const followedUp = contact({ outreach: [sent("2024-03-01"), sent("2024-03-06"), sent("2024-03-12")] });
      expect(deriveContactStage(followedUp, "2024-03-25")).toBe("contacted"); // 9 business days after 03-12
      expect(deriveContactStage(followedUp, "2024-03-26")).toBe("no-response");
    });

    it("uses the latest attempt whatever order they are given in", () => {
      const shuffled = contact({ outreach: [sent("2024-03-12"), sent("2024-03-01"), sent("2024-03-06")] });
      expect(deriveContactStage(shuffled, "2024-03-25")).toBe("contacted");
    });

    it("never applies to a contact who answered once", () => {
      const answeredThenSilent = contact({ outreach: [sent("2024-01-02", "replied"), sent("2024-01-10")] });
      expect(deriveContactStage(answeredThenSilent, "2024-06-01")).toBe("contacted");
    });

    it("never applies once an interview was arranged, even if it was cancelled", () => {
      const cancelled = contact({
        outreach: [sent("2024-01-02")],
        interviews: [interview("2024-01-20", "cancelled")],
      });
      expect(deriveContactStage(cancelled, "2024-06-01")).toBe("contacted");
    });

    it("is not triggered by an attempt dated in the future", () => {
      expect(deriveContactStage(contact({ outreach: [sent("2024-04-30")] }), TODAY)).toBe("contacted");
    });
  });

  describe("declined", () => {
    it("is declined when the latest attempt was declined", () => {
      expect(deriveContactStage(contact({ outreach: [sent("2024-03-01", "declined")] }), TODAY)).toBe(
        "declined",
      );
      expect(
        deriveContactStage(
          contact({ outreach: [sent("2024-03-01"), sent("2024-03-06", "declined")] }),
          TODAY,
        ),
      ).toBe("declined");
    });

    it("takes a decline over a reply on the same day", () => {
      const sameDay = contact({ outreach: [sent("2024-03-06", "replied"), sent("2024-03-06", "declined")] });
      expect(deriveContactStage(sameDay, TODAY)).toBe("declined");
    });

    it("is reopened by a later attempt", () => {
      const triedAgain = contact({ outreach: [sent("2024-01-10", "declined"), sent("2024-03-18")] });
      expect(deriveContactStage(triedAgain, TODAY)).toBe("contacted");
    });

    it("does not become no-response when a later attempt goes unanswered (they did answer once)", () => {
      const triedAgain = contact({ outreach: [sent("2024-01-10", "declined"), sent("2024-02-01")] });
      expect(deriveContactStage(triedAgain, TODAY)).toBe("contacted");
    });

    it("gives way to a later scheduled interview", () => {
      const agreedLater = contact({
        outreach: [sent("2024-03-01", "declined")],
        interviews: [interview("2024-03-25", "scheduled")],
      });
      expect(deriveContactStage(agreedLater, TODAY)).toBe("scheduled");
    });

    it("gives way to an interview on the same day as the decline", () => {
      const sameDay = contact({
        outreach: [sent("2024-03-01", "declined")],
        interviews: [interview("2024-03-01", "scheduled")],
      });
      expect(deriveContactStage(sameDay, TODAY)).toBe("scheduled");
    });

    it("stands over an interview dated before it that is still marked scheduled", () => {
      const declinedAfter = contact({
        outreach: [sent("2024-03-01", "replied"), sent("2024-03-12", "declined")],
        interviews: [interview("2024-03-08", "scheduled")],
      });
      expect(deriveContactStage(declinedAfter, TODAY)).toBe("declined");
    });

    it("stands over an earlier cancelled interview", () => {
      const cancelledThenDeclined = contact({
        outreach: [sent("2024-03-01", "replied"), sent("2024-03-12", "declined")],
        interviews: [interview("2024-03-08", "cancelled")],
      });
      expect(deriveContactStage(cancelledThenDeclined, TODAY)).toBe("declined");
    });

    it("falls back to contacted when a later interview was cancelled", () => {
      const agreedThenCancelled = contact({
        outreach: [sent("2024-03-01", "declined")],
        interviews: [interview("2024-03-15", "cancelled")],
      });
      expect(deriveContactStage(agreedThenCancelled, TODAY)).toBe("contacted");
    });

    it("is interviewed when a declined contact later interviewed", () => {
      const declinedThenInterviewed = contact({
        outreach: [sent("2024-01-10", "declined"), sent("2024-02-20", "replied")],
        interviews: [interview("2024-03-05", "completed")],
      });
      expect(deriveContactStage(declinedThenInterviewed, TODAY)).toBe("interviewed");
    });

    it("does not undo an interview that already happened", () => {
      const interviewedThenDeclined = contact({
        outreach: [sent("2024-01-10", "replied"), sent("2024-03-15", "declined")],
        interviews: [interview("2024-02-01", "completed")],
      });
      expect(deriveContactStage(interviewedThenDeclined, TODAY)).toBe("interviewed");
    });
  });

  describe("scheduled", () => {
    it("is scheduled for an upcoming interview", () => {
      const upcoming = contact({
        outreach: [sent("2024-03-01", "replied")],
        interviews: [interview("2024-03-25", "scheduled")],
      });
      expect(deriveContactStage(upcoming, TODAY)).toBe("scheduled");
    });

    it("stays scheduled for a past interview not yet marked completed", () => {
      const unmarked = contact({ interviews: [interview("2024-03-11", "scheduled")] });
      expect(deriveContactStage(unmarked, TODAY)).toBe("scheduled");
    });

    it("is scheduled when a cancelled interview was rescheduled", () => {
      const rescheduled = contact({
        interviews: [interview("2024-03-11", "cancelled"), interview("2024-03-28", "scheduled")],
      });
      expect(deriveContactStage(rescheduled, TODAY)).toBe("scheduled");
    });

    it("is scheduled without any logged outreach (an introduction set it up)", () => {
      expect(deriveContactStage(contact({ interviews: [interview("2024-03-25", "scheduled")] }), TODAY)).toBe(
        "scheduled",
      );
    });
  });

  describe("cancelled and no_show interviews only", () => {
    it.each(["cancelled", "no_show"] as const)("falls back to contacted after a %s interview", (status) => {
      expect(
        deriveContactStage(
          contact({
            outreach: [sent("2024-03-01", "replied")],
            interviews: [interview("2024-03-11", status)],
          }),
          TODAY,
        ),
      ).toBe("contacted");
    });

    it("is contacted, not identified, when no outreach was logged", () => {
      expect(deriveContactStage(contact({ interviews: [interview("2024-03-11", "cancelled")] }), TODAY)).toBe(
        "contacted",
      );
    });
  });

  describe("after an interview", () => {
    const interviewed = contact({
      outreach: [sent("2024-03-01", "replied")],
      interviews: [interview("2024-03-11", "completed")],
    });

    it("is interviewed until a thank-you is sent", () => {
      expect(deriveContactStage(interviewed, TODAY)).toBe("interviewed");
    });

    it("is interviewed when a completed interview sits beside a cancelled or upcoming one", () => {
      const more = contact({
        interviews: [
          interview("2024-03-04", "cancelled"),
          interview("2024-03-11", "completed"),
          interview("2024-04-02", "scheduled"),
        ],
      });
      expect(deriveContactStage(more, TODAY)).toBe("interviewed");
    });

    it("is thanked once a thank-you is sent, the same day or later", () => {
      expect(deriveContactStage({ ...interviewed, thankYouSentOn: "2024-03-11" }, TODAY)).toBe("thanked");
      expect(deriveContactStage({ ...interviewed, thankYouSentOn: "2024-03-19" }, TODAY)).toBe("thanked");
    });

    it("is thanked even when the thank-you was late (lateness is thankYouStatus's business)", () => {
      expect(deriveContactStage({ ...interviewed, thankYouSentOn: "2024-05-01" }, "2024-05-02")).toBe(
        "thanked",
      );
    });

    it("is keeping-in-touch once a touch follows the thank-you", () => {
      expect(
        deriveContactStage({ ...interviewed, thankYouSentOn: "2024-03-12", touchesAfterThankYou: 1 }, TODAY),
      ).toBe("keeping-in-touch");
    });

    it("stays thanked, not keeping-in-touch, with no touch after the thank-you", () => {
      expect(
        deriveContactStage({ ...interviewed, thankYouSentOn: "2024-03-12", touchesAfterThankYou: 0 }, TODAY),
      ).toBe("thanked");
    });

    it("asks for a new thank-you after a second completed interview", () => {
      const second = contact({
        interviews: [interview("2024-02-05", "completed"), interview("2024-03-11", "completed")],
        thankYouSentOn: "2024-02-06",
        touchesAfterThankYou: 3,
      });
      expect(deriveContactStage(second, TODAY)).toBe("interviewed");
      expect(
        deriveContactStage({ ...second, thankYouSentOn: "2024-03-12", touchesAfterThankYou: 0 }, TODAY),
      ).toBe("thanked");
    });

    it("refuses a negative or fractional touch count", () => {
      expect(() => deriveContactStage({ ...interviewed, touchesAfterThankYou: -1 }, TODAY)).toThrow(
        RangeError,
      );
      expect(() => deriveContactStage({ ...interviewed, touchesAfterThankYou: 1.5 }, TODAY)).toThrow(
        RangeError,
      );
    });
  });

  it("refuses malformed dates", () => {
    expect(() =>
      deriveContactStage(contact({ outreach: [sent("2024-03-01"), sent("03/05/2024")] }), TODAY),
    ).toThrow(RangeError);
  });
});
