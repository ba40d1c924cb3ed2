import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { advisorComments, interviewQuestions, questions, studentProfiles } from "@/db/schema/index";
import { getContactPage } from "@/lib/data/student/contacts/contact-page";
import { getInterviewPage } from "@/lib/data/student/interviews/interview-page";
import { signInAs } from "../factories/sessions";
import {
  createContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";
import { countQueries } from "../support/query-counter";

// The contact's and the interview's pages read a fixed number of queries, whatever the student logged:
// counted on a bare record and on one with many messages, interviews, notes, referrals and questions.

const NOW = new Date("2026-03-02T12:00:00Z");

async function ownQuestions(studentId: string, count: number) {
  if (count === 0) return [];
  const rows = await getDb()
    .insert(questions)
    .values(
      Array.from({ length: count }, (_, i) => ({ studentId, category: "advice" as const, text: `Q${i}?` })),
    )
    .returning({ id: questions.id });
  return rows.map((r) => r.id);
}

/** A contact with `size` of everything: messages, interviews (each thanked), updates and referrals. */
async function busyContact(studentId: string, size: number) {
  const organization = await createOrganization(studentId, { name: "Acme" });
  const referrer = await createContact(studentId, { name: "Root" });
  const contact = await createContact(studentId, {
    name: "Dana Reyes",
    organizationId: organization.id,
    referredByContactId: referrer.id,
    keepInTouchCadence: "quarterly",
  });
  for (let i = 0; i < size; i += 1) {
    const day = `2026-01-${String(5 + i).padStart(2, "0")}`;
    await createOutreachAttempt(studentId, contact.id, { sentOn: day, isFollowUp: i > 0 });
    const interview = await createInterview(studentId, contact.id, {
      startsAt: new Date(`${day}T15:00:00Z`),
      status: "completed",
    });
    await createFollowUp(studentId, contact.id, {
      kind: "thank_you",
      interviewId: interview.id,
      sentOn: day,
    });
    await createFollowUp(studentId, contact.id, { kind: "update", sentOn: day });
    await createContact(studentId, { name: `Referral ${i}`, referredByContactId: contact.id });
  }
  return contact;
}

async function busyInterview(studentId: string, size: number) {
  const contact = await createContact(studentId, { name: "Sam Park" });
  const interview = await createInterview(studentId, contact.id, { status: "completed" });
  const ids = await ownQuestions(studentId, size);
  if (ids.length > 0) {
    await getDb()
      .insert(interviewQuestions)
      .values(ids.map((questionId, position) => ({ interviewId: interview.id, questionId, position })));
  }
  for (let i = 0; i < size; i += 1) {
    await createContact(studentId, {
      name: `Referral ${i}`,
      referredByContactId: contact.id,
      referredFromInterviewId: interview.id,
    });
  }
  if (size > 0) {
    await getDb()
      .insert(advisorComments)
      .values({ studentId, interviewId: interview.id, body: "Well prepared." });
    await createFollowUp(studentId, contact.id, {
      kind: "thank_you",
      interviewId: interview.id,
      sentOn: "2026-01-13",
    });
  }
  return interview;
}

describe("getContactPage", () => {
  it("reads the same number of queries for a new contact and for one with ten of everything", async () => {
    const student = await createUser({ role: "student" });
    await signInAs(student.id);
    const bare = await createContact(student.id);
    const busy = await busyContact(student.id, 10);

    const few = await countQueries(() => getContactPage(bare.id, NOW));
    const many = await countQueries(() => getContactPage(busy.id, NOW));
    expect(many.queries).toBe(few.queries);
    // The session and one statement.
    expect(few.queries).toBeLessThanOrEqual(2);
    // The busy one really was busy: the counts above compared something.
    expect(many.result.attempts).toHaveLength(10);
    expect(many.result.referrals).toHaveLength(10);
    expect(many.result.timeline.length).toBeGreaterThanOrEqual(30);
    expect(many.result.chain.map((c) => c.name)).toEqual(["Root", "Dana Reyes"]);
    expect(few.result.nextAction).toEqual({ kind: "write-first-message" });
  });

  it("merges the student's pitch and the contact's details into the template material", async () => {
    const student = await createUser({ role: "student", name: "Ana Diaz" });
    await signInAs(student.id);
    await getDb()
      .insert(studentProfiles)
      .values({ studentId: student.id, elevatorPitch: "I study statistics.", timeZone: "America/New_York" });
    const contact = await busyContact(student.id, 1);
    const page = await getContactPage(contact.id, NOW);
    expect(page.templates).toEqual({
      studentName: "Ana Diaz",
      contactName: "Dana Reyes",
      contactTitle: "",
      organizationName: "Acme",
      referrerName: "Root",
      source: "other",
      pitch: "I study statistics.",
    });
    expect(page.timeZone).toBe("America/New_York");
    expect(page.today).toBe("2026-03-02");
    expect(page.contact.referredBy).toMatchObject({ name: "Root" });
  });

  it("names the follow-up as the next step while a message waits, and the thank-you once they met", async () => {
    const student = await createUser({ role: "student" });
    await signInAs(student.id);
    const contact = await createContact(student.id);
    // Wednesday 25 Feb: the first follow-up falls due three business days later, on Monday 2 March.
    await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-02-25" });
    expect((await getContactPage(contact.id, NOW)).nextAction).toEqual({
      kind: "follow-up",
      dueOn: "2026-03-02",
      urgency: "due",
      last: false,
    });
    const interview = await createInterview(student.id, contact.id, {
      startsAt: new Date("2026-02-27T15:00:00Z"),
      status: "completed",
    });
    expect((await getContactPage(contact.id, NOW)).nextAction).toEqual({
      kind: "send-thank-you",
      interviewId: interview.id,
      dueOn: "2026-03-02",
      urgency: "due",
    });
  });

  it("answers another student's contact like a missing one", async () => {
    const owner = await createUser({ role: "student" });
    const theirs = await createContact(owner.id);
    const other = await createUser({ role: "student" });
    await signInAs(other.id);
    await expectNotFound(getContactPage(theirs.id));
    await expectNotFound(getContactPage(randomUUID()));
  });
});

describe("getInterviewPage", () => {
  it("reads the same number of queries with no questions or referrals and with ten of each", async () => {
    const student = await createUser({ role: "student" });
    await signInAs(student.id);
    const bare = await busyInterview(student.id, 0);
    const busy = await busyInterview(student.id, 10);

    const few = await countQueries(() => getInterviewPage(bare.id));
    const many = await countQueries(() => getInterviewPage(busy.id));
    expect(many.queries).toBe(few.queries);
    // The session and one statement.
    expect(few.queries).toBeLessThanOrEqual(2);
    expect(many.result.interview.questions.map((q) => q.text)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Q${i}?`),
    );
    expect(many.result.interview.referrals).toHaveLength(10);
    expect(many.result.interview.thankYou).toMatchObject({ sentOn: "2026-01-13" });
    expect(many.result.choices.filter((c) => !c.builtIn)).toHaveLength(10);
    expect(many.result.comments).toMatchObject([{ body: "Well prepared.", authorName: null }]);
    expect(few.result.comments).toEqual([]);
  });

  it("brings the prep sheet's material: contact, organization and pitch", async () => {
    const student = await createUser({ role: "student", name: "Ana Diaz" });
    await signInAs(student.id);
    await getDb()
      .insert(studentProfiles)
      .values({ studentId: student.id, elevatorPitch: "I study statistics.", timeZone: "Europe/Berlin" });
    const organization = await createOrganization(student.id, {
      name: "Acme",
      industry: "Analytics",
      website: "https://acme.example",
    });
    const contact = await createContact(student.id, {
      name: "Dana Reyes",
      title: "Analyst",
      email: "dana@acme.example",
      organizationId: organization.id,
    });
    const interview = await createInterview(student.id, contact.id);
    const page = await getInterviewPage(interview.id);
    expect(page).toMatchObject({
      pitch: "I study statistics.",
      studentName: "Ana Diaz",
      timeZone: "Europe/Berlin",
      contact: { title: "Analyst", email: "dana@acme.example", phone: null },
      organization: {
        id: organization.id,
        name: "Acme",
        industry: "Analytics",
        website: "https://acme.example",
      },
      interview: { contactName: "Dana Reyes", organizationName: "Acme", questions: [], thankYou: null },
    });
  });

  it("answers another student's interview like a missing one", async () => {
    const owner = await createUser({ role: "student" });
    const contact = await createContact(owner.id);
    const theirs = await createInterview(owner.id, contact.id);
    const other = await createUser({ role: "student" });
    await signInAs(other.id);
    await expectNotFound(getInterviewPage(theirs.id));
  });
});
