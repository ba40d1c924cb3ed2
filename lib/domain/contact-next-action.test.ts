import { describe, expect, it } from "vitest";
import { contactNextAction, type ContactNextActionInput } from "./contact-next-action";
import { DEFAULT_THANK_YOU_RULES } from "./thank-you";

// 2026-11-16 is a Monday.
const NOW = new Date("2026-11-16T15:00:00Z");
const base: ContactNextActionInput = {
  today: "2026-11-16",
  now: NOW,
  interviews: [],
  hasOutreach: false,
  latestReply: "none",
  followUp: null,
  keepInTouch: null,
  thankYouRules: DEFAULT_THANK_YOU_RULES,
};

function interview(fields: Partial<ContactNextActionInput["interviews"][number]> = {}) {
  return {
    id: "i1",
    status: "completed" as const,
    startsAt: new Date("2026-11-13T15:00:00Z"),
    durationMinutes: 30,
    timeZone: "UTC",
    heldOn: "2026-11-13",
    thankYouSentOn: null,
    ...fields,
  };
}

describe("contactNextAction", () => {
  it("starts with the first message when nothing was sent", () => {
    expect(contactNextAction(base)).toEqual({ kind: "write-first-message" });
  });

  it("suggests the follow-up with its urgency while a message waits for a reply", () => {
    const waiting = { ...base, hasOutreach: true };
    expect(
      contactNextAction({ ...waiting, followUp: { dueOn: "2026-11-19", kind: "first", overdue: false } }),
    ).toEqual({ kind: "follow-up", dueOn: "2026-11-19", urgency: "upcoming", last: false });
    expect(
      contactNextAction({ ...waiting, followUp: { dueOn: "2026-11-16", kind: "second", overdue: false } }),
    ).toEqual({ kind: "follow-up", dueOn: "2026-11-16", urgency: "due", last: true });
    expect(
      contactNextAction({ ...waiting, followUp: { dueOn: "2026-11-12", kind: "first", overdue: true } }),
    ).toMatchObject({ urgency: "overdue" });
    expect(contactNextAction(waiting)).toEqual({ kind: "await-reply" });
  });

  it("judges due and overdue by due-rule.ts: a weekend never makes a follow-up overdue", () => {
    const waiting = { ...base, hasOutreach: true };
    // Due Friday 13 Nov: still due on Saturday and Sunday, overdue from Monday, the next business day.
    const followUp = { dueOn: "2026-11-13", kind: "first" as const, overdue: false };
    expect(contactNextAction({ ...waiting, today: "2026-11-14", followUp })).toMatchObject({
      urgency: "due",
    });
    expect(contactNextAction({ ...waiting, today: "2026-11-15", followUp })).toMatchObject({
      urgency: "due",
    });
    expect(contactNextAction({ ...waiting, today: "2026-11-16", followUp })).toMatchObject({
      urgency: "overdue",
    });
  });

  it("asks to schedule once they replied, and says so when they declined", () => {
    expect(contactNextAction({ ...base, hasOutreach: true, latestReply: "replied" })).toEqual({
      kind: "schedule-interview",
    });
    expect(contactNextAction({ ...base, hasOutreach: true, latestReply: "declined" })).toEqual({
      kind: "declined",
    });
  });

  it("puts an upcoming interview before any follow-up, and asks how a past one went", () => {
    const upcoming = interview({
      status: "scheduled",
      startsAt: new Date("2026-11-16T18:00:00Z"),
      heldOn: "2026-11-16",
    });
    const withFollowUp = {
      ...base,
      hasOutreach: true,
      followUp: { dueOn: "2026-11-12", kind: "first" as const, overdue: true },
    };
    expect(contactNextAction({ ...withFollowUp, interviews: [upcoming] })).toMatchObject({
      kind: "prepare-interview",
      interviewId: "i1",
      today: true,
    });
    const past = interview({ status: "scheduled" });
    expect(contactNextAction({ ...withFollowUp, interviews: [past] })).toEqual({
      kind: "record-interview",
      interviewId: "i1",
    });
  });

  it("puts an unsent thank-you first, overdue after the instance's rule", () => {
    const scheduledToo = interview({
      id: "i2",
      status: "scheduled",
      startsAt: new Date("2026-12-01T15:00:00Z"),
    });
    expect(contactNextAction({ ...base, interviews: [interview(), scheduledToo] })).toEqual({
      kind: "send-thank-you",
      interviewId: "i1",
      dueOn: "2026-11-16",
      urgency: "due",
    });
    // Past its due date but within the 7 days that still count as on time: due, not overdue.
    expect(contactNextAction({ ...base, today: "2026-11-20", interviews: [interview()] })).toMatchObject({
      kind: "send-thank-you",
      urgency: "due",
    });
    expect(contactNextAction({ ...base, today: "2026-11-21", interviews: [interview()] })).toMatchObject({
      kind: "send-thank-you",
      urgency: "overdue",
    });
  });

  it("after the thank-you: keep in touch at the cadence, else share news", () => {
    const thanked = interview({ thankYouSentOn: "2026-11-14" });
    expect(contactNextAction({ ...base, interviews: [thanked] })).toEqual({ kind: "share-update" });
    expect(
      contactNextAction({
        ...base,
        interviews: [thanked],
        keepInTouch: { dueOn: "2027-02-14", overdue: false },
      }),
    ).toEqual({ kind: "keep-in-touch", dueOn: "2027-02-14", urgency: "upcoming" });
    expect(
      contactNextAction({
        ...base,
        today: "2027-02-15",
        interviews: [thanked],
        keepInTouch: { dueOn: "2027-02-14", overdue: true },
      }),
    ).toMatchObject({ urgency: "overdue" });
  });
});
