import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  deleteOutreachAction,
  logOutreachAction,
  logTouchAction,
  recordReplyAction,
} from "@/app/(student)/contacts/actions";
import { getDb } from "@/db/client";
import { followUps, outreachAttempts, studentProfiles } from "@/db/schema/index";
import {
  deleteOutreach,
  getOutreachPanel,
  logOutreach,
  recordReply,
} from "@/lib/data/student/contacts/outreach";
import { addBusinessDays } from "@/lib/domain/business-days";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { initialActionState } from "@/lib/validation/action-state";
import { latestSendableDay, logOutreachSchema, type LogOutreachInput } from "@/lib/validation/outreach";
import { signInAs } from "../factories/sessions";
import { createContact, createOrganization, createOutreachAttempt } from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

async function signedInStudent(name = "Ana Diaz") {
  const student = await createUser({ role: "student", name });
  await signInAs(student.id);
  return student;
}

/** What the form would post, parsed by the shared schema: the data layer only ever sees parsed input. */
function attempt(fields: Record<string, string> = {}): LogOutreachInput {
  const { contactId: _contactId, ...parsed } = logOutreachSchema.parse({
    contactId: "x",
    sentOn: "2026-01-05",
    channel: "email",
    message: "Hello",
    creationKey: randomUUID(),
    ...fields,
  });
  return parsed;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function readRow(id: string) {
  const [row] = await getDb().select().from(outreachAttempts).where(eq(outreachAttempts.id, id));
  return row;
}

describe("logOutreach", () => {
  it("logs an attempt with only the allowed columns", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const { id } = await logOutreach(
      contact.id,
      attempt({ sentOn: "2026-01-06", channel: "linkedin", message: "Hi!", isFollowUp: "on" }),
    );
    expect(await readRow(id)).toMatchObject({
      studentId: student.id,
      contactId: contact.id,
      sentOn: "2026-01-06",
      channel: "linkedin",
      message: "Hi!",
      isFollowUp: true,
      reply: "none",
      repliedOn: null,
      version: 1,
    });
  });

  it("creates one record for a double-submitted form (same creation key)", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const input = attempt();
    const [a, b] = await Promise.all([logOutreach(contact.id, input), logOutreach(contact.id, input)]);
    expect(a.id).toBe(b.id);
    expect((await logOutreach(contact.id, input)).id).toBe(a.id);
    const rows = await getDb()
      .select()
      .from(outreachAttempts)
      .where(eq(outreachAttempts.contactId, contact.id));
    expect(rows).toHaveLength(1);
  });

  it("answers 404 for another student's contact, and writes nothing", async () => {
    const other = await createUser();
    const theirs = await createContact(other.id);
    await signedInStudent();
    await expectNotFound(logOutreach(theirs.id, attempt()));
    await expectNotFound(logOutreach(randomUUID(), attempt()));
    const rows = await getDb()
      .select()
      .from(outreachAttempts)
      .where(eq(outreachAttempts.contactId, theirs.id));
    expect(rows).toEqual([]);
  });
});

describe("the outreach schema", () => {
  it("accepts tomorrow in UTC but not a later date", () => {
    const ok = logOutreachSchema.safeParse({
      contactId: "x",
      sentOn: latestSendableDay(),
      channel: "email",
      creationKey: randomUUID(),
    });
    expect(ok.success).toBe(true);
    const later = logOutreachSchema.safeParse({
      contactId: "x",
      sentOn: addBusinessDays(latestSendableDay(), 2),
      channel: "email",
      creationKey: randomUUID(),
    });
    expect(later.success).toBe(false);
  });
});

describe("recordReply", () => {
  it("records a reply and its date, moving the version on", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-05" });
    const result = await recordReply(sent.id, { reply: "replied", repliedOn: "2026-01-07", version: 1 });
    expect(result).toEqual({ status: "saved", id: sent.id, version: 2 });
    expect(await readRow(sent.id)).toMatchObject({ reply: "replied", repliedOn: "2026-01-07", version: 2 });
    // "No reply yet" clears the date again.
    await recordReply(sent.id, { reply: "none", repliedOn: "2026-01-07", version: 2 });
    expect(await readRow(sent.id)).toMatchObject({ reply: "none", repliedOn: null, version: 3 });
  });

  it("refuses a stale version without writing", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id);
    await recordReply(sent.id, { reply: "declined", repliedOn: "2026-01-06", version: 1 });
    expect(await recordReply(sent.id, { reply: "replied", repliedOn: "2026-01-08", version: 1 })).toEqual({
      status: "stale",
    });
    expect(await readRow(sent.id)).toMatchObject({ reply: "declined", repliedOn: "2026-01-06" });
  });

  it("refuses an answer dated before the message, as a field error", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-05" });
    expect(await recordReply(sent.id, { reply: "replied", repliedOn: "2026-01-04", version: 1 })).toEqual({
      status: "invalid",
      field: "repliedOn",
      message: expect.stringContaining("2026-01-05"),
    });
    expect(await readRow(sent.id)).toMatchObject({ reply: "none", version: 1 });
  });

  it("answers 404 for another student's attempt", async () => {
    const other = await createUser();
    const theirs = await createOutreachAttempt(other.id, (await createContact(other.id)).id);
    await signedInStudent();
    await expectNotFound(recordReply(theirs.id, { reply: "replied", repliedOn: "2026-01-06", version: 1 }));
    expect(await readRow(theirs.id)).toMatchObject({ reply: "none", version: 1 });
  });
});

describe("deleteOutreach", () => {
  it("deletes the student's own attempt and says whose it was", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id);
    expect(await deleteOutreach(sent.id)).toEqual({ contactId: contact.id });
    expect(await readRow(sent.id)).toBeUndefined();
    await expectNotFound(deleteOutreach(sent.id));
  });

  it("answers 404 for another student's attempt and keeps it", async () => {
    const other = await createUser();
    const theirs = await createOutreachAttempt(other.id, (await createContact(other.id)).id);
    await signedInStudent();
    await expectNotFound(deleteOutreach(theirs.id));
    expect(await readRow(theirs.id)).toBeDefined();
  });
});

describe("getOutreachPanel", () => {
  it("lists attempts newest first with the template material", async () => {
    const student = await signedInStudent("Ana Diaz");
    await getDb()
      .insert(studentProfiles)
      .values({ studentId: student.id, elevatorPitch: "I study statistics.", timeZone: "America/New_York" });
    const org = await createOrganization(student.id, { name: "Acme Labs" });
    const referrer = await createContact(student.id, { name: "Bea Ortiz" });
    const contact = await createContact(student.id, {
      name: "Dana Reyes",
      title: "Analyst",
      organizationId: org.id,
      source: "referral",
      referredByContactId: referrer.id,
    });
    const older = await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-05" });
    const newer = await createOutreachAttempt(student.id, contact.id, {
      sentOn: "2026-01-08",
      isFollowUp: true,
      channel: "phone",
      message: "Called",
    });
    const panel = await getOutreachPanel(contact.id);
    expect(panel.attempts.map((a) => a.id)).toEqual([newer.id, older.id]);
    expect(panel.attempts[0]).toEqual({
      id: newer.id,
      sentOn: "2026-01-08",
      channel: "phone",
      message: "Called",
      isFollowUp: true,
      reply: "none",
      repliedOn: null,
      version: 1,
    });
    expect(panel.templates).toEqual({
      studentName: "Ana Diaz",
      contactName: "Dana Reyes",
      contactTitle: "Analyst",
      organizationName: "Acme Labs",
      referrerName: "Bea Ortiz",
      source: "referral",
      pitch: "I study statistics.",
    });
    expect(panel.today).toBe(calendarDateIn(new Date(), "America/New_York"));
  });

  it("suggests the first follow-up 3 business days after an unanswered message", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const today = calendarDateIn(new Date(), "UTC");
    const sent = await createOutreachAttempt(student.id, contact.id, { sentOn: today, channel: "linkedin" });
    expect((await getOutreachPanel(contact.id)).suggestion).toEqual({
      outreachId: sent.id,
      sentOn: today,
      channel: "linkedin",
      kind: "first",
      dueOn: addBusinessDays(today, 3),
      overdue: false,
    });
  });

  it("moves to the second follow-up, overdue, once one was sent; none after a reply or two follow-ups", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-05" });
    const first = await createOutreachAttempt(student.id, contact.id, {
      sentOn: "2026-01-08",
      isFollowUp: true,
    });
    expect((await getOutreachPanel(contact.id)).suggestion).toMatchObject({
      kind: "second",
      dueOn: "2026-01-14",
      overdue: true,
    });
    await getDb()
      .update(outreachAttempts)
      .set({ reply: "replied", repliedOn: "2026-01-09" })
      .where(eq(outreachAttempts.id, first.id));
    expect((await getOutreachPanel(contact.id)).suggestion).toBeNull();

    const other = await createContact(student.id);
    await createOutreachAttempt(student.id, other.id, { sentOn: "2026-01-05" });
    await createOutreachAttempt(student.id, other.id, { sentOn: "2026-01-08", isFollowUp: true });
    await createOutreachAttempt(student.id, other.id, { sentOn: "2026-01-14", isFollowUp: true });
    expect((await getOutreachPanel(other.id)).suggestion).toBeNull();
  });

  it("has no suggestion before any outreach, and a pitch-less panel without a profile", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id, { name: "Lou Fox", source: "alumni" });
    const panel = await getOutreachPanel(contact.id);
    expect(panel).toMatchObject({ attempts: [], suggestion: null });
    expect(panel.templates).toMatchObject({ pitch: "", referrerName: null, organizationName: null });
  });

  it("answers 404 for another student's contact", async () => {
    const other = await createUser();
    const theirs = await createContact(other.id);
    await createOutreachAttempt(other.id, theirs.id);
    await signedInStudent();
    await expectNotFound(getOutreachPanel(theirs.id));
  });
});

describe("advisors and admins", () => {
  it.each(["advisor", "admin"] as const)("meet a 404 from every outreach function (%s)", async (role) => {
    const student = await createUser();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id);
    const viewer = await createUser({ role });
    await signInAs(viewer.id);
    await expectNotFound(getOutreachPanel(contact.id));
    await expectNotFound(logOutreach(contact.id, attempt()));
    await expectNotFound(recordReply(sent.id, { reply: "replied", repliedOn: "2026-01-06", version: 1 }));
    await expectNotFound(deleteOutreach(sent.id));
    expect(await readRow(sent.id)).toMatchObject({ reply: "none" });
  });
});

describe("outreach actions", () => {
  it("log an attempt and hand back a fresh creation key", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const key = randomUUID();
    const state = await logOutreachAction(
      initialActionState,
      form({
        contactId: contact.id,
        creationKey: key,
        sentOn: "2026-01-05",
        channel: "email",
        message: "Hi",
      }),
    );
    expect(state.status).toBe("success");
    expect(state.values.creationKey).not.toBe(key);
    expect(state.values).toMatchObject({ sentOn: "2026-01-05", channel: "email" });
    const [row] = await getDb().select().from(outreachAttempts).where(eq(outreachAttempts.creationKey, key));
    expect(row).toMatchObject({ contactId: contact.id, message: "Hi" });
  });

  it("explain bad input next to the field and echo everything typed", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const typed = {
      contactId: contact.id,
      creationKey: randomUUID(),
      sentOn: "2099-01-01",
      channel: "pigeon",
      message: "my careful message",
      isFollowUp: "on",
    };
    const state = await logOutreachAction(initialActionState, form(typed));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({
      sentOn: [expect.stringMatching(/future/)],
      channel: [expect.stringMatching(/Choose how you reached out/)],
    });
    expect(state.values).toEqual(typed);
  });

  it("refuse a reply dated before the message next to the date, echoing the values", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-05" });
    const typed = { id: sent.id, version: "1", reply: "replied", repliedOn: "2026-01-01" };
    const state = await recordReplyAction(initialActionState, form(typed));
    expect(state.fieldErrors.repliedOn?.[0]).toMatch(/before you wrote/);
    expect(state.values).toEqual(typed);

    const missing = await recordReplyAction(initialActionState, form({ ...typed, repliedOn: "" }));
    expect(missing.fieldErrors.repliedOn).toEqual(["Enter the date they answered"]);
  });

  it("tell the user plainly when another tab saved the reply first", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-05" });
    await recordReply(sent.id, { reply: "declined", repliedOn: "2026-01-06", version: 1 });
    const typed = { id: sent.id, version: "1", reply: "replied", repliedOn: "2026-01-07" };
    const state = await recordReplyAction(initialActionState, form(typed));
    expect(state.formError).toMatch(/another tab/);
    expect(state.values).toEqual(typed);
    const saved = await recordReplyAction(initialActionState, form({ ...typed, version: "2" }));
    expect(saved).toMatchObject({ status: "success", values: { version: "3" } });
  });

  it("log an update through logFollowUp, and echo a bad one", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const key = randomUUID();
    const fields = {
      contactId: contact.id,
      creationKey: key,
      kind: "update",
      touchSentOn: "2026-02-01",
      touchChannel: "email",
      touchNote: "I took your advice and applied.",
    };
    const state = await logTouchAction(initialActionState, form(fields));
    expect(state.status).toBe("success");
    const [row] = await getDb().select().from(followUps).where(eq(followUps.creationKey, key));
    expect(row).toMatchObject({
      contactId: contact.id,
      kind: "update",
      sentOn: "2026-02-01",
      note: "I took your advice and applied.",
      notePrivate: false,
    });

    const typed = { ...fields, creationKey: randomUUID(), kind: "thank_you", touchSentOn: "" };
    const bad = await logTouchAction(initialActionState, form(typed));
    expect(bad.fieldErrors).toMatchObject({ kind: [expect.any(String)], touchSentOn: [expect.any(String)] });
    expect(bad.values).toEqual(typed);
  });

  it("answer 404 when a student posts another student's ids", async () => {
    const other = await createUser();
    const theirs = await createContact(other.id);
    const sent = await createOutreachAttempt(other.id, theirs.id);
    await signedInStudent();
    await expectNotFound(
      logOutreachAction(
        initialActionState,
        form({ contactId: theirs.id, creationKey: randomUUID(), sentOn: "2026-01-05", channel: "email" }),
      ),
    );
    await expectNotFound(
      recordReplyAction(
        initialActionState,
        form({ id: sent.id, version: "1", reply: "replied", repliedOn: "2026-01-06" }),
      ),
    );
    await expectNotFound(
      logTouchAction(
        initialActionState,
        form({
          contactId: theirs.id,
          creationKey: randomUUID(),
          kind: "touch",
          touchSentOn: "2026-01-05",
          touchChannel: "email",
        }),
      ),
    );
    await expectNotFound(deleteOutreachAction(form({ id: sent.id })));
    expect(await readRow(sent.id)).toMatchObject({ reply: "none" });
  });

  it("delete an attempt and return to the contact's page", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const sent = await createOutreachAttempt(student.id, contact.id);
    await expectRedirect(deleteOutreachAction(form({ id: sent.id })), `/contacts/${contact.id}`);
    expect(await readRow(sent.id)).toBeUndefined();
  });

  it("send a signed-out caller to sign in", async () => {
    await expectRedirect(logOutreachAction(initialActionState, form({})), "/sign-in");
  });
});
