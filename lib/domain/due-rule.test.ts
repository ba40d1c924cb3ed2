import { describe, expect, it } from "vitest";
import { businessDayTask, calendarTask, describeDue, dueState, isOverdue, thankYouTask } from "./due-rule";
import { nextKeepInTouch } from "./keep-in-touch";
import { needsAttention } from "./needs-attention";
import { nextOutreachFollowUp } from "./outreach-follow-up";
import { thankYouStatus } from "./thank-you";

// November 2026: Monday 9, Wednesday 11, Friday 13, Saturday 14, Monday 16, Wednesday 18, Thursday 19.
const RULES = { dueBusinessDays: 1, overdueDays: 7 };

describe("the due rule", () => {
  it("is upcoming before the due date, due on it, overdue from the day after", () => {
    const task = calendarTask("2026-11-18");
    expect(["2026-11-17", "2026-11-18", "2026-11-19"].map((d) => dueState(task, d))).toEqual([
      "upcoming",
      "due",
      "overdue",
    ]);
  });

  it("gives a thank-you until interview + 7 days before it is overdue", () => {
    const task = thankYouTask("2026-11-11", RULES);
    expect(task).toEqual({ dueOn: "2026-11-12", overdueFrom: "2026-11-19" });
    expect(dueState(task, "2026-11-11")).toBe("upcoming");
    expect(dueState(task, "2026-11-18")).toBe("due");
    expect(dueState(task, "2026-11-19")).toBe("overdue");
  });

  it("lets a strict overdue line win over a later due date", () => {
    const task = thankYouTask("2026-11-09", { dueBusinessDays: 5, overdueDays: 2 });
    expect(dueState(task, "2026-11-11")).toBe("upcoming");
    expect(dueState(task, "2026-11-12")).toBe("overdue");
  });

  it("never makes a business-day task overdue over a weekend", () => {
    const task = businessDayTask("2026-11-13");
    expect(task.overdueFrom).toBe("2026-11-16");
    expect(dueState(task, "2026-11-14")).toBe("due");
    expect(isOverdue(task, "2026-11-16")).toBe(true);
  });

  it("words each state the same way everywhere", () => {
    const task = thankYouTask("2026-11-11", RULES);
    expect(describeDue(task, "2026-11-11")).toBe("Due Thu 12 Nov");
    expect(describeDue(task, "2026-11-12")).toBe("Due today");
    expect(describeDue(task, "2026-11-16")).toBe("Due since Thu 12 Nov");
    expect(describeDue(task, "2026-11-20")).toBe("Overdue since Thu 19 Nov");
    expect(describeDue(calendarTask("2027-03-01"), "2026-11-20")).toBe("Due 1 Mar 2027");
  });

  describe("every rule that says overdue agrees with it", () => {
    it("the thank-you status of an interview page", () => {
      for (const today of ["2026-11-12", "2026-11-18", "2026-11-19", "2026-11-30"]) {
        const status = thankYouStatus({ interviewCompletedOn: "2026-11-11", thankYouSentOn: null }, today);
        expect(status.state).toBe(dueState(thankYouTask("2026-11-11", RULES), today));
      }
    });

    it("the advisor's thank-you flag", () => {
      const student = {
        timeZone: "UTC",
        joinedAt: new Date("2026-11-01T00:00:00Z"),
        lastActivityAt: new Date("2026-11-18T00:00:00Z"),
        interviewsAwaitingThankYou: ["2026-11-11"],
        outreachAwaitingFollowUp: [],
        contactsIdentified: 1,
        outreachSent: 1,
        interviewsCompleted: 1,
        thankYousSent: 0,
        thankYouDelays: [],
      };
      const flagged = (day: string) =>
        needsAttention(student, [], new Date(`${day}T12:00:00Z`)).some((r) => r.kind === "thank-you-overdue");
      expect(flagged("2026-11-18")).toBe(false);
      expect(flagged("2026-11-19")).toBe(true);
    });

    it("the advisor's outreach flag: the second follow-up is overdue", () => {
      // Monday 9th + 7 business days = Wednesday 18th: overdue from Thursday 19th.
      const student = {
        timeZone: "UTC",
        joinedAt: new Date("2026-11-01T00:00:00Z"),
        lastActivityAt: new Date("2026-11-18T00:00:00Z"),
        interviewsAwaitingThankYou: [],
        outreachAwaitingFollowUp: ["2026-11-09"],
        contactsIdentified: 1,
        outreachSent: 1,
        interviewsCompleted: 0,
        thankYousSent: 0,
        thankYouDelays: [],
      };
      const flagged = (day: string) =>
        needsAttention(student, [], new Date(`${day}T12:00:00Z`)).some(
          (r) => r.kind === "outreach-without-follow-up",
        );
      const second = nextOutreachFollowUp(
        { sentOn: "2026-11-09", replied: false, followUpsSentSince: 1 },
        "2026-11-18",
      );
      expect(second?.dueOn).toBe("2026-11-18");
      expect([flagged("2026-11-18"), flagged("2026-11-19")]).toEqual([false, true]);
    });

    it("keep-in-touch", () => {
      const due = nextKeepInTouch({ cadence: "monthly", lastTouchOn: "2026-10-18" }, "2026-11-18");
      expect(due).toEqual({ dueOn: "2026-11-18", overdue: false });
      expect(nextKeepInTouch({ cadence: "monthly", lastTouchOn: "2026-10-18" }, "2026-11-19")?.overdue).toBe(
        true,
      );
    });
  });
});
