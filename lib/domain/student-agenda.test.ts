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
    expect(agenda.items).toEqual([]);
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
    expect(agenda.items).toEqual([]);
    expect(agenda.pipeline.find((c) => c.stage === "thanked")?.contacts).toHaveLength(1);
  });

  it("suggests the first outreach follow-up 3 business days after an unanswered email", () => {
    // Friday 13th + 3 business days = Wednesday 18th: due today.
    const agenda = buildStudentAgenda(
      [contact({ name: "Cy", outreach: [{ sentOn: "2026-11-13", reply: "none", isFollowUp: false }] })],
      TODAY,
    );
    expect(kinds(agenda.due)).toEqual(["outreach-follow-up:Cy:2026-11-18"]);
  });

  it("stops suggesting follow-ups once they replied", () => {
    const agenda = buildStudentAgenda(
      [contact({ name: "Cy", outreach: [{ sentOn: "2026-11-02", reply: "replied", isFollowUp: false }] })],
      TODAY,
    );
    expect(agenda.items).toEqual([]);
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

  describe("judges every task by the one due rule", () => {
    it("keeps a thank-you due, not overdue, through interview + 7 days, and overdue from + 8", () => {
      const interviewOn = "2026-11-11"; // a Wednesday: due Thursday 12th, on time through Wednesday 18th
      const ben = contact({ name: "Ben", interviews: [{ id: "i1", status: "completed", on: interviewOn }] });
      const onTheLastDay = buildStudentAgenda([ben], "2026-11-18");
      expect(onTheLastDay.due.map((i) => [i.kind, i.dueOn, i.overdueFrom, i.interviewId])).toEqual([
        ["thank-you", "2026-11-12", "2026-11-19", "i1"],
      ]);
      expect(onTheLastDay.overdue).toEqual([]);
      expect(kinds(buildStudentAgenda([ben], "2026-11-19").overdue)).toEqual(["thank-you:Ben:2026-11-12"]);
    });

    it("never makes an outreach follow-up overdue over a weekend", () => {
      // Tuesday 10th + 3 business days = Friday 13th; overdue from Monday 16th.
      const cy = contact({
        name: "Cy",
        outreach: [{ sentOn: "2026-11-10", reply: "none", isFollowUp: false }],
      });
      expect(buildStudentAgenda([cy], "2026-11-15").due.map((i) => i.state)).toEqual(["due"]);
      expect(buildStudentAgenda([cy], "2026-11-16").overdue.map((i) => i.followUp)).toEqual(["first"]);
    });

    it("lists overdue, then due, then upcoming in items", () => {
      const agenda = buildStudentAgenda(
        [
          contact({ name: "Di", interviews: [{ status: "scheduled", on: "2026-11-20" }] }),
          contact({ name: "Ben", interviews: [{ status: "completed", on: "2026-11-02" }] }),
          contact({ name: "Cy", outreach: [{ sentOn: "2026-11-13", reply: "none", isFollowUp: false }] }),
        ],
        TODAY,
      );
      expect(agenda.items.map((i) => `${i.state}:${i.contactName}`)).toEqual([
        "overdue:Ben",
        "due:Cy",
        "upcoming:Di",
      ]);
    });
  });

  it("lists every unanswered message with the attempt to record a reply on and the next follow-up", () => {
    const agenda = buildStudentAgenda(
      [
        contact({
          name: "Cy",
          outreach: [
            {
              id: "o1",
              version: 1,
              channel: "email",
              sentOn: "2026-11-05",
              reply: "none",
              isFollowUp: false,
            },
            {
              id: "o2",
              version: 3,
              channel: "linkedin",
              sentOn: "2026-11-11",
              reply: "none",
              isFollowUp: true,
            },
          ],
        }),
        contact({
          name: "Di",
          outreach: [{ id: "o3", sentOn: "2026-11-05", reply: "replied", isFollowUp: false }],
        }),
      ],
      TODAY,
    );
    expect(agenda.awaitingReply).toHaveLength(1);
    const [cy] = agenda.awaitingReply;
    expect(cy).toMatchObject({
      contactName: "Cy",
      firstSentOn: "2026-11-05",
      followUpsSent: 1,
      latest: { id: "o2", version: 3, channel: "linkedin", sentOn: "2026-11-11" },
    });
    // Thursday 5th + 7 business days = Monday 16th: the second follow-up, overdue since Tuesday.
    expect(cy!.nextFollowUp).toMatchObject({ followUp: "second", dueOn: "2026-11-16", state: "overdue" });
  });

  it("suggests an update to everyone thanked and not written to since, and counts the evidence", () => {
    const agenda = buildStudentAgenda(
      [
        contact({
          name: "Fay",
          outreach: [{ sentOn: "2026-10-20", reply: "replied", isFollowUp: false }],
          interviews: [
            { status: "completed", on: "2026-11-02" },
            { status: "scheduled", on: "2026-11-25" },
          ],
          followUps: [{ kind: "thank_you", sentOn: "2026-11-03" }],
        }),
        contact({ name: "Gus" }),
      ],
      TODAY,
    );
    expect(agenda.updatesToSend.map((u) => [u.contactName, u.thankedOn])).toEqual([["Fay", "2026-11-03"]]);
    expect(agenda.tally).toEqual({
      contacts: 2,
      outreachSent: 1,
      interviewsCompleted: 1,
      interviewsUpcoming: 1,
      thankYousSent: 1,
    });
  });
});
