import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { followUps } from "@/db/schema/index";
import { logFollowUp, recordThankYou } from "@/lib/data/student/contacts/follow-ups";
import { getMyInterview } from "@/lib/data/student/interviews/interviews";
import { createContact, createInterview } from "../factories/student-records";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

const THANKS = { sentOn: "2026-01-13", channel: "email" as const, note: "Thank you!", notePrivate: false };

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

/** A completed interview on 12 January 2026 (10:00 in New York). */
async function completedInterview(studentId: string) {
  const contact = await createContact(studentId);
  const interview = await createInterview(studentId, contact.id, { status: "completed" });
  return { contact, interview };
}

describe("thank-you notes", () => {
  it("are recorded once per completed interview and shown with it", async () => {
    const student = await signedInStudent();
    const { contact, interview } = await completedInterview(student.id);
    const result = await recordThankYou(interview.id, { ...THANKS, notePrivate: true });
    expect(result.status).toBe("created");
    expect(await recordThankYou(interview.id, { ...THANKS, sentOn: "2026-01-14" })).toEqual({
      status: "duplicate",
    });
    const [row] = await getDb().select().from(followUps).where(eq(followUps.interviewId, interview.id));
    expect(row).toMatchObject({
      kind: "thank_you",
      contactId: contact.id,
      sentOn: "2026-01-13",
      notePrivate: true,
    });
    expect((await getMyInterview(interview.id)).thankYou).toMatchObject({
      sentOn: "2026-01-13",
      channel: "email",
      note: "Thank you!",
    });
  });

  it("answer a double-submitted form with the first record, not a duplicate", async () => {
    const student = await signedInStudent();
    const { interview } = await completedInterview(student.id);
    const creationKey = randomUUID();
    const results = await Promise.all([
      recordThankYou(interview.id, { ...THANKS, creationKey }),
      recordThankYou(interview.id, { ...THANKS, creationKey }),
    ]);
    expect(results.every((r) => r.status === "created")).toBe(true);
    expect(new Set(results.map((r) => (r.status === "created" ? r.id : null))).size).toBe(1);
  });

  it("wait until the interview is completed, and are not dated before it", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    for (const status of ["scheduled", "cancelled", "no_show"] as const) {
      const interview = await createInterview(student.id, contact.id, { status });
      expect(await recordThankYou(interview.id, THANKS)).toMatchObject({ status: "invalid", field: "form" });
    }
    const { interview } = await completedInterview(student.id);
    expect(await recordThankYou(interview.id, { ...THANKS, sentOn: "2026-01-11" })).toMatchObject({
      status: "invalid",
      field: "sentOn",
    });
    expect((await recordThankYou(interview.id, { ...THANKS, sentOn: "2026-01-12" })).status).toBe("created");
  });

  it("are not another student's to record", async () => {
    const owner = await createUser({ role: "student" });
    const { interview } = await completedInterview(owner.id);
    await signedInStudent();
    await expectNotFound(recordThankYou(interview.id, THANKS));
    await expectNotFound(recordThankYou(randomUUID(), THANKS));
    const rows = await getDb().select().from(followUps).where(eq(followUps.interviewId, interview.id));
    expect(rows).toEqual([]);
  });
});

describe("follow-ups", () => {
  it("log updates and keep-in-touch notes for a contact, once per form", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const creationKey = randomUUID();
    const input = { ...THANKS, kind: "update" as const, note: "I took your advice", creationKey };
    const [first, second] = await Promise.all([
      logFollowUp(contact.id, input),
      logFollowUp(contact.id, input),
    ]);
    expect(second.id).toBe(first.id);
    await logFollowUp(contact.id, { ...input, kind: "touch", creationKey: randomUUID() });
    const rows = await getDb().select().from(followUps).where(eq(followUps.contactId, contact.id));
    expect(rows.map((r) => r.kind).sort()).toEqual(["touch", "update"]);
    expect(rows.every((r) => r.studentId === student.id && r.interviewId === null)).toBe(true);
  });

  it("are not logged against another student's contact", async () => {
    const owner = await createUser({ role: "student" });
    const theirs = await createContact(owner.id);
    await signedInStudent();
    const input = { ...THANKS, kind: "touch" as const, creationKey: randomUUID() };
    await expectNotFound(logFollowUp(theirs.id, input));
    await expectNotFound(logFollowUp(randomUUID(), input));
    expect(await getDb().select().from(followUps).where(eq(followUps.contactId, theirs.id))).toEqual([]);
  });

  it.each(["advisor", "admin"] as const)("are not a %s's to write", async (role) => {
    const owner = await createUser({ role: "student" });
    const { contact, interview } = await completedInterview(owner.id);
    await signInAs((await createUser({ role })).id);
    await expectNotFound(recordThankYou(interview.id, THANKS));
    await expectNotFound(logFollowUp(contact.id, { ...THANKS, kind: "touch", creationKey: randomUUID() }));
  });
});
