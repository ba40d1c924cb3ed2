import { describe, expect, it } from "vitest";
import { buildStudentAgenda, type ContactActivity } from "./student-agenda";

const TODAY = "2026-11-18"; // a Wednesday

function contact(overrides: Partial<ContactActivity> & { name: string }): ContactActivity {
  return {
    id: overrides.name.toLowerCase(),
    organizationName: null,
    cadence: "off",
    outreach: [],
    interviews: [],
    followUps: [],
    ...overrides,
  };
}

const kinds = (items: { kind: string; contactName: string; dueOn: string }[]) =>
  items.map((i) => `${i.kind}:${i.contactName}:${i.dueOn}`);

describe("buildStudentAgenda", () => {
  it("is empty for a student who has only identified people", () => {
    const agenda = buildStudentAgenda([contact({ name: "Ada" })], TODAY);
    expect([...agenda.overdue, ...agenda.today, ...agenda.thisWeek]).toEqual([]);
    expect(agenda.pipeline.find((c) => c.stage === "identified")?.contacts).toEqual([
      { id: "ada", name: "Ada" },
    ]);
  });

  it("puts an unsent thank-you from 9 days ago under overdue", () => {
    const agenda = buildStudentAgenda(
      [contact({ name: "Ben", interviews: [{ status: "completed", on: "2026-11-09" }] })],
      TODAY,
    );
    expect(kinds(agenda.overdue)).toEqual(["thank-you:Ben:2026-11-10"]);
    expect(agenda.pipeline.find((c) => c.stage === "interviewed")?.contacts.map((c) => c.name)).toEqual([
      "Ben",
    ]);
  });

  it("drops the thank-you once it is sent, and moves the contact to thanked", () => {
    const agenda = buildStudentAgenda(
      [
        contact({
          name: "Ben",
          interviews: [{ status: "completed", on: "2026-11-09" }],
          followUps: [{ kind: "thank_you", sentOn: "2026-11-10" }],
        }),
      ],
      TODAY,
    );
    expect([...agenda.overdue, ...agenda.today, ...agenda.thisWeek]).toEqual([]);
    expect(agenda.pipeline.find((c) => c.stage === "thanked")?.contacts).toHaveLength(1);
  });

  it("suggests the first outreach follow-up 3 business days after an unanswered email", () => {
    // Friday 13th + 3 business days = Wednesday 18th: due today.
    const agenda = buildStudentAgenda(
      [contact({ name: "Cy", outreach: [{ sentOn: "2026-11-13", reply: "none", isFollowUp: false }] })],
      TODAY,
    );
    expect(kinds(agenda.today)).toEqual(["outreach-follow-up:Cy:2026-11-18"]);
  });

  it("stops suggesting follow-ups once they replied", () => {
    const agenda = buildStudentAgenda(
      [contact({ name: "Cy", outreach: [{ sentOn: "2026-11-02", reply: "replied", isFollowUp: false }] })],
      TODAY,
    );
    expect([...agenda.overdue, ...agenda.today, ...agenda.thisWeek]).toEqual([]);
  });

  it("lists upcoming interviews this week, not past-scheduled ones as agenda items", () => {
    const agenda = buildStudentAgenda(
      [
        contact({ name: "Di", interviews: [{ status: "scheduled", on: "2026-11-20" }] }),
        contact({ name: "Ed", interviews: [{ status: "scheduled", on: "2026-12-20" }] }),
      ],
      TODAY,
    );
    expect(kinds(agenda.thisWeek)).toEqual(["interview:Di:2026-11-20"]);
  });

  it("reminds to keep in touch when the cadence comes round, counted from the last touch", () => {
    const agenda = buildStudentAgenda(
      [
        contact({
          name: "Fay",
          cadence: "monthly",
          interviews: [{ status: "completed", on: "2026-10-01" }],
          followUps: [{ kind: "thank_you", sentOn: "2026-10-02" }],
        }),
      ],
      TODAY,
    );
    expect(kinds(agenda.overdue)).toEqual(["keep-in-touch:Fay:2026-11-02"]);
  });

  it("sorts each list by date, then name, and shows every stage in order", () => {
    const agenda = buildStudentAgenda(
      [
        contact({ name: "Zed", interviews: [{ status: "completed", on: "2026-11-05" }] }),
        contact({ name: "Amy", interviews: [{ status: "completed", on: "2026-11-05" }] }),
        contact({ name: "Bo", interviews: [{ status: "completed", on: "2026-11-02" }] }),
      ],
      TODAY,
    );
    expect(agenda.overdue.map((i) => i.contactName)).toEqual(["Bo", "Amy", "Zed"]);
    expect(agenda.pipeline.map((c) => c.stage)).toEqual([
      "identified",
      "contacted",
      "scheduled",
      "interviewed",
      "thanked",
      "keeping-in-touch",
      "declined",
      "no-response",
    ]);
  });
});
