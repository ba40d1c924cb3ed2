import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, outcomeContacts, outcomes } from "@/db/schema/index";
import { recordOutcomeForStudent } from "@/lib/data/advisor/students/outcomes";
import { getAdvisorStudentView } from "@/lib/data/advisor/students/student-view";
import {
  createOutcome,
  deleteOutcome,
  listMyOutcomeChoices,
  listMyOutcomes,
  updateOutcome,
} from "@/lib/data/student/outcomes/outcomes";
import type { OutcomeInput } from "@/lib/validation/outcome";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { resetRequest } from "../setup/next-request";
import { expectNotFound } from "../support/next-errors";

const SECRET_NOTE = "SECRET-outcome-note-3c7d";

function input(overrides: Partial<OutcomeInput> = {}): OutcomeInput {
  return {
    kind: "internship",
    title: "Summer internship at Riverside Health",
    occurredOn: "2026-03-02",
    note: "",
    notePrivate: false,
    contactIds: [],
    interviewIds: [],
    ...overrides,
  };
}

async function arrange() {
  const student = await createUser({ role: "student", name: "Olu Outcome" });
  const other = await createUser({ role: "student" });
  const advisor = await createUser({ role: "advisor", name: "Ada Advisor" });
  const outsideAdvisor = await createUser({ role: "advisor" });
  const cohort = await createCohort();
  const otherCohort = await createCohort();
  await enrolStudent(cohort.id, student.id);
  await assignAdvisor(cohort.id, advisor.id);
  await enrolStudent(otherCohort.id, other.id);
  await assignAdvisor(otherCohort.id, outsideAdvisor.id);
  const contact = await createContact(student.id, { name: "Dana Referrer" });
  const interview = await createInterview(student.id, contact.id, { status: "completed" });
  const othersContact = await createContact(other.id);
  return { student, other, advisor, outsideAdvisor, cohort, contact, interview, othersContact };
}

describe("a student's outcomes", () => {
  it("records one with the contacts and interviews behind it, once per form key", async () => {
    const w = await arrange();
    await signInAs(w.student.id);
    const creationKey = randomUUID();
    const linked = input({ contactIds: [w.contact.id], interviewIds: [w.interview.id] });
    const [first, twin] = await Promise.all([
      createOutcome({ ...linked, creationKey }),
      createOutcome({ ...linked, creationKey }),
    ]);
    expect(twin.id).toBe(first.id);
    const mine = await listMyOutcomes();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      title: "Summer internship at Riverside Health",
      kind: "internship",
      occurredOn: "2026-03-02",
      recordedByOther: null,
      contacts: [{ id: w.contact.id, label: "Dana Referrer" }],
    });
    expect(mine[0]!.interviews.map((i) => i.id)).toEqual([w.interview.id]);
    const choices = await listMyOutcomeChoices();
    expect(choices.contacts.map((c) => c.id)).toContain(w.contact.id);
    expect(choices.interviews.map((i) => i.id)).toEqual([w.interview.id]);
  });

  it("answers another student's contact like a missing one and saves nothing", async () => {
    const w = await arrange();
    await signInAs(w.student.id);
    await expectNotFound(
      createOutcome({ ...input({ contactIds: [w.othersContact.id] }), creationKey: randomUUID() }),
    );
    expect(await getDb().select().from(outcomes).where(eq(outcomes.studentId, w.student.id))).toEqual([]);
  });

  it("edits with the version it was opened at, replacing the links; a stale edit saves nothing", async () => {
    const w = await arrange();
    await signInAs(w.student.id);
    const { id } = await createOutcome({
      ...input({ contactIds: [w.contact.id] }),
      creationKey: randomUUID(),
    });
    const saved = await updateOutcome({ ...input({ title: "Offer", kind: "job_offer" }), id, version: 1 });
    expect(saved).toMatchObject({ status: "saved", version: 2 });
    expect(await updateOutcome({ ...input({ title: "Lost edit" }), id, version: 1 })).toEqual({
      status: "stale",
    });
    const [row] = await listMyOutcomes();
    expect(row).toMatchObject({ title: "Offer", kind: "job_offer", contacts: [] });
    expect(await getDb().select().from(outcomeContacts).where(eq(outcomeContacts.outcomeId, id))).toEqual([]);
  });

  it("keeps another student out: their outcome can't be edited or deleted, and isn't listed", async () => {
    const w = await arrange();
    await signInAs(w.student.id);
    const { id } = await createOutcome({ ...input(), creationKey: randomUUID() });
    resetRequest();
    await signInAs(w.other.id);
    expect(await listMyOutcomes()).toEqual([]);
    await expectNotFound(updateOutcome({ ...input(), id, version: 1 }));
    await expectNotFound(deleteOutcome(id));
    resetRequest();
    await signInAs(w.student.id);
    await deleteOutcome(id);
    expect(await listMyOutcomes()).toEqual([]);
    // Deleting the outcome leaves the contact it cited.
    expect((await listMyOutcomeChoices()).contacts.map((c) => c.id)).toContain(w.contact.id);
  });

  it("refuses a link to another student's contact even written past lib/data (composite key)", async () => {
    const w = await arrange();
    const [row] = await getDb()
      .insert(outcomes)
      .values({ studentId: w.student.id, kind: "other", title: "x", occurredOn: "2026-01-01" })
      .returning({ id: outcomes.id });
    await expect(
      getDb()
        .insert(outcomeContacts)
        .values({ outcomeId: row!.id, contactId: w.othersContact.id, studentId: w.student.id }),
    ).rejects.toThrow();
  });
});

describe("outcomes on the advisor's side", () => {
  it("shows the student's outcomes on the student page, a private note blanked", async () => {
    const w = await arrange();
    await signInAs(w.student.id);
    await createOutcome({
      ...input({ note: SECRET_NOTE, notePrivate: true, contactIds: [w.contact.id] }),
      creationKey: randomUUID(),
    });
    resetRequest();
    await signInAs(w.advisor.id);
    const view = await getAdvisorStudentView(w.student.id);
    expect(view.outcomes).toHaveLength(1);
    expect(view.outcomes[0]).toMatchObject({ title: "Summer internship at Riverside Health", note: "" });
    expect(JSON.stringify(view).includes(SECRET_NOTE)).toBe(false);
  });

  it("lets the advisor record one for their student, audited, and the student sees who recorded it", async () => {
    const w = await arrange();
    await signInAs(w.advisor.id);
    const { id } = await recordOutcomeForStudent(w.student.id, {
      ...input({ kind: "shadowing", title: "A day at the clinic", interviewIds: [w.interview.id] }),
      creationKey: randomUUID(),
    });
    const audit = await getDb()
      .select({ action: auditEvents.action, basis: auditEvents.basisCohortId })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, w.advisor.id), eq(auditEvents.action, "outcome.record")));
    expect(audit).toEqual([{ action: "outcome.record", basis: w.cohort.id }]);
    resetRequest();
    await signInAs(w.student.id);
    const [mine] = await listMyOutcomes();
    expect(mine).toMatchObject({ id, kind: "shadowing", recordedByOther: "Ada Advisor" });
  });

  it("answers an advisor of another cohort like a missing student, and saves nothing", async () => {
    const w = await arrange();
    await signInAs(w.outsideAdvisor.id);
    await expectNotFound(recordOutcomeForStudent(w.student.id, { ...input(), creationKey: randomUUID() }));
    expect(await getDb().select().from(outcomes).where(eq(outcomes.studentId, w.student.id))).toEqual([]);
  });

  it("answers an advisor citing another student's interview like a missing record", async () => {
    const w = await arrange();
    const othersInterview = await createInterview(w.other.id, w.othersContact.id);
    await signInAs(w.advisor.id);
    await expectNotFound(
      recordOutcomeForStudent(w.student.id, {
        ...input({ interviewIds: [othersInterview.id] }),
        creationKey: randomUUID(),
      }),
    );
  });
});
