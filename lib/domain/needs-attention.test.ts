import { afterEach, describe, expect, it, vi } from "vitest";
import { type CohortGoal } from "./cohort-goals";
import {
  ATTENTION_KINDS,
  DEFAULT_ATTENTION_RULES,
  needsAttention,
  type NeedsAttentionInput,
} from "./needs-attention";

// October 2026: Monday 5, Friday 9, Monday 12, Thursday 15, Friday 16, Monday 19.
const noon = (day: string) => new Date(`${day}T12:00:00Z`);

function student(overrides: Partial<NeedsAttentionInput> = {}): NeedsAttentionInput {
  return {
    timeZone: "UTC",
    joinedAt: noon("2026-09-01"),
    lastActivityAt: noon("2026-10-14"),
    contactsIdentified: 0,
    outreachSent: 0,
    interviewsCompleted: 0,
    thankYousSent: 0,
    thankYouDelays: [],
    interviewsAwaitingThankYou: [],
    outreachAwaitingFollowUp: [],
    ...overrides,
  };
}

const interviewsGoal: CohortGoal = {
  id: "g-interviews",
  metric: "interviews_completed",
  target: 3,
  dueOn: "2026-10-15",
};
const thankYouGoal: CohortGoal = { id: "g-thanks", metric: "thank_you_within_days", target: 2, dueOn: null };

describe("needsAttention", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("uses the product's lines by default", () => {
    expect(DEFAULT_ATTENTION_RULES).toEqual({
      inactiveDays: 14,
      thankYouOverdueDays: 7,
      followUpBusinessDays: 7,
    });
  });

  it("has nothing to say about an active student who is on track", () => {
    expect(needsAttention(student(), [interviewsGoal, thankYouGoal], noon("2026-10-15"))).toEqual([]);
  });

  describe("no activity", () => {
    it("flags 14 quiet days, not 13", () => {
      const now = noon("2026-10-15");
      expect(needsAttention(student({ lastActivityAt: noon("2026-10-02") }), [], now)).toEqual([]);
      expect(needsAttention(student({ lastActivityAt: noon("2026-10-01") }), [], now)).toEqual([
        {
          kind: "inactive",
          lastActiveOn: "2026-10-01",
          days: 14,
          text: "No activity in 14 days (last active 1 Oct 2026)",
        },
      ]);
    });

    it("counts from joining when the student never logged anything", () => {
      const now = noon("2026-10-15");
      expect(
        needsAttention(student({ lastActivityAt: null, joinedAt: noon("2026-10-02") }), [], now),
      ).toEqual([]);
      expect(
        needsAttention(student({ lastActivityAt: null, joinedAt: noon("2026-10-01") }), [], now),
      ).toEqual([
        {
          kind: "inactive",
          lastActiveOn: null,
          days: 14,
          text: "Nothing logged since joining on 1 Oct 2026",
        },
      ]);
    });

    it("gives a student who joined before the term 14 days from the term's start", () => {
      const neverActive = student({ lastActivityAt: null, joinedAt: noon("2026-08-20") });
      const options = { termStartsOn: "2026-10-05" };
      expect(needsAttention(neverActive, [], noon("2026-10-01"), options)).toEqual([]);
      expect(needsAttention(neverActive, [], noon("2026-10-18"), options)).toEqual([]);
      expect(needsAttention(neverActive, [], noon("2026-10-19"), options)).toEqual([
        {
          kind: "inactive",
          lastActiveOn: null,
          days: 14,
          text: "Nothing logged since the term started on 5 Oct 2026",
        },
      ]);
    });

    it("gives a newcomer 14 days even when their last activity is older", () => {
      const movedIn = student({ lastActivityAt: noon("2026-08-01"), joinedAt: noon("2026-10-10") });
      expect(needsAttention(movedIn, [], noon("2026-10-23"))).toEqual([]);
      expect(needsAttention(movedIn, [], noon("2026-10-24"))).toEqual([
        {
          kind: "inactive",
          lastActiveOn: "2026-08-01",
          days: 84,
          text: "No activity in 84 days (last active 1 Aug 2026)",
        },
      ]);
    });

    it("judges days in the student's time zone", () => {
      // 02:30 UTC on 15 October is still the evening of 14 October in New York: 13 days, not 14.
      const now = new Date("2026-10-15T02:30:00Z");
      const lastActivityAt = noon("2026-10-01");
      expect(needsAttention(student({ lastActivityAt, timeZone: "UTC" }), [], now)).toHaveLength(1);
      expect(needsAttention(student({ lastActivityAt, timeZone: "America/New_York" }), [], now)).toEqual([]);
      // No profile yet: UTC.
      expect(needsAttention(student({ lastActivityAt, timeZone: null }), [], now)).toHaveLength(1);
    });

    it("takes the calendar day of the last activity where the student is", () => {
      // 03:00 UTC on 2 October is 1 October, 23:00 in New York.
      const reasons = needsAttention(
        student({ lastActivityAt: new Date("2026-10-02T03:00:00Z"), timeZone: "America/New_York" }),
        [],
        noon("2026-10-15"),
      );
      expect(reasons).toMatchObject([{ kind: "inactive", lastActiveOn: "2026-10-01", days: 14 }]);
    });

    it("follows a cohort's own number of days", () => {
      const now = noon("2026-10-15");
      expect(
        needsAttention(student({ lastActivityAt: noon("2026-10-08") }), [], now, { inactiveDays: 7 }),
      ).toMatchObject([
        { kind: "inactive", days: 7, text: "No activity in 7 days (last active 8 Oct 2026)" },
      ]);
    });
  });

  describe("thank-you overdue", () => {
    it("flags a completed interview with no thank-you from the eighth day", () => {
      const waiting = student({ interviewsAwaitingThankYou: ["2026-10-08"] });
      expect(needsAttention(waiting, [], noon("2026-10-15"))).toEqual([]);
      expect(needsAttention(waiting, [], noon("2026-10-16"))).toEqual([
        {
          kind: "thank-you-overdue",
          count: 1,
          oldestInterviewOn: "2026-10-08",
          text: "Interview on 8 Oct 2026 with no thank-you after 7 days",
        },
      ]);
    });

    it("counts every overdue one and names the oldest", () => {
      const waiting = student({ interviewsAwaitingThankYou: ["2026-10-08", "2026-10-14", "2026-10-01"] });
      expect(needsAttention(waiting, [], noon("2026-10-16"))).toEqual([
        {
          kind: "thank-you-overdue",
          count: 2,
          oldestInterviewOn: "2026-10-01",
          text: "2 interviews with no thank-you after 7 days (oldest 1 Oct 2026)",
        },
      ]);
    });

    it("uses the cohort's overdue days when set", () => {
      const waiting = student({ interviewsAwaitingThankYou: ["2026-10-13"] });
      expect(needsAttention(waiting, [], noon("2026-10-15"), { thankYouOverdueDays: 2 })).toEqual([]);
      expect(needsAttention(waiting, [], noon("2026-10-16"), { thankYouOverdueDays: 2 })).toMatchObject([
        { kind: "thank-you-overdue", text: "Interview on 13 Oct 2026 with no thank-you after 2 days" },
      ]);
    });

    it("judges the eighth day on the student's calendar", () => {
      const waiting = student({
        interviewsAwaitingThankYou: ["2026-10-08"],
        timeZone: "America/Los_Angeles",
      });
      // 06:00 UTC on 16 October is 23:00 on the 15th in Los Angeles: still day 7.
      expect(needsAttention(waiting, [], new Date("2026-10-16T06:00:00Z"))).toEqual([]);
      expect(needsAttention(waiting, [], new Date("2026-10-16T08:00:00Z"))).toHaveLength(1);
    });
  });

  describe("outreach without follow-up", () => {
    it("flags an unanswered outreach from the eighth business day, not the seventh", () => {
      // Monday 5 October + 7 business days = Wednesday 14 October.
      const waiting = student({ outreachAwaitingFollowUp: ["2026-10-05"] });
      expect(needsAttention(waiting, [], noon("2026-10-14"))).toEqual([]);
      expect(needsAttention(waiting, [], noon("2026-10-15"))).toEqual([
        {
          kind: "outreach-without-follow-up",
          count: 1,
          oldestSentOn: "2026-10-05",
          text: "Outreach sent 5 Oct 2026: no reply and no follow-up after 7 business days",
        },
      ]);
    });

    it("adds nothing for a weekend: the seventh business day on a Friday is flagged on Monday", () => {
      // Wednesday 7 October + 7 business days = Friday 16 October.
      const waiting = student({ outreachAwaitingFollowUp: ["2026-10-07"] });
      for (const day of ["2026-10-16", "2026-10-17", "2026-10-18"]) {
        expect(needsAttention(waiting, [], noon(day))).toEqual([]);
      }
      expect(needsAttention(waiting, [], noon("2026-10-19"))).toHaveLength(1);
    });

    it("counts an outreach sent on a Saturday from the Monday after", () => {
      // Saturday 10 October: business days 12–16 and 19–20 make 7 by Tuesday 20 October.
      const waiting = student({ outreachAwaitingFollowUp: ["2026-10-10"] });
      expect(needsAttention(waiting, [], noon("2026-10-20"))).toEqual([]);
      expect(needsAttention(waiting, [], noon("2026-10-21"))).toHaveLength(1);
    });

    it("counts the overdue ones and names the oldest", () => {
      const waiting = student({ outreachAwaitingFollowUp: ["2026-10-02", "2026-10-14", "2026-10-01"] });
      expect(needsAttention(waiting, [], noon("2026-10-15"))).toEqual([
        {
          kind: "outreach-without-follow-up",
          count: 2,
          oldestSentOn: "2026-10-01",
          text: "2 outreach messages with no reply and no follow-up after 7 business days (oldest 1 Oct 2026)",
        },
      ]);
    });

    it("follows a cohort's own number of business days", () => {
      const waiting = student({ outreachAwaitingFollowUp: ["2026-10-12"] });
      expect(needsAttention(waiting, [], noon("2026-10-15"), { followUpBusinessDays: 3 })).toEqual([]);
      expect(needsAttention(waiting, [], noon("2026-10-16"), { followUpBusinessDays: 3 })).toMatchObject([
        { text: "Outreach sent 12 Oct 2026: no reply and no follow-up after 3 business days" },
      ]);
    });
  });

  describe("behind on a goal", () => {
    it("is not behind on the due date, and is the day after", () => {
      const oneInterview = student({ interviewsCompleted: 1 });
      expect(needsAttention(oneInterview, [interviewsGoal], noon("2026-10-15"))).toEqual([]);
      expect(needsAttention(oneInterview, [interviewsGoal], noon("2026-10-16"))).toEqual([
        {
          kind: "behind-on-goal",
          goalId: "g-interviews",
          value: 1,
          target: 3,
          dueOn: "2026-10-15",
          text: "Behind on a goal: 1 of 3 interviews completed by 15 Oct 2026",
        },
      ]);
    });

    it("says nothing once the goal is met, even late", () => {
      expect(
        needsAttention(student({ interviewsCompleted: 3 }), [interviewsGoal], noon("2026-10-20")),
      ).toEqual([]);
    });

    it("lists each goal that is behind, in the goals' order", () => {
      const contactsGoal: CohortGoal = {
        id: "g-contacts",
        metric: "contacts_identified",
        target: 1,
        dueOn: "2026-09-30",
      };
      const reasons = needsAttention(student(), [interviewsGoal, contactsGoal], noon("2026-10-16"));
      expect(reasons.map((r) => r.kind === "behind-on-goal" && r.goalId)).toEqual([
        "g-interviews",
        "g-contacts",
      ]);
      expect(reasons[1]?.text).toBe("Behind on a goal: 0 of 1 contact identified by 30 Sep 2026");
    });

    it("never comes from a thank-you goal, which has no due date", () => {
      const lateThanks = student({ thankYouDelays: [5, 6], interviewsAwaitingThankYou: ["2026-10-12"] });
      expect(needsAttention(lateThanks, [thankYouGoal], noon("2026-10-15"))).toEqual([]);
    });
  });

  it("lists every reason in a fixed order", () => {
    const everything = student({
      lastActivityAt: noon("2026-09-01"),
      interviewsAwaitingThankYou: ["2026-09-01"],
      outreachAwaitingFollowUp: ["2026-09-01"],
    });
    expect(needsAttention(everything, [interviewsGoal], noon("2026-10-20")).map((r) => r.kind)).toEqual(
      ATTENTION_KINDS,
    );
  });

  it("depends on `now` only, not on the clock", () => {
    const subject = student({ lastActivityAt: noon("2026-10-01"), outreachAwaitingFollowUp: ["2026-10-05"] });
    const first = needsAttention(subject, [interviewsGoal], noon("2026-10-15"));
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    expect(needsAttention(subject, [interviewsGoal], noon("2026-10-15"))).toEqual(first);
  });

  it("refuses nonsense rules", () => {
    expect(() => needsAttention(student(), [], noon("2026-10-15"), { inactiveDays: -1 })).toThrow(RangeError);
    expect(() => needsAttention(student(), [], noon("2026-10-15"), { thankYouOverdueDays: 1.5 })).toThrow(
      RangeError,
    );
    expect(() => needsAttention(student(), [], noon("2026-10-15"), { followUpBusinessDays: NaN })).toThrow(
      RangeError,
    );
  });
});
