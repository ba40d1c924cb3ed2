import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  advisorComments,
  auditEvents,
  cohortAdvisors,
  cohortGoals,
  cohorts,
  digestPreferences,
  interviewQuestions,
  journalEntries,
  questions,
  studentProfiles,
} from "@/db/schema/index";
import { GET, POST } from "@/app/api/unsubscribe/[token]/route";
import { renderDigest } from "@/lib/data/internal/digests/content";
import { currentWeekStart, previewDigest } from "@/lib/data/admin/digest-preview";
import {
  describeUnsubscribeToken,
  getMyDigestPreferences,
  unsafeLoadDigestPreferences,
  updateMyDigestPreferences,
} from "@/lib/data/digests/preferences";
import { digestPreferencesSchema } from "@/lib/validation/digest-preferences";
import { signUnsubscribeToken } from "@/lib/domain/unsubscribe-token";
import { resetEnvCacheForTests } from "@/lib/env";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import {
  createCareerField,
  createContact,
  createFollowUp,
  createInterview,
  createOutreachAttempt,
} from "../factories/student-records";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

// The digest is built for the configured origin, whatever else is around: a distinct one proves it.
const ORIGIN = "http://digest-origin.example.test:4100";
const NOW = new Date("2026-11-18T15:00:00Z"); // Wednesday
const WEEK = "2026-11-16";
const SECRET = "ZZ-SECRET-NOTE-7f3a9c";
const CONTACT_EMAIL = "ben.private@contact-secret.test";
const CONTACT_PHONE = "+1 555 0100 4242";

let previousAppUrl: string | undefined;
beforeAll(() => {
  previousAppUrl = process.env.APP_URL;
  process.env.APP_URL = ORIGIN;
  resetEnvCacheForTests();
});
afterAll(() => {
  process.env.APP_URL = previousAppUrl;
  resetEnvCacheForTests();
});

/** A student with something due in every section and the secret in every free-text field. */
async function seedStudentWeek() {
  const db = getDb();
  const advisor = await createUser({ role: "advisor", name: "Prof Advisor" });
  const student = await createUser({ role: "student", name: "Sam Student" });
  await db.insert(studentProfiles).values({ studentId: student.id, timeZone: "America/New_York" });
  const cohort = await createCohort({ name: "Fall Cohort" });
  await enrolStudent(cohort.id, student.id);
  await assignAdvisor(cohort.id, advisor.id);
  await db
    .insert(cohortGoals)
    .values({ cohortId: cohort.id, metric: "interviews_completed", target: 3, dueOn: "2026-11-25" });

  const ben = await createContact(student.id, {
    name: "Ben Okafor",
    email: CONTACT_EMAIL,
    phone: CONTACT_PHONE,
    notes: SECRET,
  });
  const held = await createInterview(student.id, ben.id, {
    status: "completed",
    startsAt: new Date("2026-11-09T15:00:00Z"),
    notes: SECRET,
    takeaways: SECRET,
  });
  const [question] = await db
    .insert(questions)
    .values({ studentId: student.id, category: "trends", text: `Question ${SECRET}` })
    .returning();
  await db.insert(interviewQuestions).values({
    interviewId: held.id,
    questionId: question!.id,
    position: 0,
    answerNotes: SECRET,
  });
  const cy = await createContact(student.id, { name: "Cy Park", notes: SECRET });
  await createOutreachAttempt(student.id, cy.id, { sentOn: "2026-11-13", message: SECRET });
  const dana = await createContact(student.id, { name: "Dana Reyes" });
  const upcoming = await createInterview(student.id, dana.id, {
    status: "scheduled",
    startsAt: new Date("2026-11-20T15:00:00Z"),
    notes: SECRET,
  });
  await createFollowUp(student.id, dana.id, { kind: "update", sentOn: "2026-11-02", note: SECRET });
  await db
    .insert(journalEntries)
    .values({ studentId: student.id, entryOn: "2026-11-17", learned: SECRET, nextSteps: SECRET });
  await db.insert(advisorComments).values({
    studentId: student.id,
    interviewId: held.id,
    authorId: advisor.id,
    body: `Comment ${SECRET}`,
    createdAt: new Date("2026-11-17T12:00:00Z"),
  });
  return { advisor, student, cohort, ben, cy, dana, held, upcoming };
}

function expectNoSecrets(mail: { html: string; text: string; subject: string }) {
  for (const body of [mail.html, mail.text, mail.subject]) {
    expect(body).not.toContain(SECRET);
    expect(body).not.toContain(CONTACT_EMAIL);
    expect(body).not.toContain(CONTACT_PHONE);
  }
}

describe("renderDigest: student", () => {
  it("names what is due with absolute links on the configured origin, and no note text", async () => {
    const s = await seedStudentWeek();
    const mail = await renderDigest({ recipientId: s.student.id, kind: "student", weekStart: WEEK }, NOW);
    expect(mail).not.toBeNull();
    expect(mail!.to).toBe(s.student.email);
    for (const body of [mail!.html, mail!.text]) {
      expect(body).toContain("Ben Okafor");
      expect(body).toContain("Cy Park");
      expect(body).toContain("Dana Reyes");
      expect(body).toContain(`${ORIGIN}/contacts/${s.ben.id}`);
      expect(body).toContain(`${ORIGIN}/contacts/${s.cy.id}`);
      expect(body).toContain(`${ORIGIN}/interviews/${s.upcoming.id}`);
      // The comment links to the interview it is on, and says who wrote it.
      expect(body).toContain(`${ORIGIN}/interviews/${s.held.id}`);
      expect(body).toContain("Prof Advisor");
      expect(body).toContain("1 of 3 interviews completed");
    }
    expect(mail!.html).not.toContain("localhost");
    expectNoSecrets(mail!);
    expect(mail!.headers["List-Unsubscribe"]).toMatch(
      new RegExp(`^<${ORIGIN}/unsubscribe/[\\w-]+\\.[\\w-]+>$`),
    );
    expect(mail!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("sends nothing for an empty week", async () => {
    const student = await createUser({ role: "student" });
    expect(await renderDigest({ recipientId: student.id, kind: "student", weekStart: WEEK }, NOW)).toBeNull();
  });

  it("sends nothing to an inactive user, one who turned the digest off, or for the wrong kind", async () => {
    const s = await seedStudentWeek();
    expect(
      await renderDigest({ recipientId: s.student.id, kind: "advisor", weekStart: WEEK }, NOW),
    ).toBeNull();
    await getDb().insert(digestPreferences).values({ userId: s.student.id, studentDigest: false });
    expect(
      await renderDigest({ recipientId: s.student.id, kind: "student", weekStart: WEEK }, NOW),
    ).toBeNull();

    const inactive = await seedStudentWeek();
    const { users } = await import("@/db/schema/index");
    await getDb().update(users).set({ active: false }).where(eq(users.id, inactive.student.id));
    expect(
      await renderDigest({ recipientId: inactive.student.id, kind: "student", weekStart: WEEK }, NOW),
    ).toBeNull();
    expect(
      await renderDigest({ recipientId: "no-such-user", kind: "student", weekStart: WEEK }, NOW),
    ).toBeNull();
  });
});

describe("renderDigest: advisor", () => {
  it("lists the cohort's students needing attention with links to their pages, and no note text", async () => {
    const s = await seedStudentWeek();
    const mail = await renderDigest({ recipientId: s.advisor.id, kind: "advisor", weekStart: WEEK }, NOW);
    expect(mail).not.toBeNull();
    expect(mail!.to).toBe(s.advisor.email);
    expect(mail!.subject).toContain("Fall Cohort");
    for (const body of [mail!.html, mail!.text]) {
      expect(body).toContain("Sam Student");
      expect(body).toContain("no thank-you");
      expect(body).toContain(`${ORIGIN}/advisor/students/${s.student.id}`);
      expect(body).toContain(`${ORIGIN}/advisor/cohorts/${s.cohort.id}`);
      expect(body).toContain("3 interviews completed by 25 Nov 2026");
    }
    expectNoSecrets(mail!);
  });

  it("lists who moved forward this week: a new step reached, not just more work on an old one", async () => {
    const s = await seedStudentWeek();
    // Quinn had contacts before the week and adds another this week: busy, but still at the same step.
    const quinn = await createUser({ role: "student", name: "Quinn Steady" });
    await enrolStudent(s.cohort.id, quinn.id);
    const lastMonth = new Date("2026-10-20T12:00:00Z");
    await createContact(quinn.id, { name: "Old Contact", createdAt: lastMonth, updatedAt: lastMonth });
    await createContact(quinn.id, { name: "New Contact", createdAt: new Date("2026-11-17T12:00:00Z") });
    // Sam had done research before the week and added the contacts during it: from "identify" to "prepare"
    // (no pitch yet), the one step rule of the student's own tracker.
    await createCareerField(s.student.id, { name: "Health", createdAt: lastMonth, updatedAt: lastMonth });

    const mail = await renderDigest({ recipientId: s.advisor.id, kind: "advisor", weekStart: WEEK }, NOW);
    const text = mail!.text;
    expect(text).toContain("MOVED FORWARD THIS WEEK");
    const moved = text.slice(text.indexOf("MOVED FORWARD THIS WEEK"));
    expect(moved).toContain("Sam Student");
    expect(moved).toContain("Reached: Prepare");
    expect(moved).not.toContain("Quinn Steady");
    expect(text).toContain("2 of 2 students active, 1 moved forward");
  });

  it("re-checks access at send time: unassigned or archived cohorts are left out", async () => {
    const s = await seedStudentWeek();
    await getDb()
      .delete(cohortAdvisors)
      .where(and(eq(cohortAdvisors.cohortId, s.cohort.id), eq(cohortAdvisors.advisorId, s.advisor.id)));
    expect(
      await renderDigest({ recipientId: s.advisor.id, kind: "advisor", weekStart: WEEK }, NOW),
    ).toBeNull();

    const archived = await seedStudentWeek();
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, archived.cohort.id));
    expect(
      await renderDigest({ recipientId: archived.advisor.id, kind: "advisor", weekStart: WEEK }, NOW),
    ).toBeNull();
  });

  it("sends nothing for a cohort with nothing to report", async () => {
    const advisor = await createUser({ role: "advisor" });
    const cohort = await createCohort();
    await assignAdvisor(cohort.id, advisor.id);
    expect(await renderDigest({ recipientId: advisor.id, kind: "advisor", weekStart: WEEK }, NOW)).toBeNull();
  });
});

describe("unsubscribe", () => {
  const call = (handler: typeof POST, token: string, body?: string) =>
    handler(
      new Request(`http://evil.example/unsubscribe/${token}`, {
        method: body === undefined ? "GET" : "POST",
        headers: body === undefined ? {} : { "Content-Type": "application/x-www-form-urlencoded" },
        body,
      }),
      { params: Promise.resolve({ token }) },
    );

  it("a GET changes nothing; a one-click POST turns that digest off", async () => {
    const advisor = await createUser({ role: "advisor" });
    const token = signUnsubscribeToken({ userId: advisor.id, kind: "advisor" }, process.env.AUTH_SECRET!);

    expect(await describeUnsubscribeToken(token)).toEqual({ kind: "advisor", off: false });
    const get = await call(GET, token);
    expect(get.status).toBe(303);
    // Redirects to the confirmation page on the configured origin, not the request's host.
    expect(get.headers.get("location")).toBe(`${ORIGIN}/unsubscribe/${token}`);
    expect((await unsafeLoadDigestPreferences(advisor.id)).advisorDigest).toBe(true);

    const post = await call(POST, token, "List-Unsubscribe=One-Click");
    expect(post.status).toBe(200);
    const after = await unsafeLoadDigestPreferences(advisor.id);
    expect(after).toMatchObject({ advisorDigest: false, studentDigest: true });
    expect(await describeUnsubscribeToken(token)).toEqual({ kind: "advisor", off: true });
    // Again: still off, still fine.
    expect((await call(POST, token, "List-Unsubscribe=One-Click")).status).toBe(200);
  });

  it("refuses a tampered token and changes nothing", async () => {
    const victim = await createUser({ role: "student" });
    const attacker = await createUser({ role: "student" });
    const token = signUnsubscribeToken({ userId: attacker.id, kind: "student" }, process.env.AUTH_SECRET!);
    const signature = token.split(".")[1]!;
    const forged = `${Buffer.from(`student:${victim.id}`).toString("base64url")}.${signature}`;

    expect(await describeUnsubscribeToken(forged)).toBeNull();
    expect((await call(POST, forged, "List-Unsubscribe=One-Click")).status).toBe(404);
    expect((await call(POST, "garbage", "List-Unsubscribe=One-Click")).status).toBe(404);
    expect(
      await getDb().select().from(digestPreferences).where(eq(digestPreferences.userId, victim.id)),
    ).toEqual([]);
  });
});

describe("admin preview", () => {
  it("shows an admin the digest without the recipient's unsubscribe token; nobody else may", async () => {
    const s = await seedStudentWeek();
    const admin = await createUser({ role: "admin" });
    await signInAs(admin.id);
    const preview = await previewDigest({ userId: s.student.id, kind: "student" }, NOW);
    expect(preview?.html).toContain("Ben Okafor");
    expect(preview?.html).not.toContain("/unsubscribe/");
    expect(preview?.html).not.toContain(SECRET);
    expect(currentWeekStart(NOW)).toBe(WEEK);
    // Seeing a student's digest is seeing their records: it is on the audit record, once.
    const audit = await getDb()
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, s.student.id));
    expect(audit).toEqual([{ action: "digest.preview", actorId: admin.id }]);

    await signInAs(s.advisor.id);
    await expectNotFound(previewDigest({ userId: s.student.id, kind: "student" }, NOW));
  });
});

describe("notification preferences", () => {
  it("saves only the digests the viewer's role gets, and the weekday", async () => {
    const student = await createUser({ role: "student" });
    await signInAs(student.id);
    expect(await getMyDigestPreferences()).toMatchObject({
      kinds: ["student"],
      studentDigest: true,
      weekday: null,
    });
    // An unticked box sends nothing; the advisor box is not on a student's form at all.
    const input = digestPreferencesSchema.parse({ weekday: "3" });
    await updateMyDigestPreferences(input);
    expect(await unsafeLoadDigestPreferences(student.id)).toEqual({
      studentDigest: false,
      advisorDigest: true,
      weekday: 3,
    });
    await updateMyDigestPreferences(digestPreferencesSchema.parse({ studentDigest: "on", weekday: "" }));
    expect(await unsafeLoadDigestPreferences(student.id)).toMatchObject({
      studentDigest: true,
      weekday: null,
    });
    expect(digestPreferencesSchema.safeParse({ weekday: "8" }).success).toBe(false);
  });
});
