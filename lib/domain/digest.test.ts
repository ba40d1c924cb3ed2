import { describe, expect, it } from "vitest";
import {
  buildAdvisorDigest,
  buildStudentDigest,
  DIGEST_SECTION_CAP,
  type StudentDigestInput,
} from "./digest";
import { calendarTask, dueState } from "./due-rule";
import type { AgendaItem } from "./student-agenda";

const APP = "https://fieldnotes.example.edu";
const TODAY = "2026-11-18";

// Each item is judged by the shared rule, as the agenda does: a plain task, overdue the day after it is due.
const item = (kind: AgendaItem["kind"], name: string, dueOn: string): AgendaItem => {
  const task = calendarTask(dueOn);
  return {
    kind,
    ...task,
    state: dueState(task, TODAY),
    contactId: `c-${name}`,
    contactName: name,
    organizationName: null,
    interviewId: null,
    followUp: null,
  };
};

const student = (over: Partial<StudentDigestInput> = {}): StudentDigestInput => ({
  appOrigin: APP,
  studentName: "Ada",
  today: TODAY,
  agenda: [],
  upcomingInterviews: [],
  goals: [],
  comments: [],
  ...over,
});

describe("buildStudentDigest", () => {
  it("returns null for an empty week, even with goals to report", () => {
    const goals = [{ cohortName: "Fall", progress: [] }];
    expect(buildStudentDigest(student({ goals }))).toBeNull();
    // Keep-in-touch coming due later in the week is not yet worth a mail.
    expect(buildStudentDigest(student({ agenda: [item("keep-in-touch", "Cy", "2026-11-20")] }))).toBeNull();
  });

  it("mentions a follow-up coming due this week, before it is due", () => {
    // Wednesday's digest names Friday's follow-up, instead of waiting for next week's.
    const digest = buildStudentDigest(student({ agenda: [item("outreach-follow-up", "Cy", "2026-11-20")] }))!;
    const followUps = digest.groups[0]!.sections.find((s) => s.heading === "Follow-ups due")!;
    expect(followUps.items).toEqual([
      { title: "Cy", detail: "Due Fri 20 Nov", href: `${APP}/contacts/c-Cy` },
    ]);
    expect(followUps.moreHref).toBe(`${APP}/outreach`);
  });

  it("lists overdue before due, with absolute links to each contact and interview", () => {
    const digest = buildStudentDigest(
      student({
        agenda: [
          item("thank-you", "Zed", "2026-11-19"),
          item("thank-you", "Bea", "2026-11-10"),
          item("thank-you", "Al", TODAY),
          item("outreach-follow-up", "Cy", "2026-11-17"),
          item("keep-in-touch", "Di", "2026-11-01"),
        ],
        upcomingInterviews: [
          { id: "i2", contactName: "Late", organizationName: "Acme", on: "2026-11-24" },
          { id: "i1", contactName: "Soon", organizationName: null, on: TODAY },
          { id: "i3", contactName: "Too far", organizationName: null, on: "2026-11-30" },
        ],
        comments: [{ authorName: "Prof X", interview: { id: "i9", contactName: "Soon" } }],
      }),
    )!;
    const [group] = digest.groups;
    const headings = group!.sections.map((s) => s.heading);
    expect(headings).toEqual([
      "Thank-you notes",
      "Follow-ups due",
      "Interviews in the next 7 days",
      "Keep in touch",
      "Comments from your advisor",
    ]);
    const thanks = group!.sections[0]!.items;
    expect(thanks.map((i) => i.title)).toEqual(["Bea", "Al", "Zed"]);
    expect(thanks[0]!.detail).toBe("Overdue since Wed 11 Nov");
    expect(thanks[0]!.href).toBe(`${APP}/contacts/c-Bea`);
    const interviews = group!.sections[2]!.items;
    expect(interviews.map((i) => i.title)).toEqual(["Soon", "Late (Acme)"]);
    expect(interviews[0]!.href).toBe(`${APP}/interviews/i1`);
    expect(group!.sections[4]!.items[0]!.href).toBe(`${APP}/interviews/i9`);
    expect(digest.subject).toBe("Your week in Fieldnotes: 3 overdue, 4 coming up, 1 new comment");
  });

  it("caps each section and says how many more, linking to the full list", () => {
    const agenda = Array.from({ length: DIGEST_SECTION_CAP + 3 }, (_, n) =>
      item("thank-you", `Person ${n}`, "2026-11-12"),
    );
    const section = buildStudentDigest(student({ agenda }))!.groups[0]!.sections[0]!;
    expect(section.items).toHaveLength(DIGEST_SECTION_CAP);
    expect(section.more).toBe(3);
    expect(section.moreHref).toBe(`${APP}/follow-up`);
  });

  it("keeps header-breaking characters out of the subject", () => {
    const digest = buildStudentDigest(
      student({ agenda: [item("thank-you", "A", TODAY)], studentName: "x\r\nBcc: y" }),
    )!;
    expect(digest.subject).not.toMatch(/[\r\n]/);
    expect(digest.greeting).not.toMatch(/[\r\n]/);
  });
});

describe("buildAdvisorDigest", () => {
  const weekStartsAt = new Date("2026-11-16T00:00:00Z");
  const s = (
    name: string,
    over: { active?: boolean; reasons?: number; movedTo?: "interview" | "contact" } = {},
  ) => ({
    studentId: `s-${name}`,
    name,
    lastActivityAt: over.active ? new Date("2026-11-17T10:00:00Z") : new Date("2026-10-01T10:00:00Z"),
    movedForwardTo: over.movedTo ?? null,
    attention: Array.from({ length: over.reasons ?? 0 }, (_, n) => ({
      kind: "inactive" as const,
      text: `reason ${n}`,
    })),
  });

  it("returns null when no cohort has anything to say", () => {
    const digest = buildAdvisorDigest({
      appOrigin: APP,
      advisorName: "Pat",
      today: TODAY,
      weekStartsAt,
      cohorts: [
        { id: "k1", name: "Fall", students: [s("Quiet")], goals: [], activity: { thisWeek: 0, lastWeek: 3 } },
      ],
    });
    expect(digest).toBeNull();
  });

  it("mentions new outcomes by student and kind, enough on their own to send a digest", () => {
    const digest = buildAdvisorDigest({
      appOrigin: APP,
      advisorName: "Pat",
      today: TODAY,
      weekStartsAt,
      cohorts: [
        {
          id: "k1",
          name: "Fall",
          students: [s("Quiet")],
          goals: [],
          activity: { thisWeek: 1, lastWeek: 0 },
          newOutcomes: [
            { studentId: "s-Zoe", studentName: "Zoe", kindLabel: "Job offer" },
            { studentId: "s-Ann", studentName: "Ann", kindLabel: "Internship" },
          ],
        },
      ],
    })!;
    const section = digest.groups[0]!.sections.find((x) => x.heading === "New outcomes")!;
    expect(section.items.map((i) => [i.title, i.detail])).toEqual([
      ["Ann", "Internship"],
      ["Zoe", "Job offer"],
    ]);
    expect(section.items[0]!.href).toBe(`${APP}/advisor/students/s-Ann`);
  });

  it("puts needs-attention first, most reasons first, then goals due soon, then who moved forward", () => {
    const goal = (id: string, dueOn: string) => ({
      goal: { id, metric: "interviews_completed" as const, target: 3, dueOn },
      label: `goal ${id}`,
      students: 4,
      met: 1,
      behind: 0,
      notYetMeasured: 0,
    });
    const digest = buildAdvisorDigest({
      appOrigin: APP,
      advisorName: "Pat",
      today: TODAY,
      weekStartsAt,
      cohorts: [
        {
          id: "k1",
          name: "Fall",
          students: [
            s("Bo", { reasons: 1 }),
            s("Al", { reasons: 2 }),
            s("Cy", { active: true, movedTo: "interview" }),
            s("Di", { active: true }),
          ],
          goals: [goal("far", "2026-12-31"), goal("soon", "2026-11-25"), goal("past", "2026-11-01")],
          activity: { thisWeek: 5, lastWeek: 2 },
        },
        {
          id: "k2",
          name: "Empty",
          students: [s("Quiet")],
          goals: [],
          activity: { thisWeek: 0, lastWeek: 0 },
        },
      ],
    })!;
    expect(digest.groups).toHaveLength(1);
    const group = digest.groups[0]!;
    expect(group.href).toBe(`${APP}/advisor/cohorts/k1`);
    expect(group.sections.map((x) => x.heading)).toEqual([
      "Needs attention",
      "Goals due in the next 14 days",
      "Moved forward this week",
    ]);
    expect(group.sections[0]!.items.map((i) => i.title)).toEqual(["Al", "Bo"]);
    expect(group.sections[0]!.items[0]!.href).toBe(`${APP}/advisor/students/s-Al`);
    expect(group.sections[0]!.items[0]!.detail).toBe("reason 0; reason 1");
    expect(group.sections[1]!.items.map((i) => i.title)).toEqual(["goal soon"]);
    // Di was active without reaching a new step: busy is not the same as moving forward.
    expect(group.sections[2]!.items.map((i) => [i.title, i.detail])).toEqual([["Cy", "Reached: Interview"]]);
    expect(group.summary).toContain("2 of 4 students active, 1 moved forward");
    expect(group.summary).toContain("5 activities logged this week (last week 2)");
    expect(digest.subject).toBe("Fieldnotes: 2 students need attention in Fall");
  });

  it("caps needs-attention and links the rest to the filtered dashboard", () => {
    const students = Array.from({ length: 9 }, (_, n) => s(`S${n}`, { reasons: 1 }));
    const digest = buildAdvisorDigest({
      appOrigin: APP,
      advisorName: "Pat",
      today: TODAY,
      weekStartsAt,
      cohorts: [{ id: "k1", name: "Fall", students, goals: [], activity: { thisWeek: 0, lastWeek: 0 } }],
    })!;
    const attention = digest.groups[0]!.sections[0]!;
    expect(attention.items).toHaveLength(DIGEST_SECTION_CAP);
    expect(attention.more).toBe(4);
    expect(attention.moreHref).toBe(`${APP}/advisor/cohorts/k1?filter=needs-attention`);
  });
});
