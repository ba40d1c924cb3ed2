import { randomUUID } from "node:crypto";
import { eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as calendarFile } from "@/app/(student)/interviews/[id]/calendar.ics/route";
import { getDb } from "@/db/client";
import { contacts, questions, studentProfiles } from "@/db/schema/index";
import { addReferralFromInterview } from "@/lib/data/student/interviews/interview-referral";
import {
  chooseInterviewQuestions,
  listQuestionChoices,
} from "@/lib/data/student/interviews/interview-questions";
import {
  getMyInterview,
  getMyTimeZone,
  getSchedulingContact,
  listMyInterviews,
  recordInterviewNotes,
  scheduleInterview,
  updateInterviewDetails,
} from "@/lib/data/student/interviews/interviews";
import { localTimeToInstant, scheduleInterviewSchema } from "@/lib/validation/interview";
import { createContact, createInterview, createOrganization } from "../factories/student-records";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

const SCHEDULE = {
  date: "2026-11-20",
  time: "14:00",
  timeZone: "Asia/Tokyo",
  format: "video" as const,
  location: "https://meet.example/abc",
  durationMinutes: 45,
};

const NOTES = {
  notes: "",
  notesPrivate: false,
  takeaways: "",
  permissionToUseName: null,
  answers: [],
};

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

async function schedule(contactId: string, overrides: Partial<typeof SCHEDULE> = {}) {
  const result = await scheduleInterview({ ...SCHEDULE, ...overrides, contactId, creationKey: randomUUID() });
  if (result.status !== "created") throw new Error(result.status);
  return result.id;
}

async function builtInQuestionIds(n: number) {
  const rows = await getDb()
    .select({ id: questions.id })
    .from(questions)
    .where(isNull(questions.studentId))
    .orderBy(questions.id)
    .limit(n);
  return rows.map((r) => r.id);
}

async function ownQuestion(studentId: string, text = "What would you do differently?") {
  const [row] = await getDb()
    .insert(questions)
    .values({ studentId, category: "advice", text })
    .returning({ id: questions.id });
  return row!.id;
}

function calendarRequest(id: string) {
  return calendarFile(new Request(`http://localhost:3000/interviews/${id}/calendar.ics`), {
    params: Promise.resolve({ id }),
  });
}

describe("local time to instant", () => {
  it("reads a wall-clock time in the interview's zone", () => {
    expect(localTimeToInstant("2026-11-20", "14:00", "Asia/Tokyo")?.toISOString()).toBe(
      "2026-11-20T05:00:00.000Z",
    );
    expect(localTimeToInstant("2026-07-01", "09:30", "America/New_York")?.toISOString()).toBe(
      "2026-07-01T13:30:00.000Z",
    );
  });

  it("takes the first of a time the clocks pass twice, in every zone", () => {
    // New York falls back at 02:00 EDT on 1 November 2026: 01:30 happens at 05:30Z and again at 06:30Z.
    expect(localTimeToInstant("2026-11-01", "01:30", "America/New_York")?.toISOString()).toBe(
      "2026-11-01T05:30:00.000Z",
    );
    // London falls back at 02:00 BST on 25 October 2026: 01:30 BST is 00:30Z.
    expect(localTimeToInstant("2026-10-25", "01:30", "Europe/London")?.toISOString()).toBe(
      "2026-10-25T00:30:00.000Z",
    );
  });

  it("refuses a time the clocks skip, and nonsense", () => {
    expect(localTimeToInstant("2026-03-08", "02:30", "America/New_York")).toBeNull();
    expect(localTimeToInstant("2026-02-30", "10:00", "UTC")).toBeNull();
    expect(localTimeToInstant("2026-02-01", "24:00", "UTC")).toBeNull();
    expect(localTimeToInstant("2026-02-01", "10:00", "Mars/Olympus")).toBeNull();
  });

  it("explains a skipped time next to the time field", () => {
    const parsed = scheduleInterviewSchema.safeParse({
      ...SCHEDULE,
      date: "2026-03-08",
      time: "02:30",
      timeZone: "America/New_York",
      durationMinutes: "",
      contactId: "c",
      creationKey: randomUUID(),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["time"]);
  });
});

describe("interviews", () => {
  it("are scheduled with a contact and read back with the contact's name and organization", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id, { name: "Contoso" });
    const contact = await createContact(student.id, { name: "Ada Lovelace", organizationId: org.id });
    const id = await schedule(contact.id);
    const interview = await getMyInterview(id);
    expect(interview).toMatchObject({
      contactId: contact.id,
      contactName: "Ada Lovelace",
      organizationName: "Contoso",
      timeZone: "Asia/Tokyo",
      format: "video",
      location: "https://meet.example/abc",
      durationMinutes: 45,
      status: "scheduled",
      version: 1,
      questions: [],
      referrals: [],
      thankYou: null,
    });
    expect(interview.startsAt.toISOString()).toBe("2026-11-20T05:00:00.000Z");
    expect(await getSchedulingContact(contact.id)).toEqual({
      id: contact.id,
      name: "Ada Lovelace",
      organizationName: "Contoso",
    });
  });

  it("refuse a time the clocks skip", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    expect(
      await scheduleInterview({
        ...SCHEDULE,
        date: "2026-03-08",
        time: "02:30",
        timeZone: "America/New_York",
        contactId: contact.id,
        creationKey: randomUUID(),
      }),
    ).toMatchObject({ status: "invalid", field: "time" });
  });

  it("are listed upcoming soonest first, then past most recent first", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id, { name: "Grace" });
    const now = new Date("2026-06-15T12:00:00Z");
    const at = (iso: string) => createInterview(student.id, contact.id, { startsAt: new Date(iso) });
    const past1 = await at("2026-05-01T12:00:00Z");
    const past2 = await at("2026-06-01T12:00:00Z");
    const soon = await at("2026-06-20T12:00:00Z");
    const later = await at("2026-07-20T12:00:00Z");
    // Started 10 minutes ago and lasts 30: still on, so still upcoming.
    const ongoing = await at("2026-06-15T11:50:00Z");
    const { upcoming, past } = await listMyInterviews(now);
    expect(upcoming.map((i) => i.id)).toEqual([ongoing.id, soon.id, later.id]);
    expect(past.map((i) => i.id)).toEqual([past2.id, past1.id]);
    expect(upcoming[0]).toMatchObject({ contactName: "Grace", status: "scheduled" });
  });

  it("are created once per form, however often it is submitted", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const creationKey = randomUUID();
    const results = await Promise.all(
      [1, 2, 3].map(() => scheduleInterview({ ...SCHEDULE, contactId: contact.id, creationKey })),
    );
    expect(new Set(results.map((r) => (r.status === "created" ? r.id : r.status))).size).toBe(1);
    const { upcoming, past } = await listMyInterviews();
    expect([...upcoming, ...past]).toHaveLength(1);
  });

  it("change details and status, refusing a stale version and keeping the newer save", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const id = await schedule(contact.id);
    const edit = { ...SCHEDULE, id, status: "completed" as const };
    expect(
      await updateInterviewDetails({ ...edit, version: 1, time: "15:00", location: "Room 4" }),
    ).toMatchObject({ status: "saved", version: 2 });
    expect(await updateInterviewDetails({ ...edit, version: 1, location: "Other tab" })).toEqual({
      status: "stale",
    });
    const interview = await getMyInterview(id);
    expect(interview).toMatchObject({ status: "completed", location: "Room 4", version: 2 });
    expect(interview.startsAt.toISOString()).toBe("2026-11-20T06:00:00.000Z");
    expect(
      await updateInterviewDetails({
        ...edit,
        version: 2,
        date: "2026-03-08",
        time: "02:15",
        timeZone: "America/New_York",
      }),
    ).toMatchObject({ status: "invalid", field: "time" });
  });

  it("record notes and per-question answers together, refusing a stale version", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const id = await schedule(contact.id);
    const [q1, q2] = await builtInQuestionIds(2);
    await chooseInterviewQuestions(id, [q1!, q2!]);
    expect(
      await recordInterviewNotes({
        id,
        version: 1,
        notes: "Talked for 40 minutes",
        notesPrivate: true,
        takeaways: "Learn SQL",
        permissionToUseName: true,
        answers: [
          { questionId: q1!, answerNotes: "More automation" },
          { questionId: randomUUID(), answerNotes: "ignored: not chosen" },
        ],
      }),
    ).toMatchObject({ status: "saved", version: 2 });
    expect(
      await recordInterviewNotes({
        ...NOTES,
        id,
        version: 1,
        answers: [{ questionId: q1!, answerNotes: "stale tab" }],
      }),
    ).toEqual({ status: "stale" });
    const interview = await getMyInterview(id);
    expect(interview).toMatchObject({
      notes: "Talked for 40 minutes",
      notesPrivate: true,
      takeaways: "Learn SQL",
      permissionToUseName: true,
    });
    expect(interview.questions.map((q) => [q.questionId, q.answerNotes])).toEqual([
      [q1, "More automation"],
      [q2, ""],
    ]);
  });

  it("take up to 10 questions in order, keep answers of kept questions, and refuse an 11th", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const id = await schedule(contact.id);
    const builtIns = await builtInQuestionIds(10);
    const mine = await ownQuestion(student.id);
    const [a, b, c] = builtIns;
    await chooseInterviewQuestions(id, [a!, b!, c!]);
    await recordInterviewNotes({
      ...NOTES,
      id,
      version: 1,
      answers: [
        { questionId: a!, answerNotes: "kept answer" },
        { questionId: b!, answerNotes: "dropped answer" },
      ],
    });
    expect(await chooseInterviewQuestions(id, [mine, a!])).toEqual({ status: "saved" });
    const chosen = (await getMyInterview(id)).questions;
    expect(chosen.map((q) => [q.questionId, q.position, q.answerNotes])).toEqual([
      [mine, 0, ""],
      [a, 1, "kept answer"],
    ]);
    expect(await chooseInterviewQuestions(id, [...builtIns, mine])).toMatchObject({ status: "invalid" });
    expect(await chooseInterviewQuestions(id, [a!, a!])).toMatchObject({ status: "invalid" });
    expect((await chooseInterviewQuestions(id, builtIns)).status).toBe("saved");
    expect((await getMyInterview(id)).questions).toHaveLength(10);
    expect(await chooseInterviewQuestions(id, [])).toEqual({ status: "saved" });
    expect((await getMyInterview(id)).questions).toEqual([]);
  });

  it("offer the built-in questions and the student's own, in TIARA order, never another's", async () => {
    const other = await createUser({ role: "student" });
    const theirs = await ownQuestion(other.id, "Their question");
    const student = await signedInStudent();
    const mine = await ownQuestion(student.id, "My question");
    const choices = await listQuestionChoices();
    expect(choices.find((q) => q.id === mine)).toMatchObject({ builtIn: false, category: "advice" });
    expect(choices.some((q) => q.id === theirs)).toBe(false);
    const order = ["trends", "insights", "advice", "resources", "assignments"];
    const ranks = choices.map((q) => order.indexOf(q.category));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it("add a referral as a new contact linked to the person and the interview, once per form", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id, { name: "Referrer" });
    const id = await schedule(contact.id);
    const creationKey = randomUUID();
    const input = { name: "Linus", title: "Engineer", email: "linus@example.com", creationKey };
    const [first, second] = await Promise.all([
      addReferralFromInterview(id, input),
      addReferralFromInterview(id, input),
    ]);
    expect(second.id).toBe(first.id);
    const [row] = await getDb().select().from(contacts).where(eq(contacts.id, first.id));
    expect(row).toMatchObject({
      studentId: student.id,
      name: "Linus",
      title: "Engineer",
      email: "linus@example.com",
      source: "referral",
      referredByContactId: contact.id,
      referredFromInterviewId: id,
    });
    expect((await getMyInterview(id)).referrals).toEqual([
      { id: first.id, name: "Linus", title: "Engineer" },
    ]);
  });

  it("default the schedule form's zone to the student's profile, or UTC", async () => {
    const student = await signedInStudent();
    expect(await getMyTimeZone()).toBe("UTC");
    await getDb().insert(studentProfiles).values({ studentId: student.id, timeZone: "Europe/Berlin" });
    expect(await getMyTimeZone()).toBe("Europe/Berlin");
  });

  it("belong to their student alone: another student's ids answer 404 everywhere", async () => {
    const owner = await signedInStudent();
    const theirContact = await createContact(owner.id, { name: "Theirs" });
    const theirs = await schedule(theirContact.id);
    const theirQuestion = await ownQuestion(owner.id);

    const me = await signedInStudent();
    const myContact = await createContact(me.id);
    const mine = await schedule(myContact.id);
    expect(await listMyInterviews(new Date("2026-01-01T00:00:00Z"))).toMatchObject({
      upcoming: [{ id: mine }],
      past: [],
    });
    await expectNotFound(getMyInterview(theirs));
    await expectNotFound(getMyInterview(randomUUID()));
    await expectNotFound(getSchedulingContact(theirContact.id));
    await expectNotFound(
      scheduleInterview({ ...SCHEDULE, contactId: theirContact.id, creationKey: randomUUID() }),
    );
    await expectNotFound(
      updateInterviewDetails({ ...SCHEDULE, id: theirs, version: 1, status: "cancelled" }),
    );
    await expectNotFound(recordInterviewNotes({ ...NOTES, id: theirs, version: 1 }));
    await expectNotFound(chooseInterviewQuestions(theirs, []));
    await expectNotFound(chooseInterviewQuestions(mine, [theirQuestion]));
    await expectNotFound(chooseInterviewQuestions(mine, [randomUUID()]));
    await expectNotFound(
      addReferralFromInterview(theirs, { name: "Sneaky", title: "", email: null, creationKey: randomUUID() }),
    );
    expect((await calendarRequest(theirs)).status).toBe(404);

    await signInAs(owner.id);
    const untouched = await getMyInterview(theirs);
    expect(untouched).toMatchObject({ version: 1, status: "scheduled", referrals: [] });
  });

  it.each(["advisor", "admin"] as const)("are not a %s's to read or write", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listMyInterviews());
    await expectNotFound(getMyInterview(randomUUID()));
  });
});

describe("interview calendar file", () => {
  it("is an .ics attachment with the start, length, name and place, but no notes", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id, { name: "Katherine Johnson" });
    const id = await schedule(contact.id);
    await recordInterviewNotes({
      ...NOTES,
      id,
      version: 1,
      notes: "SECRET private notes",
      notesPrivate: true,
      takeaways: "SECRET takeaway",
    });
    const response = await calendarRequest(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="interview-2026-11-20.ics"',
    );
    const body = await response.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain("DTSTART:20261120T050000Z");
    expect(body).toMatch(/DURATION:PT45M|DTEND:20261120T054500Z/);
    expect(body).toContain("SUMMARY:Informational interview with Katherine Johnson");
    expect(body).toContain("LOCATION:https://meet.example/abc");
    expect(body).not.toContain("SECRET");
  });

  it("answers 404 to a missing id and to nobody signed in", async () => {
    const student = await signedInStudent();
    const contact = await createContact(student.id);
    const id = await schedule(contact.id);
    expect((await calendarRequest(randomUUID())).status).toBe(404);
    const { resetRequest } = await import("../setup/next-request");
    resetRequest();
    expect((await calendarRequest(id)).status).toBe(404);
  });
});
