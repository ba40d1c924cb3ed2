import { randomUUID } from "node:crypto";
import { addDays, formatISO } from "date-fns";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createContactAction, deleteContactAction } from "@/app/(student)/contacts/actions";
import { recordThankYouAction, updateInterviewDetailsAction } from "@/app/(student)/interviews/actions";
import { joinCohortAction } from "@/app/join/[code]/actions";
import { getDb } from "@/db/client";
import { contacts, followUps, interviews } from "@/db/schema/index";
import { initialActionState } from "@/lib/validation/action-state";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/validation/fields";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectRedirect } from "../support/next-errors";

// Bad input through the real actions and the real database: each used to reach PostgreSQL and fail
// with a 500 (NUL), or be saved although it cannot be true (a future thank-you, a future "completed").

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

const inDays = (n: number) => formatISO(addDays(new Date(), n), { representation: "date" });

describe("a NUL character", () => {
  it("in a contact's name is a field error with everything typed echoed back, and nothing saved", async () => {
    const student = await signedInStudent();
    const typed = {
      name: "Kai\u0000Müller",
      title: "PM",
      notes: "Line one\nline two",
      creationKey: randomUUID(),
    };
    const state = await createContactAction(initialActionState, form(typed));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { name: [CONTROL_CHARACTER_MESSAGE] },
      values: { name: "Kai\u0000Müller", title: "PM", notes: "Line one\nline two" },
    });
    expect(await getDb().select().from(contacts).where(eq(contacts.studentId, student.id))).toEqual([]);
  });

  it("in a hidden id field is treated as no record, not sent to the database", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    await expectRedirect(deleteContactAction(form({ id: `${contact.id}\u0000` })), "/contacts");
    expect(await getDb().select().from(contacts).where(eq(contacts.id, contact.id))).toHaveLength(1);
  });

  it("in a join code lands on the join page's own answer", async () => {
    await signedInStudent();
    await expectRedirect(joinCohortAction(form({ code: "AB\u0000CD" })), "/join/");
  });
});

describe("dates that cannot be true yet", () => {
  it("a thank-you dated in the future is refused at the date, and not recorded", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id, { status: "completed" });
    const state = await recordThankYouAction(
      initialActionState,
      form({ interviewId: interview.id, sentOn: "9999-12-31", channel: "email", creationKey: randomUUID() }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { sentOn: ["The date you sent it can't be in the future"] },
      values: { sentOn: "9999-12-31" },
    });
    expect(await getDb().select().from(followUps).where(eq(followUps.interviewId, interview.id))).toEqual([]);
  });

  it("an interview still ahead cannot be marked completed", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id, {
      startsAt: addDays(new Date(), 5),
      status: "scheduled",
    });
    const state = await updateInterviewDetailsAction(
      initialActionState,
      form({
        id: interview.id,
        version: "1",
        date: inDays(5),
        time: "10:00",
        timeZone: "America/New_York",
        format: "video",
        durationMinutes: "30",
        status: "completed",
      }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors.status?.[0]).toMatch(/still ahead, so it can't be completed yet/);
    const [row] = await getDb().select().from(interviews).where(eq(interviews.id, interview.id));
    expect(row).toMatchObject({ status: "scheduled", version: 1 });
  });
});
