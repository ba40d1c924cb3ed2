import { describe, expect, it } from "vitest";
import { buildDailyReminder, isReminderMorning, localHourIn } from "./daily-reminder";
import { calendarTask, dueState } from "./due-rule";
import type { AgendaItem } from "./student-agenda";

const ORIGIN = "https://fieldnotes.example.edu";
const TODAY = "2026-11-18";

const item = (kind: AgendaItem["kind"], dueOn: string, contactName = "Ada"): AgendaItem => ({
  kind,
  ...calendarTask(dueOn),
  state: dueState(calendarTask(dueOn), TODAY),
  contactId: `c-${contactName}`,
  contactName,
  organizationName: null,
  interviewId: null,
  followUp: null,
});

const input = (overrides: Partial<Parameters<typeof buildDailyReminder>[0]> = {}) => ({
  appOrigin: ORIGIN,
  studentName: "Rae",
  today: TODAY,
  agenda: [],
  interviews: [],
  newComments: [],
  ...overrides,
});

describe("buildDailyReminder", () => {
  it("is null when nothing falls due today, however much is due later or was due before", () => {
    expect(buildDailyReminder(input())).toBeNull();
    expect(
      buildDailyReminder(
        input({
          agenda: [item("thank-you", "2026-11-17"), item("outreach-follow-up", "2026-11-19")],
          interviews: [{ id: "i1", contactName: "Bo", organizationName: null, on: "2026-11-20" }],
        }),
      ),
    ).toBeNull();
  });

  it("lists what is due today, interviews today and tomorrow, and new comments, each with its link", () => {
    const reminder = buildDailyReminder(
      input({
        agenda: [item("thank-you", TODAY, "Tess"), item("keep-in-touch", TODAY, "Kim")],
        interviews: [
          { id: "i1", contactName: "Bo", organizationName: "Acme", on: "2026-11-19" },
          { id: "i2", contactName: "Cy", organizationName: null, on: TODAY },
        ],
        newComments: [{ authorName: "Prof X", interview: null }],
      }),
    )!;
    expect(reminder.sections.map((s) => s.heading)).toEqual([
      "Interviews today and tomorrow",
      "Thank-you notes due today",
      "Keep in touch today",
      "New comments from your advisor",
    ]);
    expect(reminder.sections[0]!.items).toEqual([
      { title: "Cy", detail: "Today", href: `${ORIGIN}/interviews/i2` },
      { title: "Bo (Acme)", detail: "Tomorrow", href: `${ORIGIN}/interviews/i1` },
    ]);
    expect(reminder.sections[1]!.items[0]!.href).toBe(`${ORIGIN}/contacts/c-Tess`);
    expect(reminder.subject).toBe("Today in Fieldnotes: 4 things for today, 1 new comment");
  });

  it("keeps the subject on one line whatever the name holds", () => {
    const reminder = buildDailyReminder(
      input({ studentName: "Rae\r\nBcc: x", agenda: [item("thank-you", TODAY)] }),
    )!;
    expect(reminder.greeting).not.toMatch(/[\r\n]/);
  });
});

describe("the morning window", () => {
  it("opens at 07:00 and closes at noon on the student's clock", () => {
    expect([6, 7, 11, 12].map(isReminderMorning)).toEqual([false, true, true, false]);
    // 12:30 UTC in November: 07:30 in New York, 13:30 in Berlin, 21:30 in Tokyo.
    const instant = new Date("2026-11-18T12:30:00Z");
    expect(localHourIn(instant, "America/New_York")).toBe(7);
    expect(localHourIn(instant, "Europe/Berlin")).toBe(13);
    expect(localHourIn(instant, "Asia/Tokyo")).toBe(21);
    // Midnight is hour 0, not 24.
    expect(localHourIn(new Date("2026-11-18T00:10:00Z"), "UTC")).toBe(0);
  });
});
