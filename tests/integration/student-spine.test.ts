import { randomUUID } from "node:crypto";
import { addDays, formatISO } from "date-fns";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { logFollowUpSentAction, recordReplyReceivedAction } from "@/app/(student)/outreach/actions";
import { markThankYouSentAction, markTouchSentAction } from "@/app/(student)/follow-up/actions";
import { saveProfileAction, saveWelcomeAction } from "@/app/settings/profile/actions";
import { getDb } from "@/db/client";
import { contacts, followUps, interviews, outreachAttempts, studentProfiles, users } from "@/db/schema/index";
import { getOutreachPanel } from "@/lib/data/student/contacts/outreach";
import { getMyAgenda } from "@/lib/data/student/home/agenda";
import { getMyHome } from "@/lib/data/student/home/steps";
import { getMyProfile } from "@/lib/data/student/profile/profile";
import { zoneChoices } from "@/lib/domain/time-zone-names";
import { initialActionState } from "@/lib/validation/action-state";
import { signInAs } from "../factories/sessions";
import {
  createContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectRedirect } from "../support/next-errors";
import { countQueries } from "../support/query-counter";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

// Real dates: the actions refuse a date after tomorrow, so these tests live in the present.
const day = (n: number) => formatISO(addDays(new Date(), n), { representation: "date" });

async function signedInStudent(name: string | null = "Ada Student") {
  const student = await createUser({ role: "student" });
  await getDb().update(users).set({ name }).where(eq(users.id, student.id));
  await getDb().insert(studentProfiles).values({ studentId: student.id, timeZone: "UTC" });
  await signInAs(student.id);
  return student;
}

/** `n` contacts with a term's worth of activity each, inserted in bulk. */
async function fillContacts(studentId: string, n: number) {
  const db = getDb();
  const rows = await db
    .insert(contacts)
    .values(
      Array.from({ length: n }, (_, i) => ({
        studentId,
        name: `Person ${i}`,
        keepInTouchCadence: "monthly" as const,
      })),
    )
    .returning({ id: contacts.id });
  await db.insert(outreachAttempts).values(
    rows.map((c, i) => ({
      studentId,
      contactId: c.id,
      sentOn: day(-20 - (i % 10)),
      channel: "email" as const,
      reply: i % 3 === 0 ? ("none" as const) : ("replied" as const),
    })),
  );
  const held = rows.filter((_, i) => i % 3 !== 0);
  const made = await db
    .insert(interviews)
    .values(
      held.map((c, i) => ({
        studentId,
        contactId: c.id,
        startsAt: addDays(new Date(), -10 + (i % 3)),
        timeZone: "UTC",
        format: "video" as const,
        status: "completed" as const,
      })),
    )
    .returning({ id: interviews.id, contactId: interviews.contactId });
  await db.insert(followUps).values(
    made
      .filter((_, i) => i % 2 === 0)
      .map((iv) => ({
        studentId,
        contactId: iv.contactId,
        interviewId: iv.id,
        kind: "thank_you" as const,
        sentOn: day(-5),
        channel: "email" as const,
      })),
  );
}

describe("home's queries", () => {
  it("are the same number at 10 contacts and at 200: no per-contact queries", async () => {
    const few = await signedInStudent();
    await fillContacts(few.id, 10);
    const atTen = await countQueries(() => getMyHome());

    const many = await signedInStudent();
    await fillContacts(many.id, 200);
    const atTwoHundred = await countQueries(() => getMyHome());

    expect(atTen.result.agenda.tally.contacts).toBe(10);
    expect(atTwoHundred.result.agenda.tally.contacts).toBe(200);
    expect(atTwoHundred.result.agenda.overdue.length).toBeGreaterThan(0);
    expect(atTwoHundred.queries).toBe(atTen.queries);
    // The session, then one statement for the whole page.
    expect(atTen.queries).toBeLessThanOrEqual(2);
    // The short lists come in that statement, cut to what the page shows.
    expect(atTwoHundred.result.activity).toHaveLength(10);
  });

  it("tracks the steps from what was logged and names the next action", async () => {
    const student = await signedInStudent();
    expect((await getMyHome()).nextAction.href).toBe("/research");
    await createOrganization(student.id);
    const dana = await createContact(student.id, { name: "Dana Reyes" });
    const home = await getMyHome();
    expect(home.steps.map((s) => s.status)).toEqual(["done", "done", "current", "to-do", "to-do", "to-do"]);
    expect(home.steps[1]!.evidence).toBe("1 person");
    await getDb()
      .update(studentProfiles)
      .set({ elevatorPitch: "I'm Ada, a third-year …" })
      .where(eq(studentProfiles.studentId, student.id));
    expect((await getMyHome()).nextAction).toMatchObject({
      label: "Write to Dana Reyes",
      href: `/contacts/${dana.id}`,
    });
  });
});

describe("the outreach page's one-click logging", () => {
  it("logs a follow-up sent today on the same channel, and the follow-up leaves the due list", async () => {
    const student = await signedInStudent();
    const cy = await createContact(student.id, { name: "Cy Park" });
    await createOutreachAttempt(student.id, cy.id, { sentOn: day(-12), channel: "linkedin" });
    const [waiting] = (await getMyAgenda()).awaitingReply;
    expect(waiting).toMatchObject({ contactName: "Cy Park", followUpsSent: 0 });
    expect(waiting!.nextFollowUp?.state).toBe("overdue");

    const fields = {
      contactId: cy.id,
      creationKey: randomUUID(),
      sentOn: day(0),
      channel: "linkedin",
      message: "",
    };
    await expectRedirect(
      logFollowUpSentAction(initialActionState, form(fields)),
      "/outreach?logged=follow-up",
    );
    // A second click of the same form adds nothing.
    await expectRedirect(
      logFollowUpSentAction(initialActionState, form(fields)),
      "/outreach?logged=follow-up",
    );
    const logged = await getDb().select().from(outreachAttempts).where(eq(outreachAttempts.contactId, cy.id));
    expect(logged.filter((o) => o.isFollowUp).map((o) => [o.sentOn, o.channel])).toEqual([
      [day(0), "linkedin"],
    ]);
    expect((await getMyAgenda()).awaitingReply[0]!.followUpsSent).toBe(1);
  });

  it("records a reply on the latest attempt, and the contact stops waiting", async () => {
    const student = await signedInStudent();
    const cy = await createContact(student.id, { name: "Cy Park" });
    const attempt = await createOutreachAttempt(student.id, cy.id, { sentOn: day(-2) });
    const [waiting] = (await getMyAgenda()).awaitingReply;
    expect(waiting!.latest).toMatchObject({ id: attempt.id, version: attempt.version });
    await expectRedirect(
      recordReplyReceivedAction(
        initialActionState,
        form({ id: attempt.id, version: String(attempt.version), repliedOn: day(0) }),
      ),
      "/outreach?logged=reply",
    );
    expect((await getMyAgenda()).awaitingReply).toEqual([]);
    // A stale click (another tab recorded it first) says so and saves nothing.
    const stale = await recordReplyReceivedAction(
      initialActionState,
      form({ id: attempt.id, version: String(attempt.version), repliedOn: day(0) }),
    );
    expect(stale.formError).toMatch(/another tab/);
  });

  it("refuses another student's contact like a missing one", async () => {
    const other = await createUser({ role: "student" });
    const theirs = await createContact(other.id);
    await signedInStudent();
    await expect(
      logFollowUpSentAction(
        initialActionState,
        form({
          contactId: theirs.id,
          creationKey: randomUUID(),
          sentOn: day(0),
          channel: "email",
          message: "",
        }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
  });
});

describe("the follow-up page's one-click logging", () => {
  it("records a thank-you sent today, then suggests an update", async () => {
    const student = await signedInStudent();
    const fay = await createContact(student.id, { name: "Fay" });
    const interview = await createInterview(student.id, fay.id, {
      status: "completed",
      startsAt: addDays(new Date(), -3),
      timeZone: "UTC",
    });
    const thanks = (await getMyAgenda()).items.filter((i) => i.kind === "thank-you");
    expect(thanks.map((i) => [i.contactName, i.interviewId, i.state])).toEqual([
      ["Fay", interview.id, "due"],
    ]);

    await expectRedirect(
      markThankYouSentAction(
        initialActionState,
        form({
          interviewId: interview.id,
          creationKey: randomUUID(),
          sentOn: day(0),
          channel: "email",
          note: "",
        }),
      ),
      "/follow-up?logged=thank-you",
    );
    const agenda = await getMyAgenda();
    expect(agenda.items.filter((i) => i.kind === "thank-you")).toEqual([]);
    expect(agenda.updatesToSend.map((u) => u.contactName)).toEqual(["Fay"]);

    await expectRedirect(
      markTouchSentAction(
        initialActionState,
        form({
          contactId: fay.id,
          kind: "update",
          creationKey: randomUUID(),
          sentOn: day(0),
          channel: "email",
          note: "",
        }),
      ),
      "/follow-up?logged=update",
    );
    expect((await getMyAgenda()).updatesToSend).toEqual([]);
    const kinds = await getDb()
      .select({ kind: followUps.kind })
      .from(followUps)
      .where(and(eq(followUps.contactId, fay.id)));
    expect(kinds.map((k) => k.kind).sort()).toEqual(["thank_you", "update"]);
  });

  it("lists keep-in-touch due by the contact's cadence", async () => {
    const student = await signedInStudent();
    const gus = await createContact(student.id, { name: "Gus", keepInTouchCadence: "monthly" });
    const interview = await createInterview(student.id, gus.id, {
      status: "completed",
      startsAt: addDays(new Date(), -70),
      timeZone: "UTC",
    });
    await createFollowUp(student.id, gus.id, {
      kind: "thank_you",
      interviewId: interview.id,
      sentOn: day(-69),
    });
    const items = (await getMyAgenda()).items.filter((i) => i.kind === "keep-in-touch");
    expect(items.map((i) => [i.contactName, i.state])).toEqual([["Gus", "overdue"]]);
  });
});

describe("the profile", () => {
  const valid = {
    name: "Ada Lovelace",
    pronouns: "she/her",
    academicYear: "third-year",
    major: "Mathematics",
    expectedGraduation: "2027-05",
    timeZone: "Asia/Kolkata",
  };

  it("saves every field, and the name flows into the outreach templates", async () => {
    const student = await signedInStudent(null);
    const result = await saveProfileAction(initialActionState, form(valid));
    expect(result.status).toBe("success");
    expect(await getMyProfile()).toMatchObject({ ...valid, email: student.email });
    const contact = await createContact(student.id);
    expect((await getOutreachPanel(contact.id)).templates.studentName).toBe("Ada Lovelace");
  });

  it("refuses bad input next to each field, keeps what was typed and saves nothing", async () => {
    const student = await signedInStudent("Before");
    const typed = {
      ...valid,
      name: "  ",
      expectedGraduation: "May 2027",
      timeZone: "Mars/Olympus",
      academicYear: "tenth",
    };
    const result = await saveProfileAction(initialActionState, form(typed));
    expect(result.status).toBe("error");
    expect(Object.keys(result.fieldErrors).sort()).toEqual([
      "academicYear",
      "expectedGraduation",
      "name",
      "timeZone",
    ]);
    expect(result.fieldErrors.timeZone).toEqual(["Choose a time zone from the list"]);
    expect(result.values).toEqual(typed);
    const [row] = await getDb()
      .select({ name: users.name, major: users.major })
      .from(users)
      .where(eq(users.id, student.id));
    expect(row).toEqual({ name: "Before", major: null });
  });

  it("offers common zones first and only current zone names", () => {
    const { common, all } = zoneChoices();
    expect(common.slice(0, 2)).toEqual(["America/New_York", "America/Chicago"]);
    const every = [...common, ...all];
    expect(every).toContain("Asia/Kolkata");
    expect(every).toContain("Europe/Kyiv");
    expect(every).not.toContain("Asia/Calcutta");
    expect(every).not.toContain("Europe/Kiev");
    expect(new Set(every).size).toBe(every.length);
    expect(all).toEqual([...all].sort());
  });

  it("saves an old zone name under its current one, and shows one saved before the same way", async () => {
    const student = await signedInStudent(null);
    expect(
      (await saveProfileAction(initialActionState, form({ ...valid, timeZone: "Asia/Calcutta" }))).status,
    ).toBe("success");
    const stored = () =>
      getDb()
        .select({ timeZone: studentProfiles.timeZone })
        .from(studentProfiles)
        .where(eq(studentProfiles.studentId, student.id));
    expect(await stored()).toEqual([{ timeZone: "Asia/Kolkata" }]);
    // A zone saved under its old name by an earlier version (the Prepare page's own picker) shows as today's.
    await getDb()
      .update(studentProfiles)
      .set({ timeZone: "Europe/Kiev" })
      .where(eq(studentProfiles.studentId, student.id));
    expect((await getMyProfile()).timeZone).toBe("Europe/Kyiv");
  });

  it("asks a nameless student once, then goes home", async () => {
    const student = await signedInStudent(null);
    await expectRedirect(
      saveWelcomeAction(initialActionState, form({ name: "Kim Lee", pronouns: "", timeZone: "Europe/Kyiv" })),
      "/home",
    );
    const [row] = await getDb().select({ name: users.name }).from(users).where(eq(users.id, student.id));
    expect(row!.name).toBe("Kim Lee");
    expect((await getMyProfile()).timeZone).toBe("Europe/Kyiv");
  });
});
