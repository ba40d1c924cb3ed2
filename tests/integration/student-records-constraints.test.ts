import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  contacts,
  followUps,
  interviewQuestions,
  interviews,
  organizations,
  outreachAttempts,
  questions,
} from "@/db/schema/index";
import { createUser } from "../factories/users";

// What the database guarantees about students' records whatever lib/data does: they never point across
// students, enums and URLs are checked, and deletes keep history where they should.

async function refusal(query: PromiseLike<unknown>): Promise<{ code?: string; constraint_name?: string }> {
  try {
    await query;
  } catch (error) {
    return ((error as { cause?: unknown }).cause ?? error) as { code?: string; constraint_name?: string };
  }
  throw new Error("expected the database to refuse the query");
}

const FOREIGN_KEY_VIOLATION = "23503";
const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";

async function studentWithContact() {
  const student = await createUser({ role: "student" });
  const [organization] = await getDb()
    .insert(organizations)
    .values({ studentId: student.id, name: `Org ${student.id.slice(0, 6)}` })
    .returning();
  const [contact] = await getDb()
    .insert(contacts)
    .values({ studentId: student.id, name: "Dana Reyes", organizationId: organization!.id })
    .returning();
  const [interview] = await getDb()
    .insert(interviews)
    .values({
      studentId: student.id,
      contactId: contact!.id,
      startsAt: new Date(),
      timeZone: "America/New_York",
      format: "video",
    })
    .returning();
  return { student, organization: organization!, contact: contact!, interview: interview! };
}

describe("records never point at another student's records", () => {
  it("refuses a contact at another student's organization", async () => {
    const mine = await studentWithContact();
    const theirs = await studentWithContact();
    const error = await refusal(
      getDb()
        .insert(contacts)
        .values({ studentId: mine.student.id, name: "X", organizationId: theirs.organization.id }),
    );
    expect(error).toMatchObject({
      code: FOREIGN_KEY_VIOLATION,
      constraint_name: "contacts_organization_same_owner_fk",
    });
  });

  it("refuses a referral from another student's contact", async () => {
    const mine = await studentWithContact();
    const theirs = await studentWithContact();
    const error = await refusal(
      getDb()
        .insert(contacts)
        .values({ studentId: mine.student.id, name: "X", referredByContactId: theirs.contact.id }),
    );
    expect(error).toMatchObject({
      code: FOREIGN_KEY_VIOLATION,
      constraint_name: "contacts_referrer_same_owner_fk",
    });
  });

  it("refuses outreach, interviews and follow-ups about another student's contact", async () => {
    const mine = await studentWithContact();
    const theirs = await studentWithContact();
    const db = getDb();
    const outreach = await refusal(
      db.insert(outreachAttempts).values({
        studentId: mine.student.id,
        contactId: theirs.contact.id,
        sentOn: "2026-11-02",
        channel: "email",
      }),
    );
    expect(outreach.constraint_name).toBe("outreach_contact_same_owner_fk");
    const interview = await refusal(
      db.insert(interviews).values({
        studentId: mine.student.id,
        contactId: theirs.contact.id,
        startsAt: new Date(),
        timeZone: "UTC",
        format: "phone",
      }),
    );
    expect(interview.constraint_name).toBe("interviews_contact_same_owner_fk");
    const thanks = await refusal(
      db.insert(followUps).values({
        studentId: mine.student.id,
        contactId: mine.contact.id,
        interviewId: theirs.interview.id,
        kind: "thank_you",
        sentOn: "2026-11-03",
        channel: "email",
      }),
    );
    expect(thanks.constraint_name).toBe("follow_ups_interview_same_owner_fk");
  });

  it("lets an interview use built-in questions and the student's own, never another student's", async () => {
    const mine = await studentWithContact();
    const theirs = await studentWithContact();
    const db = getDb();
    const [builtIn, own, foreign] = await db
      .insert(questions)
      .values([
        { category: "trends", text: "What changes do you see coming in this field?" },
        { studentId: mine.student.id, category: "advice", text: "What would you do in my place?" },
        { studentId: theirs.student.id, category: "insights", text: "Someone else's question" },
      ])
      .returning();
    await db.insert(interviewQuestions).values([
      { interviewId: mine.interview.id, questionId: builtIn!.id, position: 0 },
      { interviewId: mine.interview.id, questionId: own!.id, position: 1 },
    ]);
    const error = await refusal(
      db
        .insert(interviewQuestions)
        .values({ interviewId: mine.interview.id, questionId: foreign!.id, position: 2 }),
    );
    expect(error.code).toBe(FOREIGN_KEY_VIOLATION);
  });
});

describe("values are checked", () => {
  it.each([
    [
      "a LinkedIn URL that is not https",
      { linkedinUrl: "http://linkedin.com/in/x" },
      "contacts_linkedin_check",
    ],
    ["an unknown source", { source: "psychic" }, "contacts_source_check"],
    ["an unknown cadence", { keepInTouchCadence: "weekly" }, "contacts_cadence_check"],
  ])("refuses %s", async (_label, values, constraint) => {
    const student = await createUser();
    const error = await refusal(
      getDb()
        .insert(contacts)
        .values({ studentId: student.id, name: "X", ...(values as object) }),
    );
    expect(error).toMatchObject({ code: CHECK_VIOLATION, constraint_name: constraint });
  });

  it("refuses an interview shorter than 5 or longer than 240 minutes", async () => {
    const { student, contact } = await studentWithContact();
    const error = await refusal(
      getDb().insert(interviews).values({
        studentId: student.id,
        contactId: contact.id,
        startsAt: new Date(),
        timeZone: "UTC",
        format: "video",
        durationMinutes: 600,
      }),
    );
    expect(error.constraint_name).toBe("interviews_duration_check");
  });

  it("records at most one thank-you per interview", async () => {
    const { student, contact, interview } = await studentWithContact();
    const thanks = {
      studentId: student.id,
      contactId: contact.id,
      interviewId: interview.id,
      kind: "thank_you" as const,
      sentOn: "2026-11-03",
      channel: "email" as const,
    };
    await getDb().insert(followUps).values(thanks);
    const error = await refusal(getDb().insert(followUps).values(thanks));
    expect(error).toMatchObject({ code: UNIQUE_VIOLATION, constraint_name: "follow_ups_one_thank_you_idx" });
  });

  it("makes a double-submitted form (same creation key) one record", async () => {
    const student = await createUser();
    const row = { studentId: student.id, name: "Twice", creationKey: "form-123" };
    await getDb().insert(contacts).values(row);
    const error = await refusal(getDb().insert(contacts).values(row));
    expect(error.constraint_name).toBe("contacts_creation_key_idx");
  });
});

describe("deletes", () => {
  it("keep a contact when its organization goes, and forget only the link", async () => {
    const { student, organization, contact } = await studentWithContact();
    await getDb().delete(organizations).where(eq(organizations.id, organization.id));
    const [after] = await getDb().select().from(contacts).where(eq(contacts.id, contact.id));
    expect(after).toMatchObject({ studentId: student.id, organizationId: null });
  });

  it("keep the thank-you when its interview is deleted", async () => {
    const { student, contact, interview } = await studentWithContact();
    const [thanks] = await getDb()
      .insert(followUps)
      .values({
        studentId: student.id,
        contactId: contact.id,
        interviewId: interview.id,
        kind: "thank_you",
        sentOn: "2026-11-03",
        channel: "email",
      })
      .returning();
    await getDb().delete(interviews).where(eq(interviews.id, interview.id));
    const [after] = await getDb().select().from(followUps).where(eq(followUps.id, thanks!.id));
    expect(after).toMatchObject({ studentId: student.id, interviewId: null });
  });

  it("take a contact's interviews with the contact", async () => {
    const { student, contact } = await studentWithContact();
    await getDb().delete(contacts).where(eq(contacts.studentId, student.id));
    const left = await getDb().select().from(interviews).where(eq(interviews.contactId, contact.id));
    expect(left).toEqual([]);
  });
});
