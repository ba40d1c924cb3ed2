import { describe, expect, it } from "vitest";
import {
  buildTimeline,
  shorten,
  TIMELINE_TEXT_LENGTH,
  type TimelineFollowUp,
  type TimelineInterview,
  type TimelineOutreach,
} from "./timeline";

const outreach = (overrides: Partial<TimelineOutreach> = {}): TimelineOutreach => ({
  id: "o1",
  contactId: "c1",
  sentOn: "2026-03-02",
  channel: "email",
  reply: "none",
  isFollowUp: false,
  message: "Hello",
  createdAt: new Date("2026-03-02T10:00:00Z"),
  ...overrides,
});

const interview = (overrides: Partial<TimelineInterview> = {}): TimelineInterview => ({
  id: "i1",
  contactId: "c1",
  startsAt: new Date("2026-03-05T15:00:00Z"),
  timeZone: "America/New_York",
  format: "video",
  status: "completed",
  takeaways: "",
  ...overrides,
});

const followUp = (overrides: Partial<TimelineFollowUp> = {}): TimelineFollowUp => ({
  id: "f1",
  contactId: "c1",
  sentOn: "2026-03-06",
  kind: "thank_you",
  channel: "email",
  note: "Thanks",
  createdAt: new Date("2026-03-06T09:00:00Z"),
  ...overrides,
});

const none = { outreach: [], interviews: [], followUps: [] };

describe("buildTimeline", () => {
  it("merges the three streams, newest day first", () => {
    const items = buildTimeline({
      outreach: [outreach()],
      interviews: [interview()],
      followUps: [followUp()],
    });
    expect(items.map((i) => [i.kind, i.date])).toEqual([
      ["follow-up", "2026-03-06"],
      ["interview", "2026-03-05"],
      ["outreach", "2026-03-02"],
    ]);
  });

  it("orders one day's entries by their moment: an interview's start, an entry's time", () => {
    const items = buildTimeline({
      outreach: [outreach({ id: "late", sentOn: "2026-03-05", createdAt: new Date("2026-03-05T22:00:00Z") })],
      interviews: [interview()],
      followUps: [
        followUp({ id: "early", sentOn: "2026-03-05", createdAt: new Date("2026-03-05T08:00:00Z") }),
      ],
    });
    expect(items.map((i) => i.id)).toEqual(["late", "i1", "early"]);
  });

  it("dates an interview where it happened, or on the reader's calendar when given one", () => {
    // 21:00 in Los Angeles on the 5th is already the 6th in UTC.
    const evening = interview({
      startsAt: new Date("2026-03-06T05:00:00Z"),
      timeZone: "America/Los_Angeles",
    });
    expect(buildTimeline({ ...none, interviews: [evening] })[0]?.date).toBe("2026-03-05");
    expect(buildTimeline({ ...none, interviews: [evening] }, { timeZone: "UTC" })[0]?.date).toBe(
      "2026-03-06",
    );
  });

  it("shows an interview's takeaways, else its notes, else nothing", () => {
    const texts = buildTimeline({
      ...none,
      interviews: [
        interview({ id: "a", takeaways: "Ask about internships", notes: "long notes" }),
        interview({ id: "b", takeaways: "", notes: "Met at the café" }),
        interview({ id: "c", takeaways: "" }),
      ],
    }).map((i) => [i.id, i.text]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ["a", "Ask about internships"],
        ["b", "Met at the café"],
        ["c", ""],
      ]),
    );
  });

  it("keeps what each kind needs to be worded and linked", () => {
    const [item] = buildTimeline({ ...none, followUps: [followUp({ contactId: "c9", channel: "letter" })] });
    expect(item).toEqual({
      kind: "follow-up",
      id: "f1",
      contactId: "c9",
      date: "2026-03-06",
      text: "Thanks",
      followUpKind: "thank_you",
      channel: "letter",
    });
  });
});

describe("shorten", () => {
  it("collapses whitespace to one line", () => {
    expect(shorten("  Two\n\nlines\tand  spaces ")).toBe("Two lines and spaces");
  });

  it("cuts long text to the limit with an ellipsis, and leaves text at the limit alone", () => {
    const exact = "x".repeat(TIMELINE_TEXT_LENGTH);
    expect(shorten(exact)).toBe(exact);
    const cut = shorten("y".repeat(TIMELINE_TEXT_LENGTH + 1));
    expect(cut).toHaveLength(TIMELINE_TEXT_LENGTH);
    expect(cut.endsWith("…")).toBe(true);
  });
});
