import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  addReferralAction,
  chooseInterviewQuestionsAction,
  recordInterviewNotesAction,
  recordThankYouAction,
  scheduleInterviewAction,
  updateInterviewDetailsAction,
} from "@/app/(student)/interviews/actions";
import { getDb } from "@/db/client";
import { contacts, followUps, interviewQuestions, interviews, questions } from "@/db/schema/index";
import { initialActionState, type ActionState } from "@/lib/validation/action-state";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

/** The digest Next's redirect() throws carries the target; a resolved promise means no redirect. */
async function redirectTarget(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest, "expected a redirect").toMatch(/^NEXT_REDIRECT;/);
  return error!.digest!.split(";")[2]!;
}

/** The 404 digest an action threw, to show two refusals are indistinguishable. */
async function notFoundDigest(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest, "expected a 404").toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
  return error!.digest;
}

async function readInterview(id: string) {
  const [row] = await getDb().select().from(interviews).where(eq(interviews.id, id));
  return row;
}

async function interviewsOf(contactId: string) {
  return getDb().select().from(interviews).where(eq(interviews.contactId, contactId));
}

async function builtInQuestionIds(n: number) {
  const rows = await getDb()
    .select({ id: questions.id })
    .from(questions)
    .where(isNull(questions.studentId))
    .orderBy(asc(questions.id))
    .limit(n);
  return rows.map((r) => r.id);
}

async function chosenQuestions(interviewId: string) {
  return getDb()
    .select({ questionId: interviewQuestions.questionId, answerNotes: interviewQuestions.answerNotes })
    .from(interviewQuestions)
    .where(eq(interviewQuestions.interviewId, interviewId))
    .orderBy(asc(interviewQuestions.position));
}

const SCHEDULE = {
  date: "2026-11-20",
  time: "14:00",
  timeZone: "Asia/Tokyo",
  format: "video",
  location: "https://meet.example/abc",
  durationMinutes: "45",
};

/** A well-formed post for each action, given the ids it needs: what the rendered form would send. */
const VALID: Record<string, (ids: { contactId: string; interviewId: string }) => Record<string, string>> = {
  scheduleInterviewAction: ({ contactId }) => ({ ...SCHEDULE, contactId, creationKey: randomUUID() }),
  updateInterviewDetailsAction: ({ interviewId }) => ({
    ...SCHEDULE,
    id: interviewId,
    version: "1",
    status: "completed",
  }),
  recordInterviewNotesAction: ({ interviewId }) => ({ id: interviewId, version: "1", notes: "Notes" }),
  chooseInterviewQuestionsAction: ({ interviewId }) => ({ id: interviewId }),
  addReferralAction: ({ interviewId }) => ({ interviewId, name: "Linus", creationKey: randomUUID() }),
  recordThankYouAction: ({ interviewId }) => ({
    interviewId,
    sentOn: "2026-01-13",
    channel: "email",
    creationKey: randomUUID(),
  }),
};

const ACTIONS: [string, Action][] = [
  ["scheduleInterviewAction", scheduleInterviewAction],
  ["updateInterviewDetailsAction", updateInterviewDetailsAction],
  ["recordInterviewNotesAction", recordInterviewNotesAction],
  ["chooseInterviewQuestionsAction", chooseInterviewQuestionsAction],
  ["addReferralAction", addReferralAction],
  ["recordThankYouAction", recordThankYouAction],
];

beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
});

describe("every interview action", () => {
  it("covers every export of the actions file", async () => {
    const mod = await import("@/app/(student)/interviews/actions");
    expect(Object.keys(mod).sort()).toEqual(ACTIONS.map(([name]) => name).sort());
  });

  it.each(ACTIONS)("%s sends a signed-out caller to sign in and writes nothing", async (name, action) => {
    const owner = await createUser();
    const contact = await createContact(owner.id);
    const interview = await createInterview(owner.id, contact.id, { status: "completed" });
    const fields = VALID[name]!({ contactId: contact.id, interviewId: interview.id });
    await expectRedirect(action(initialActionState, form(fields)), "/sign-in");
    // The session is checked before the input: a bad post gets no field errors to learn from either.
    await expectRedirect(action(initialActionState, form({})), "/sign-in");
    expect(await readInterview(interview.id)).toMatchObject({ version: 1, status: "completed", notes: "" });
    expect(await interviewsOf(contact.id)).toHaveLength(1);
    expect(await getDb().select().from(contacts).where(eq(contacts.studentId, owner.id))).toHaveLength(1);
    expect(await getDb().select().from(followUps).where(eq(followUps.studentId, owner.id))).toEqual([]);
  });

  it.each(
    ACTIONS.flatMap(([name, action]) =>
      (["advisor", "admin"] as const).map((role) => [name, role, action] as const),
    ),
  )("%s answers a %s with 404, even for a real interview", async (name, role, action) => {
    const student = await createUser();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id, { status: "completed" });
    await signInAs((await createUser({ role })).id);
    const fields = VALID[name]!({ contactId: contact.id, interviewId: interview.id });
    await expectNotFound(action(initialActionState, form(fields)));
    await expectNotFound(action(initialActionState, form({})));
    expect(await readInterview(interview.id)).toMatchObject({ version: 1, notes: "" });
    expect(await interviewsOf(contact.id)).toHaveLength(1);
  });

  it.each(ACTIONS)(
    "%s answers another student's record exactly as it answers a missing one, and changes nothing",
    async (name, action) => {
      const other = await createUser();
      const theirContact = await createContact(other.id);
      const theirs = await createInterview(other.id, theirContact.id, { status: "completed" });
      await signedInStudent();
      const theirDigest = await notFoundDigest(
        action(
          initialActionState,
          form(VALID[name]!({ contactId: theirContact.id, interviewId: theirs.id })),
        ),
      );
      const missingDigest = await notFoundDigest(
        action(
          initialActionState,
          form(VALID[name]!({ contactId: randomUUID(), interviewId: randomUUID() })),
        ),
      );
      expect(theirDigest).toBe(missingDigest);
      expect(await readInterview(theirs.id)).toMatchObject({ version: 1, status: "completed", notes: "" });
      expect(await interviewsOf(theirContact.id)).toHaveLength(1);
      expect(await chosenQuestions(theirs.id)).toEqual([]);
      expect(
        await getDb().select().from(contacts).where(eq(contacts.referredFromInterviewId, theirs.id)),
      ).toEqual([]);
      expect(await getDb().select().from(followUps).where(eq(followUps.interviewId, theirs.id))).toEqual([]);
      expect(revalidatePath).not.toHaveBeenCalled();
    },
  );
});

describe("scheduleInterviewAction", () => {
  it("schedules with only the allowed columns and opens the new interview", async () => {
    const student = await signedInStudent();
    const other = await createUser();
    const contact = await createContact(student.id);
    // Fields the form doesn't have are ignored, whatever they say.
    const fields = { ...SCHEDULE, contactId: contact.id, creationKey: randomUUID() };
    const target = await redirectTarget(
      scheduleInterviewAction(
        initialActionState,
        form({ ...fields, studentId: other.id, status: "completed", notes: "injected", version: "9" }),
      ),
    );
    const [row] = await interviewsOf(contact.id);
    expect(target).toBe(`/interviews/${row!.id}?saved=1`);
    expect(row).toMatchObject({
      studentId: student.id,
      timeZone: "Asia/Tokyo",
      format: "video",
      location: "https://meet.example/abc",
      durationMinutes: 45,
      status: "scheduled",
      notes: "",
      version: 1,
      creationKey: fields.creationKey,
    });
    // 14:00 in Tokyo.
    expect(row!.startsAt.toISOString()).toBe("2026-11-20T05:00:00.000Z");
    expect(revalidatePath).toHaveBeenCalledWith("/interviews");
  });

  it("creates one interview for a double-submitted form, and sends both submits to it", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const fields = { ...SCHEDULE, contactId: contact.id, creationKey: randomUUID() };
    const targets = await Promise.all(
      [1, 2, 3].map(() => redirectTarget(scheduleInterviewAction(initialActionState, form(fields)))),
    );
    const rows = await interviewsOf(contact.id);
    expect(rows).toHaveLength(1);
    expect(new Set(targets)).toEqual(new Set([`/interviews/${rows[0]!.id}?saved=1`]));
    // A later resubmit (the back button) still lands on the same one.
    expect(await redirectTarget(scheduleInterviewAction(initialActionState, form(fields)))).toBe(targets[0]);
    expect(await interviewsOf(contact.id)).toHaveLength(1);
  });

  it("explains bad input next to each field, echoes everything typed, and writes nothing", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const typed = {
      contactId: contact.id,
      creationKey: randomUUID(),
      date: "2026-02-30",
      time: "9am",
      timeZone: "Mars/Olympus",
      format: "carrier-pigeon",
      location: "By the fountain",
      durationMinutes: "600",
    };
    const state = await scheduleInterviewAction(initialActionState, form(typed));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({
      date: ["Enter the date as YYYY-MM-DD"],
      time: [expect.stringMatching(/HH:MM/)],
      timeZone: [expect.stringMatching(/Choose a time zone/)],
      format: ["Choose in person, phone or video"],
      durationMinutes: [expect.stringMatching(/under 4 hours/)],
    });
    expect(state.values).toEqual(typed);
    expect(await interviewsOf(contact.id)).toEqual([]);
  });

  it("refuses a time the clocks skip, next to the time field", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const typed = {
      ...SCHEDULE,
      date: "2026-03-08",
      time: "02:30",
      timeZone: "America/New_York",
      contactId: contact.id,
      creationKey: randomUUID(),
    };
    const state = await scheduleInterviewAction(initialActionState, form(typed));
    expect(state.fieldErrors.time?.[0]).toMatch(/clocks skip/);
    expect(state.values).toEqual(typed);
    expect(await interviewsOf(contact.id)).toEqual([]);
  });
});

describe("updateInterviewDetailsAction", () => {
  it("saves the new time, place and status and hands back the next version", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const typed = {
      ...SCHEDULE,
      id: interview.id,
      version: "1",
      status: "completed",
      time: "16:30",
      location: "Room 4",
    };
    const state = await updateInterviewDetailsAction(initialActionState, form(typed));
    expect(state).toEqual({ status: "success", fieldErrors: {}, values: { ...typed, version: "2" } });
    const row = await readInterview(interview.id);
    expect(row).toMatchObject({
      status: "completed",
      location: "Room 4",
      timeZone: "Asia/Tokyo",
      version: 2,
    });
    expect(row!.startsAt.toISOString()).toBe("2026-11-20T07:30:00.000Z");
    expect(revalidatePath).toHaveBeenCalledWith("/interviews");
  });

  it("refuses a save from a stale tab with a clear message, keeping the newer save and the typed values", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const first = { ...SCHEDULE, id: interview.id, version: "1", status: "scheduled", location: "First tab" };
    expect((await updateInterviewDetailsAction(initialActionState, form(first))).status).toBe("success");

    const second = { ...first, location: "Second tab", status: "cancelled" };
    const state = await updateInterviewDetailsAction(initialActionState, form(second));
    expect(state.status).toBe("error");
    expect(state.formError).toMatch(/changed in another tab/);
    expect(state.formError).toMatch(/nothing was saved/);
    expect(state.values).toEqual(second);
    expect(await readInterview(interview.id)).toMatchObject({
      location: "First tab",
      status: "scheduled",
      version: 2,
    });
  });

  it("explains a bad status or time next to the field and echoes the values", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const typed = { ...SCHEDULE, id: interview.id, version: "1", status: "finished", time: "25:00" };
    const state = await updateInterviewDetailsAction(initialActionState, form(typed));
    expect(state.fieldErrors).toMatchObject({
      status: ["Choose a status"],
      time: [expect.stringMatching(/HH:MM/)],
    });
    expect(state.values).toEqual(typed);
    expect(await readInterview(interview.id)).toMatchObject({ version: 1, status: "scheduled" });
  });
});

describe("recordInterviewNotesAction", () => {
  it("saves notes, takeaways, permission and each chosen question's answer together", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const [q1, q2] = await builtInQuestionIds(2);
    await getDb()
      .insert(interviewQuestions)
      .values([
        { interviewId: interview.id, questionId: q1!, position: 0 },
        { interviewId: interview.id, questionId: q2!, position: 1 },
      ]);
    const typed = {
      id: interview.id,
      version: "1",
      notes: "Talked for 40 minutes",
      notesPrivate: "on",
      takeaways: "Learn SQL",
      permissionToUseName: "yes",
      [`answer-${q1}`]: "More automation",
    };
    const state = await recordInterviewNotesAction(initialActionState, form(typed));
    expect(state).toEqual({ status: "success", fieldErrors: {}, values: { ...typed, version: "2" } });
    expect(await readInterview(interview.id)).toMatchObject({
      notes: "Talked for 40 minutes",
      notesPrivate: true,
      takeaways: "Learn SQL",
      permissionToUseName: true,
      version: 2,
    });
    expect(await chosenQuestions(interview.id)).toEqual([
      { questionId: q1, answerNotes: "More automation" },
      { questionId: q2, answerNotes: "" },
    ]);
  });

  it("refuses a stale version with a clear message and keeps what the student typed", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    await recordInterviewNotesAction(
      initialActionState,
      form({ id: interview.id, version: "1", notes: "Saved in the other tab" }),
    );
    const typed = { id: interview.id, version: "1", notes: "A long page of notes", takeaways: "Keep me" };
    const state = await recordInterviewNotesAction(initialActionState, form(typed));
    expect(state.status).toBe("error");
    expect(state.formError).toMatch(/changed in another tab/);
    expect(state.values).toEqual(typed);
    expect(await readInterview(interview.id)).toMatchObject({ notes: "Saved in the other tab", version: 2 });
  });

  it("explains bad input next to the field and echoes the values", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const typed = {
      id: interview.id,
      version: "1",
      notes: "x".repeat(20_001),
      takeaways: "Short",
      permissionToUseName: "maybe",
    };
    const state = await recordInterviewNotesAction(initialActionState, form(typed));
    expect(state.fieldErrors).toMatchObject({
      notes: [expect.stringMatching(/under 20000 characters/)],
      permissionToUseName: ["Choose yes, no or not asked"],
    });
    expect(state.values).toEqual(typed);
    expect(await readInterview(interview.id)).toMatchObject({ notes: "", takeaways: "", version: 1 });
  });
});

describe("chooseInterviewQuestionsAction", () => {
  it("saves the ticked questions in the order the student numbered them", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const [a, b, c] = await builtInQuestionIds(3);
    // Ticked a, b, c; numbered 3, (blank), 1: numbered first, in number order, then the rest as ticked.
    const state = await chooseInterviewQuestionsAction(
      initialActionState,
      form({ id: interview.id, questionId: [a!, b!, c!], [`order-${a}`]: "3", [`order-${c}`]: "1" }),
    );
    expect(state).toEqual({
      status: "success",
      fieldErrors: {},
      values: { id: interview.id, questionIds: [c, a, b].join(",") },
    });
    expect((await chosenQuestions(interview.id)).map((q) => q.questionId)).toEqual([c, a, b]);
  });

  it("refuses more than ten with a message, echoing the choice and keeping the old one", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const ids = await builtInQuestionIds(11);
    expect(ids).toHaveLength(11);
    await chooseInterviewQuestionsAction(
      initialActionState,
      form({ id: interview.id, questionId: [ids[0]!] }),
    );
    const state = await chooseInterviewQuestionsAction(
      initialActionState,
      form({ id: interview.id, questionId: ids }),
    );
    expect(state.status).toBe("error");
    expect(state.formError).toBe("Choose at most 10 questions");
    expect(state.values).toEqual({ id: interview.id, questionIds: ids.join(",") });
    expect((await chosenQuestions(interview.id)).map((q) => q.questionId)).toEqual([ids[0]]);
  });

  it("answers another student's question with 404", async () => {
    const other = await createUser();
    const [theirQuestion] = await getDb()
      .insert(questions)
      .values({ studentId: other.id, category: "advice", text: "Theirs?" })
      .returning({ id: questions.id });
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    await expectNotFound(
      chooseInterviewQuestionsAction(
        initialActionState,
        form({ id: interview.id, questionId: [theirQuestion!.id] }),
      ),
    );
    expect(await chosenQuestions(interview.id)).toEqual([]);
  });
});

describe("addReferralAction", () => {
  it("adds a contact referred by the person interviewed, then clears the form with a fresh key", async () => {
    const student = await signedInStudent();
    const referrer = await createContact(student.id, { name: "Dana Lee" });
    const interview = await createInterview(student.id, referrer.id);
    const creationKey = randomUUID();
    const state = await addReferralAction(
      initialActionState,
      form({
        interviewId: interview.id,
        creationKey,
        name: "Linus Park",
        title: "Engineer",
        email: "Linus@Example.com",
      }),
    );
    expect(state.status).toBe("success");
    expect(state.values).toEqual({
      interviewId: interview.id,
      creationKey: expect.any(String),
      name: "",
      title: "",
      email: "",
    });
    expect(state.values.creationKey).not.toBe(creationKey);
    const [row] = await getDb().select().from(contacts).where(eq(contacts.creationKey, creationKey));
    expect(row).toMatchObject({
      studentId: student.id,
      name: "Linus Park",
      title: "Engineer",
      email: "linus@example.com",
      source: "referral",
      referredByContactId: referrer.id,
      referredFromInterviewId: interview.id,
    });
    expect(revalidatePath).toHaveBeenCalledWith("/contacts");
  });

  it("creates one contact for a double-submitted form", async () => {
    const student = await signedInStudent();
    const referrer = await createContact(student.id);
    const interview = await createInterview(student.id, referrer.id);
    const fields = { interviewId: interview.id, creationKey: randomUUID(), name: "Only Once" };
    const states = await Promise.all(
      [1, 2, 3].map(() => addReferralAction(initialActionState, form(fields))),
    );
    expect(states.map((s) => s.status)).toEqual(["success", "success", "success"]);
    const rows = await getDb()
      .select()
      .from(contacts)
      .where(and(eq(contacts.studentId, student.id), eq(contacts.referredFromInterviewId, interview.id)));
    expect(rows.map((r) => r.name)).toEqual(["Only Once"]);
  });

  it("explains a missing name or a bad email next to the field, echoing the values", async () => {
    const student = await signedInStudent();
    const referrer = await createContact(student.id);
    const interview = await createInterview(student.id, referrer.id);
    const typed = {
      interviewId: interview.id,
      creationKey: randomUUID(),
      name: "   ",
      title: "Recruiter",
      email: "not-an-email",
    };
    const state = await addReferralAction(initialActionState, form(typed));
    expect(state.fieldErrors).toMatchObject({
      name: ["Enter the person's name"],
      email: ["Enter an email address like name@example.com"],
    });
    expect(state.values).toEqual(typed);
    expect(
      await getDb().select().from(contacts).where(eq(contacts.referredFromInterviewId, interview.id)),
    ).toEqual([]);
  });
});

describe("recordThankYouAction", () => {
  async function completedInterview() {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    // 10:00 on 12 January 2026 in New York.
    const interview = await createInterview(student.id, contact.id, { status: "completed" });
    return { student, contact, interview };
  }

  it("records the thank-you for a completed interview", async () => {
    const { student, contact, interview } = await completedInterview();
    const typed = {
      interviewId: interview.id,
      creationKey: randomUUID(),
      sentOn: "2026-01-13",
      channel: "linkedin",
      note: "Thanks!",
      notePrivate: "on",
    };
    const state = await recordThankYouAction(initialActionState, form(typed));
    expect(state).toEqual({ status: "success", fieldErrors: {}, values: typed });
    const [row] = await getDb().select().from(followUps).where(eq(followUps.interviewId, interview.id));
    expect(row).toMatchObject({
      studentId: student.id,
      contactId: contact.id,
      kind: "thank_you",
      sentOn: "2026-01-13",
      channel: "linkedin",
      note: "Thanks!",
      notePrivate: true,
    });
  });

  it("records one for a double-submitted form, and refuses a second, different one plainly", async () => {
    const { interview } = await completedInterview();
    const fields = {
      interviewId: interview.id,
      creationKey: randomUUID(),
      sentOn: "2026-01-13",
      channel: "email",
    };
    const states = await Promise.all(
      [1, 2, 3].map(() => recordThankYouAction(initialActionState, form(fields))),
    );
    expect(states.map((s) => s.status)).toEqual(["success", "success", "success"]);
    const again = await recordThankYouAction(
      initialActionState,
      form({ ...fields, creationKey: randomUUID(), sentOn: "2026-01-14" }),
    );
    expect(again.formError).toBe("A thank-you is already recorded for this interview.");
    const rows = await getDb().select().from(followUps).where(eq(followUps.interviewId, interview.id));
    expect(rows.map((r) => r.sentOn)).toEqual(["2026-01-13"]);
  });

  it("dates a thank-you no earlier than the interview, next to the date field", async () => {
    const { interview } = await completedInterview();
    const typed = {
      interviewId: interview.id,
      creationKey: randomUUID(),
      sentOn: "2026-01-11",
      channel: "email",
    };
    const state = await recordThankYouAction(initialActionState, form(typed));
    expect(state.fieldErrors.sentOn?.[0]).toMatch(/on or after 2026-01-12/);
    expect(state.values).toEqual(typed);
  });

  it("asks for the interview to be completed first", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const interview = await createInterview(student.id, contact.id);
    const typed = {
      interviewId: interview.id,
      creationKey: randomUUID(),
      sentOn: "2026-01-13",
      channel: "email",
    };
    const state = await recordThankYouAction(initialActionState, form(typed));
    expect(state.formError).toMatch(/Mark the interview as completed/);
    expect(state.values).toEqual(typed);
    expect(await getDb().select().from(followUps).where(eq(followUps.interviewId, interview.id))).toEqual([]);
  });

  it("explains a missing date or an unknown channel next to the field, echoing the values", async () => {
    const { interview } = await completedInterview();
    const typed = {
      interviewId: interview.id,
      creationKey: randomUUID(),
      sentOn: "",
      channel: "pigeon",
      note: "Kept",
    };
    const state = await recordThankYouAction(initialActionState, form(typed));
    expect(state.fieldErrors).toMatchObject({
      sentOn: [expect.stringMatching(/YYYY-MM-DD/)],
      channel: ["Choose how you sent it"],
    });
    expect(state.values).toEqual(typed);
    expect(await getDb().select().from(followUps).where(eq(followUps.interviewId, interview.id))).toEqual([]);
  });
});
