import { describe, expect, it } from "vitest";
import { DEFAULT_THANK_YOU_RULES, thankYouStatus } from "./thank-you";

// 2024-03-04 is a Monday, 2024-03-08 a Friday.
const completedMonday = { interviewCompletedOn: "2024-03-04", thankYouSentOn: null };

describe("thankYouStatus", () => {
  it("uses the product's defaults: due after 1 business day, overdue after 7 days", () => {
    expect(DEFAULT_THANK_YOU_RULES).toEqual({ dueBusinessDays: 1, overdueDays: 7 });
  });

  it("is not applicable before any interview was completed", () => {
    expect(thankYouStatus({ interviewCompletedOn: null, thankYouSentOn: null }, "2024-03-04")).toEqual({
      state: "not-applicable",
    });
    // A stray thank-you without a completed interview changes nothing.
    expect(
      thankYouStatus({ interviewCompletedOn: null, thankYouSentOn: "2024-03-04" }, "2024-03-04"),
    ).toEqual({
      state: "not-applicable",
    });
  });

  it("is upcoming on the day of the interview", () => {
    expect(thankYouStatus(completedMonday, "2024-03-04")).toEqual({
      state: "upcoming",
      dueOn: "2024-03-05",
      overdueOn: "2024-03-11",
    });
  });

  it("is due from the next business day through the seventh calendar day", () => {
    expect(thankYouStatus(completedMonday, "2024-03-05").state).toBe("due");
    expect(thankYouStatus(completedMonday, "2024-03-11").state).toBe("due");
  });

  it("is overdue from the eighth day", () => {
    expect(thankYouStatus(completedMonday, "2024-03-12")).toEqual({
      state: "overdue",
      dueOn: "2024-03-05",
      overdueOn: "2024-03-11",
    });
  });

  it("after a Friday interview, is due on Monday and stays upcoming over the weekend", () => {
    const friday = { interviewCompletedOn: "2024-03-08", thankYouSentOn: null };
    expect(thankYouStatus(friday, "2024-03-09")).toMatchObject({ state: "upcoming", dueOn: "2024-03-11" });
    expect(thankYouStatus(friday, "2024-03-11").state).toBe("due");
    // Overdue counts calendar days, weekend included: Friday + 7 = next Friday.
    expect(thankYouStatus(friday, "2024-03-15").state).toBe("due");
    expect(thankYouStatus(friday, "2024-03-16").state).toBe("overdue");
  });

  it("crosses a month end in a leap year", () => {
    expect(
      thankYouStatus({ interviewCompletedOn: "2024-02-28", thankYouSentOn: null }, "2024-02-28"),
    ).toEqual({
      state: "upcoming",
      dueOn: "2024-02-29",
      overdueOn: "2024-03-06",
    });
    expect(
      thankYouStatus({ interviewCompletedOn: "2023-02-28", thankYouSentOn: null }, "2023-02-28"),
    ).toEqual({
      state: "upcoming",
      dueOn: "2023-03-01",
      overdueOn: "2023-03-07",
    });
  });

  it("counts calendar days across New York's spring-forward weekend", () => {
    expect(
      thankYouStatus({ interviewCompletedOn: "2024-03-09", thankYouSentOn: null }, "2024-03-09"),
    ).toEqual({
      state: "upcoming",
      dueOn: "2024-03-11",
      overdueOn: "2024-03-16",
    });
  });

  describe("once sent", () => {
    it.each([
      ["2024-03-04", "sent-on-time"], // the same day as the interview
      ["2024-03-05", "sent-on-time"], // on the due date
      ["2024-03-11", "sent-on-time"], // on the last on-time day
      ["2024-03-12", "sent-late"], // the first overdue day
      ["2024-04-30", "sent-late"],
    ] as const)("sent on %s is %s", (sentOn, state) => {
      expect(thankYouStatus({ ...completedMonday, thankYouSentOn: sentOn }, "2024-05-01")).toEqual({
        state,
        dueOn: "2024-03-05",
        overdueOn: "2024-03-11",
      });
    });

    it("does not depend on today", () => {
      const sent = { ...completedMonday, thankYouSentOn: "2024-03-06" };
      expect(thankYouStatus(sent, "2024-03-06").state).toBe("sent-on-time");
      expect(thankYouStatus(sent, "2025-01-01").state).toBe("sent-on-time");
    });

    it("ignores a thank-you dated before the interview (it was for an earlier one)", () => {
      const stale = { interviewCompletedOn: "2024-03-04", thankYouSentOn: "2024-02-01" };
      expect(thankYouStatus(stale, "2024-03-05").state).toBe("due");
      expect(thankYouStatus(stale, "2024-03-12").state).toBe("overdue");
    });
  });

  describe("with cohort rules", () => {
    it("applies a stricter on-time window (a 'within 2 days' goal)", () => {
      const rules = { overdueDays: 2 };
      expect(thankYouStatus(completedMonday, "2024-03-06", rules)).toEqual({
        state: "due",
        dueOn: "2024-03-05",
        overdueOn: "2024-03-06",
      });
      expect(thankYouStatus(completedMonday, "2024-03-07", rules).state).toBe("overdue");
      expect(
        thankYouStatus({ ...completedMonday, thankYouSentOn: "2024-03-07" }, "2024-03-07", rules).state,
      ).toBe("sent-late");
    });

    it("applies a later due date", () => {
      expect(thankYouStatus(completedMonday, "2024-03-05", { dueBusinessDays: 2 })).toMatchObject({
        state: "upcoming",
        dueOn: "2024-03-06",
      });
    });

    it("is due on the day of the interview with zero business days", () => {
      expect(thankYouStatus(completedMonday, "2024-03-04", { dueBusinessDays: 0 }).state).toBe("due");
    });

    it("goes straight from upcoming to overdue when the due date falls after the overdue line", () => {
      const rules = { dueBusinessDays: 5, overdueDays: 2 }; // due 2024-03-11, overdue after 2024-03-06
      expect(thankYouStatus(completedMonday, "2024-03-05", rules).state).toBe("upcoming");
      expect(thankYouStatus(completedMonday, "2024-03-07", rules).state).toBe("overdue");
      expect(thankYouStatus(completedMonday, "2024-03-11", rules).state).toBe("overdue");
    });

    it("falls back to the defaults for settings left undefined", () => {
      expect(
        thankYouStatus(completedMonday, "2024-03-11", { dueBusinessDays: undefined, overdueDays: undefined }),
      ).toEqual({ state: "due", dueOn: "2024-03-05", overdueOn: "2024-03-11" });
    });

    it("refuses negative or fractional rules", () => {
      expect(() => thankYouStatus(completedMonday, "2024-03-04", { overdueDays: -1 })).toThrow(RangeError);
      expect(() => thankYouStatus(completedMonday, "2024-03-04", { dueBusinessDays: 1.5 })).toThrow(
        RangeError,
      );
    });
  });
});
