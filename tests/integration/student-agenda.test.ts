import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { studentProfiles } from "@/db/schema/index";
import { getMyAgenda } from "@/lib/data/student/home/agenda";
import { signInAs } from "../factories/sessions";
import {
  createContact,
  createFollowUp,
  createInterview,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

const NOW = new Date("2026-11-18T15:00:00Z"); // Wednesday, 10:00 in New York

async function studentIn(timeZone: string) {
  const student = await createUser({ role: "student" });
  await getDb().insert(studentProfiles).values({ studentId: student.id, timeZone });
  return student;
}

describe("getMyAgenda", () => {
  it("shows the signed-in student's due work and pipeline, never another student's", async () => {
    const me = await studentIn("America/New_York");
    const other = await studentIn("America/New_York");
    const ben = await createContact(me.id, { name: "Ben Okafor" });
    await createInterview(me.id, ben.id, { status: "completed", startsAt: new Date("2026-11-09T15:00:00Z") });
    const cy = await createContact(me.id, { name: "Cy Park" });
    await createOutreachAttempt(me.id, cy.id, { sentOn: "2026-11-13", channel: "email" });
    const theirs = await createContact(other.id, { name: "Not Mine" });
    await createInterview(other.id, theirs.id, {
      status: "completed",
      startsAt: new Date("2026-11-01T15:00:00Z"),
    });

    await signInAs(me.id);
    const agenda = await getMyAgenda(NOW);
    expect(agenda.asOf).toBe("2026-11-18");
    expect(agenda.overdue.map((i) => [i.kind, i.contactName])).toEqual([["thank-you", "Ben Okafor"]]);
    expect(agenda.due.map((i) => [i.kind, i.contactName])).toEqual([["outreach-follow-up", "Cy Park"]]);
    const everyone = agenda.pipeline.flatMap((column) => column.contacts.map((c) => c.name));
    expect(everyone.sort()).toEqual(["Ben Okafor", "Cy Park"]);
  });

  it("judges days in the student's time zone", async () => {
    // 03:00 UTC on the 19th is still the evening of the 18th in New York: the interview is today there.
    const me = await studentIn("America/New_York");
    const dana = await createContact(me.id, { name: "Dana Reyes" });
    await createInterview(me.id, dana.id, {
      status: "scheduled",
      startsAt: new Date("2026-11-19T03:00:00Z"),
    });
    await signInAs(me.id);
    expect((await getMyAgenda(NOW)).due.map((i) => i.kind)).toEqual(["interview"]);

    const tokyo = await studentIn("Asia/Tokyo");
    const eli = await createContact(tokyo.id, { name: "Eli Sato" });
    await createInterview(tokyo.id, eli.id, {
      status: "scheduled",
      startsAt: new Date("2026-11-19T03:00:00Z"),
    });
    await signInAs(tokyo.id);
    const agenda = await getMyAgenda(NOW);
    expect(agenda.asOf).toBe("2026-11-19");
    expect(agenda.due.map((i) => i.kind)).toEqual(["interview"]);
  });

  it("clears a thank-you once it is logged", async () => {
    const me = await studentIn("UTC");
    const fay = await createContact(me.id, { name: "Fay" });
    const interview = await createInterview(me.id, fay.id, {
      status: "completed",
      startsAt: new Date("2026-11-16T15:00:00Z"),
    });
    await signInAs(me.id);
    expect((await getMyAgenda(NOW)).due.map((i) => i.kind)).toEqual(["thank-you"]);
    await createFollowUp(me.id, fay.id, {
      kind: "thank_you",
      interviewId: interview.id,
      sentOn: "2026-11-17",
    });
    const after = await getMyAgenda(NOW);
    expect(after.items).toEqual([]);
    expect(after.pipeline.find((c) => c.stage === "thanked")?.contacts.map((c) => c.name)).toEqual(["Fay"]);
  });

  it.each(["advisor", "admin"] as const)("is a 404 for an %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(getMyAgenda(NOW));
  });
});
