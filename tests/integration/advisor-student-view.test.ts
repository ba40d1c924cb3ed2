import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  auditEvents,
  cohortAdvisors,
  cohortGoals,
  cohorts,
  interviewQuestions,
  questions,
} from "@/db/schema/index";
import { getAdvisorInterview } from "@/lib/data/advisor/students/student-interview";
import { getAdvisorStudentView } from "@/lib/data/advisor/students/student-view";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
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

const NOW = new Date("2026-02-01T12:00:00Z");

// Text that must never leave the database for an advisor: each string is unique to this file.
const SECRETS = {
  contactEmail: "dana.private-address@contact.example",
  contactPhone: "+1 555 0199 4242",
  contactNote: "SECRET-contact-note-7f3a",
  privateInterviewNotes: "SECRET-interview-notes-91c2",
  privateTakeaways: "SECRET-takeaways-4be8",
  privateAnswer: "SECRET-answer-notes-0d17",
  privateThankYouNote: "SECRET-thank-you-note-6a55",
  privateUpdateNote: "SECRET-update-note-2e90",
  publicContactNote: "contact-note-not-in-this-view-55b1",
};

async function question(studentId: string, text: string) {
  const [row] = await getDb()
    .insert(questions)
    .values({ studentId, category: "advice", text })
    .returning({ id: questions.id });
  return row!.id;
}

/** An advisor assigned to a running cohort with one student who has logged a little of everything. */
async function arrange() {
  const advisor = await createUser({ role: "advisor", name: "Avery Advisor" });
  const student = await createUser({ role: "student", name: "Sasha Student" });
  const cohort = await createCohort({ name: "Spring Careers", term: "Spring 2026" });
  await assignAdvisor(cohort.id, advisor.id);
  await enrolStudent(cohort.id, student.id);
  await getDb()
    .insert(cohortGoals)
    .values([
      { cohortId: cohort.id, metric: "interviews_completed", target: 3, dueOn: "2026-03-01" },
      { cohortId: cohort.id, metric: "thank_you_within_days", target: 2, dueOn: null },
    ]);

  const org = await createOrganization(student.id, { name: "Acme Labs" });
  const dana = await createContact(student.id, {
    name: "Dana Lee",
    title: "Staff Engineer",
    organizationId: org.id,
    email: SECRETS.contactEmail,
    phone: SECRETS.contactPhone,
    notes: SECRETS.contactNote,
    notesPrivate: true,
  });
  const sam = await createContact(student.id, {
    name: "Sam Park",
    title: "Designer",
    email: "sam.other@contact.example",
    notes: SECRETS.publicContactNote,
  });
  const kim = await createContact(student.id, { name: "Kim Identified" });

  await createOutreachAttempt(student.id, dana.id, {
    sentOn: "2026-01-05",
    reply: "replied",
    message: "Hello Dana, I found you through the alumni network.",
  });
  const privateInterview = await createInterview(student.id, dana.id, {
    startsAt: new Date("2026-01-12T15:00:00Z"),
    status: "completed",
    notes: SECRETS.privateInterviewNotes,
    takeaways: SECRETS.privateTakeaways,
    notesPrivate: true,
    permissionToUseName: true,
  });
  const publicInterview = await createInterview(student.id, sam.id, {
    startsAt: new Date("2026-01-20T15:00:00Z"),
    status: "completed",
    notes: "Talked about design systems.",
    takeaways: "Build a portfolio piece.",
  });
  const [q1, q2] = [
    await question(student.id, "What does a typical week look like?"),
    await question(student.id, "What would you do in my place?"),
  ];
  await getDb()
    .insert(interviewQuestions)
    .values([
      { interviewId: privateInterview.id, questionId: q2, position: 0, answerNotes: SECRETS.privateAnswer },
      { interviewId: privateInterview.id, questionId: q1, position: 1, answerNotes: SECRETS.privateAnswer },
      { interviewId: publicInterview.id, questionId: q1, position: 0, answerNotes: "Mostly meetings." },
    ]);
  await createFollowUp(student.id, dana.id, {
    kind: "thank_you",
    interviewId: privateInterview.id,
    sentOn: "2026-01-13",
    note: SECRETS.privateThankYouNote,
    notePrivate: true,
  });
  await createFollowUp(student.id, sam.id, {
    kind: "update",
    sentOn: "2026-01-25",
    note: SECRETS.privateUpdateNote,
    notePrivate: true,
  });
  await createFollowUp(student.id, sam.id, {
    kind: "touch",
    sentOn: "2026-01-26",
    note: "Sent the article we discussed.",
  });
  return { advisor, student, cohort, dana, sam, kim, privateInterview, publicInterview };
}

function auditRowsAbout(studentId: string) {
  return getDb()
    .select({
      actorId: auditEvents.actorId,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      subjectUserId: auditEvents.subjectUserId,
      basisCohortId: auditEvents.basisCohortId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .where(eq(auditEvents.subjectUserId, studentId));
}

function expectNoSecrets(data: unknown) {
  const json = JSON.stringify(data);
  for (const [name, secret] of Object.entries(SECRETS)) {
    expect(json.includes(secret), `${name} leaked`).toBe(false);
  }
}

/** The digest a rejected call carried, so two refusals can be compared. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string; message?: string },
  );
  expect(error, "expected the call to be refused").not.toBeNull();
  return { digest: error!.digest, message: error!.message };
}

describe("the advisor's student page", () => {
  it("shows the assigned advisor the pipeline, goals, interviews and timeline", async () => {
    const { advisor, student, cohort, dana, sam, kim, privateInterview, publicInterview } = await arrange();
    await signInAs(advisor.id);
    const view = await getAdvisorStudentView(student.id, NOW);

    expect(view.student).toEqual({ id: student.id, name: "Sasha Student", email: student.email });
    expect(view.cohort).toEqual({ id: cohort.id, name: "Spring Careers", term: "Spring 2026" });
    const stageOf = (id: string) => view.pipeline.find((c) => c.contacts.some((p) => p.id === id))?.stage;
    expect(stageOf(dana.id)).toBe("thanked");
    // Updates and touches are not a thank-you: Sam still waits for one.
    expect(stageOf(sam.id)).toBe("interviewed");
    expect(stageOf(kim.id)).toBe("identified");
    expect(view.pipeline.find((c) => c.stage === "thanked")?.contacts).toEqual([
      { id: dana.id, name: "Dana Lee", title: "Staff Engineer", organizationName: "Acme Labs" },
    ]);

    expect(view.goals.map((g) => [g.label, g.progressText, g.state])).toEqual([
      ["3 interviews completed by 1 Mar 2026", "2 of 3 interviews completed", "in-progress"],
      ["Thank-you sent within 2 days of each interview", "1 of 2 thank-yous within 2 days", "not-met"],
    ]);

    expect(view.interviews.map((i) => [i.id, i.contactName, i.organizationName])).toEqual([
      [publicInterview.id, "Sam Park", null],
      [privateInterview.id, "Dana Lee", "Acme Labs"],
    ]);

    expect(view.timeline.map((t) => [t.kind, t.date, t.contactName])).toEqual([
      ["follow-up", "2026-01-26", "Sam Park"],
      ["follow-up", "2026-01-25", "Sam Park"],
      ["interview", "2026-01-20", "Sam Park"],
      ["follow-up", "2026-01-13", "Dana Lee"],
      ["interview", "2026-01-12", "Dana Lee"],
      ["outreach", "2026-01-05", "Dana Lee"],
    ]);
    // Public text is shown; private text is blank.
    expect(view.timeline.map((t) => t.text)).toEqual([
      "Sent the article we discussed.",
      "",
      "Build a portfolio piece.",
      "",
      "",
      "Hello Dana, I found you through the alumni network.",
    ]);
    expect(view.timelineHasMore).toBe(false);
    expect(view.comments).toEqual([]);
  });

  it("never returns a private note, a contact's email or phone, or contact notes", async () => {
    const { advisor, student, privateInterview, publicInterview } = await arrange();
    await signInAs(advisor.id);
    expectNoSecrets(await getAdvisorStudentView(student.id, NOW));
    expectNoSecrets(await getAdvisorInterview(student.id, privateInterview.id, NOW));
    expectNoSecrets(await getAdvisorInterview(student.id, publicInterview.id, NOW));
  });

  it("writes exactly one audit row per view: actor, role, subject, action and basis cohort", async () => {
    const { advisor, student, cohort } = await arrange();
    await signInAs(advisor.id);
    await getAdvisorStudentView(student.id, NOW);
    expect(await auditRowsAbout(student.id)).toEqual([
      {
        actorId: advisor.id,
        actorRole: "advisor",
        action: "student.view",
        subjectUserId: student.id,
        basisCohortId: cohort.id,
        details: null,
      },
    ]);
  });

  it("reads with the same number of queries however much the student has logged", async () => {
    const { advisor, student, cohort } = await arrange();
    const newcomer = await createUser({ role: "student" });
    await enrolStudent(cohort.id, newcomer.id);
    for (let i = 0; i < 8; i++) {
      const contact = await createContact(student.id);
      await createOutreachAttempt(student.id, contact.id);
      await createInterview(student.id, contact.id, { status: "completed" });
    }
    await signInAs(advisor.id);
    const forNothing = (await countQueries(() => getAdvisorStudentView(newcomer.id, NOW))).queries;
    const forMuch = (await countQueries(() => getAdvisorStudentView(student.id, NOW))).queries;
    expect(forMuch).toBe(forNothing);
    // 12 before the page showed steps 1 and 3 and outcomes (one query each, plus organizations).
    expect(forNothing).toBeLessThanOrEqual(15);
  });

  it("shows the stages and goals empty for a student who has logged nothing", async () => {
    const advisor = await createUser({ role: "advisor" });
    const student = await createUser({ role: "student" });
    const cohort = await createCohort();
    await assignAdvisor(cohort.id, advisor.id);
    await enrolStudent(cohort.id, student.id);
    await signInAs(advisor.id);
    const view = await getAdvisorStudentView(student.id, NOW);
    expect(view.pipeline.every((column) => column.contacts.length === 0)).toBe(true);
    expect([view.goals, view.interviews, view.timeline, view.comments]).toEqual([[], [], [], []]);
  });
});

describe("one interview, read by the advisor", () => {
  it("shows the questions in order with answers, takeaways, permission and the thank-you", async () => {
    const { advisor, student, publicInterview } = await arrange();
    await signInAs(advisor.id);
    const detail = await getAdvisorInterview(student.id, publicInterview.id, NOW);
    expect(detail).toMatchObject({
      id: publicInterview.id,
      contactName: "Sam Park",
      organizationName: null,
      format: "video",
      status: "completed",
      notesPrivate: false,
      notes: "Talked about design systems.",
      takeaways: "Build a portfolio piece.",
      permissionToUseName: null,
      thankYou: null,
      student: { id: student.id, name: "Sasha Student" },
    });
    expect(detail.thankYouStatus.state).toBe("overdue");
    expect(detail.questions.map((q) => [q.text, q.answerNotes])).toEqual([
      ["What does a typical week look like?", "Mostly meetings."],
    ]);
  });

  it("hides all of a private interview's text, keeps its questions and facts", async () => {
    const { advisor, student, privateInterview } = await arrange();
    await signInAs(advisor.id);
    const detail = await getAdvisorInterview(student.id, privateInterview.id, NOW);
    expect(detail).toMatchObject({
      notesPrivate: true,
      notes: "",
      takeaways: "",
      permissionToUseName: true,
      thankYou: { sentOn: "2026-01-13", channel: "email" },
      thankYouStatus: { state: "sent-on-time" },
    });
    expect(detail.questions.map((q) => [q.text, q.answerNotes])).toEqual([
      ["What would you do in my place?", ""],
      ["What does a typical week look like?", ""],
    ]);
  });

  it("writes one audit row naming the interview", async () => {
    const { advisor, student, cohort, publicInterview } = await arrange();
    await signInAs(advisor.id);
    await getAdvisorInterview(student.id, publicInterview.id, NOW);
    expect(await auditRowsAbout(student.id)).toEqual([
      {
        actorId: advisor.id,
        actorRole: "advisor",
        action: "interview.view",
        subjectUserId: student.id,
        basisCohortId: cohort.id,
        details: { interviewId: publicInterview.id },
      },
    ]);
  });

  it("answers another student's interview exactly like a missing one", async () => {
    const { advisor, student, cohort } = await arrange();
    const classmate = await createUser({ role: "student" });
    await enrolStudent(cohort.id, classmate.id);
    const theirContact = await createContact(classmate.id);
    const theirInterview = await createInterview(classmate.id, theirContact.id);
    await signInAs(advisor.id);

    const missing = await refusal(getAdvisorInterview(student.id, randomUUID(), NOW));
    expect(await refusal(getAdvisorInterview(student.id, theirInterview.id, NOW))).toEqual(missing);
    await expectNotFound(getAdvisorInterview(student.id, theirInterview.id, NOW));
  });
});

describe("who may not see the student page", () => {
  type Case = { who: string; setup: (a: Awaited<ReturnType<typeof arrange>>) => Promise<string> };
  const cases: Case[] = [
    {
      who: "an advisor not assigned to the cohort",
      setup: async () => (await createUser({ role: "advisor" })).id,
    },
    {
      who: "the advisor after being unassigned",
      setup: async ({ advisor, cohort }) => {
        await getDb()
          .delete(cohortAdvisors)
          .where(and(eq(cohortAdvisors.cohortId, cohort.id), eq(cohortAdvisors.advisorId, advisor.id)));
        return advisor.id;
      },
    },
    {
      who: "the advisor once the cohort is archived",
      setup: async ({ advisor, cohort }) => {
        await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, cohort.id));
        return advisor.id;
      },
    },
    { who: "the student themself", setup: async ({ student }) => student.id },
    { who: "another student", setup: async () => (await createUser({ role: "student" })).id },
    { who: "an admin", setup: async () => (await createUser({ role: "admin" })).id },
  ];

  it.each(cases)("refuses $who exactly like an unknown student, and audits nothing", async ({ setup }) => {
    const arranged = await arrange();
    // The baseline: the assigned advisor asking for a student id that does not exist.
    await signInAs(arranged.advisor.id);
    const missing = await refusal(getAdvisorStudentView(randomUUID(), NOW));
    const missingInterview = await refusal(getAdvisorInterview(randomUUID(), randomUUID(), NOW));

    await signInAs(await setup(arranged));
    await expectNotFound(getAdvisorStudentView(arranged.student.id, NOW));
    expect(await refusal(getAdvisorStudentView(arranged.student.id, NOW))).toEqual(missing);
    expect(await refusal(getAdvisorInterview(arranged.student.id, arranged.publicInterview.id, NOW))).toEqual(
      missingInterview,
    );
    expect(await auditRowsAbout(arranged.student.id)).toEqual([]);
  });

  it("answers an unknown student id with a 404", async () => {
    const advisor = await createUser({ role: "advisor" });
    await signInAs(advisor.id);
    await expectNotFound(getAdvisorStudentView(randomUUID(), NOW));
  });
});
