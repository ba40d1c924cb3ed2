import { describe, expect, it } from "vitest";
import {
  FIRST_FOLLOW_UP_BUSINESS_DAYS,
  SECOND_FOLLOW_UP_BUSINESS_DAYS,
  nextOutreachFollowUp,
} from "./outreach-follow-up";

// 2024-03-04 is a Monday.
const monday = { sentOn: "2024-03-04", replied: false, followUpsSentSince: 0 };

describe("nextOutreachFollowUp", () => {
  it("exports the product's 3 and 7 business days", () => {
    expect(FIRST_FOLLOW_UP_BUSINESS_DAYS).toBe(3);
    expect(SECOND_FOLLOW_UP_BUSINESS_DAYS).toBe(7);
  });

  it("suggests a first follow-up 3 business days after a Monday outreach (Thursday)", () => {
    expect(nextOutreachFollowUp(monday, "2024-03-04")).toEqual({
      dueOn: "2024-03-07",
      kind: "first",
      overdue: false,
    });
  });

  it("is due, not overdue, on the due date, and overdue the day after", () => {
    expect(nextOutreachFollowUp(monday, "2024-03-07")?.overdue).toBe(false);
    expect(nextOutreachFollowUp(monday, "2024-03-08")?.overdue).toBe(true);
  });

  it("skips the weekend: a Thursday outreach gets its first follow-up on Tuesday", () => {
    expect(nextOutreachFollowUp({ ...monday, sentOn: "2024-03-07" }, "2024-03-07")?.dueOn).toBe("2024-03-12");
  });

  it("counts a weekend outreach from the Monday after", () => {
    expect(nextOutreachFollowUp({ ...monday, sentOn: "2024-03-09" }, "2024-03-09")?.dueOn).toBe("2024-03-13");
  });

  it("suggests the second follow-up 7 business days after the original outreach", () => {
    expect(nextOutreachFollowUp({ ...monday, followUpsSentSince: 1 }, "2024-03-08")).toEqual({
      dueOn: "2024-03-13",
      kind: "second",
      overdue: false,
    });
  });

  it("does not push the second follow-up back when the first was sent late", () => {
    // The first follow-up went out on 2024-03-14, a week late; the second is already overdue.
    expect(nextOutreachFollowUp({ ...monday, followUpsSentSince: 1 }, "2024-03-14")).toEqual({
      dueOn: "2024-03-13",
      kind: "second",
      overdue: true,
    });
  });

  it("crosses a month end and 29 February", () => {
    expect(nextOutreachFollowUp({ ...monday, sentOn: "2024-02-27" }, "2024-02-27")?.dueOn).toBe("2024-03-01");
    expect(
      nextOutreachFollowUp({ ...monday, sentOn: "2024-02-27", followUpsSentSince: 1 }, "2024-02-27")?.dueOn,
    ).toBe("2024-03-07");
  });

  it("stops once the contact replied", () => {
    expect(nextOutreachFollowUp({ ...monday, replied: true }, "2024-03-20")).toBeNull();
    expect(
      nextOutreachFollowUp({ ...monday, replied: true, followUpsSentSince: 1 }, "2024-03-20"),
    ).toBeNull();
  });

  it("stops after the second follow-up was sent", () => {
    expect(nextOutreachFollowUp({ ...monday, followUpsSentSince: 2 }, "2024-03-20")).toBeNull();
    expect(nextOutreachFollowUp({ ...monday, followUpsSentSince: 5 }, "2024-03-20")).toBeNull();
  });

  it("refuses a negative or fractional follow-up count", () => {
    expect(() => nextOutreachFollowUp({ ...monday, followUpsSentSince: -1 }, "2024-03-04")).toThrow(
      RangeError,
    );
    expect(() => nextOutreachFollowUp({ ...monday, followUpsSentSince: 0.5 }, "2024-03-04")).toThrow(
      RangeError,
    );
  });
});
