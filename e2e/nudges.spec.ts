import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import {
  attentionHandled,
  cohortAdvisors,
  cohorts,
  cohortStudents,
  contacts,
  interviews,
} from "../db/schema/index";
import type { Database } from "../db/client";
import { expect, test, type TestUser } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { mailboxCountFor } from "./support/mail";

// Issue 13's loop: flags lead to action. An advisor nudges two flagged students at once; each gets one mail
// and sees the note on their home; the dashboard says "nudged"; a flag marked handled leaves the dashboard
// until its condition has lasted a week more.

const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/** A cohort of the advisor's with students who each held an interview ten days ago and sent no thank-you. */
async function flaggedCohort(
  db: Database,
  advisor: TestUser,
  createUser: (input: { role: "student"; name: string }) => Promise<TestUser>,
  names: string[],
) {
  const tag = randomBytes(3).toString("hex");
  const [cohort] = await db
    .insert(cohorts)
    .values({ name: `Nudge Lab ${tag}`, term: "Fall", startsOn: isoDay(-40), endsOn: isoDay(60) })
    .returning({ id: cohorts.id });
  await db.insert(cohortAdvisors).values({ cohortId: cohort!.id, advisorId: advisor.id });
  const students: TestUser[] = [];
  for (const name of names) {
    const student = await createUser({ role: "student", name: `${name} ${tag}` });
    await db.insert(cohortStudents).values({ cohortId: cohort!.id, studentId: student.id });
    const [contact] = await db
      .insert(contacts)
      .values({ studentId: student.id, name: "Priya Raman", source: "alumni" })
      .returning({ id: contacts.id });
    await db.insert(interviews).values({
      studentId: student.id,
      contactId: contact!.id,
      startsAt: new Date(Date.now() - 10 * DAY),
      timeZone: "UTC",
      format: "video",
      status: "completed",
    });
    students.push(student);
  }
  return { cohortId: cohort!.id, students };
}

test("an advisor nudges two flagged students at once; each gets one mail and sees it; handled hides a flag for a week", async ({
  page,
  browser,
  loginAs,
  createUser,
  db,
  runInfo,
}) => {
  test.slow();
  const advisor = await loginAs("advisor");
  const { cohortId, students } = await flaggedCohort(db, advisor, createUser, ["Ana Lima", "Ben Okoro"]);
  const [ana, ben] = students as [TestUser, TestUser];
  const dashboard = `/advisor/cohorts/${cohortId}`;

  await page.goto(dashboard);
  await page.getByLabel(`Select ${ana.name}`).check();
  await page.getByLabel(`Select ${ben.name}`).check();
  await page.getByRole("button", { name: "Nudge selected" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nudge 2 students");
  const recipients = page.getByRole("list", { name: "Recipients" });
  await expect(recipients).toContainText(ana.name!);
  await expect(recipients).toContainText(ben.name!);
  await expect(recipients).toContainText("Thank-you overdue");
  const message = page.getByLabel("Message");
  await expect(message).toHaveValue(/^Hi \{name\},/);
  await message.fill("Hi {name}, I noticed {reason}. Can we talk on Thursday?");
  // A double click sends once: the button is disabled while sending and the form's key is recorded.
  await page.getByRole("button", { name: "Send nudge" }).dblclick();
  await expect(page.getByRole("status")).toContainText("Nudge sent to 2 students");

  for (const student of [ana, ben]) {
    await expect.poll(() => mailboxCountFor(db, student.email)).toBe(1);
  }

  // Each student sees their own note on home, their name and the reason merged in.
  const studentContext = await browser.newContext({ baseURL: runInfo.appA });
  await loginAs(ana, studentContext);
  const studentPage = await studentContext.newPage();
  await studentPage.goto("/home");
  const note = studentPage.getByRole("region", { name: "A note from your advisor" });
  await expect(note).toContainText(
    "Hi Ana, I noticed a thank-you note after one of your interviews is overdue. Can we talk on Thursday?",
  );
  await studentContext.close();

  // The dashboard records it; nothing more was mailed since.
  await page.goto(dashboard);
  const rowOf = (student: TestUser) =>
    page.getByRole("row").filter({ has: page.getByRole("link", { name: student.name! }) });
  await expect(rowOf(ana)).toContainText("Nudged today");
  await expect(rowOf(ben)).toContainText("Nudged today");
  expect(await mailboxCountFor(db, ana.email)).toBe(1);
  expect(await mailboxCountFor(db, ben.email)).toBe(1);

  // Ana's flag is marked handled on her page, with a note.
  await page.goto(`/advisor/students/${ana.id}`);
  await expect(page.getByRole("list", { name: "Nudges sent" })).toContainText("Thank-you overdue");
  await page.getByText("Mark handled", { exact: false }).first().click();
  await page.getByLabel(/What you did about/).fill("Talked after class; she sends it tonight.");
  await page.getByRole("button", { name: "Mark handled" }).click();
  // The page refreshes with the flag moved under "handled", with the note and when it may come back.
  const handled = page.getByRole("list", { name: "Handled flags" });
  await expect(handled).toContainText("Talked after class");
  await expect(handled).toContainText("Shows again from");
  await expect(page.getByRole("list", { name: "Flags", exact: true })).toHaveCount(0);

  // Off the dashboard's thank-you flag while handled…
  const flagged = `${dashboard}?reason=thank-you-overdue#students`;
  await page.goto(flagged);
  await expect(rowOf(ben)).toBeVisible();
  await expect(rowOf(ana)).toHaveCount(0);

  // …and back once the condition has lasted a week after it was handled (the clock moved in the database).
  await db
    .update(attentionHandled)
    .set({ handledAt: sql`now() - interval '7 days 1 minute'` })
    .where(eq(attentionHandled.studentId, ana.id));
  await page.reload();
  await expect(rowOf(ana)).toBeVisible();
  await expect(rowOf(ana)).toContainText("Thank-you overdue");
});

for (const width of [390, 1280]) {
  test(`the nudge page and a flagged student's page at ${width} px: axe, no sideways scroll`, async ({
    browser,
    runInfo,
    loginAs,
    createUser,
    db,
  }) => {
    const advisor = await createUser({ role: "advisor" });
    const { cohortId, students } = await flaggedCohort(db, advisor, createUser, ["Cleo Park"]);
    const context = await browser.newContext({ baseURL: runInfo.appA, viewport: { width, height: 900 } });
    await loginAs(advisor, context);
    const tab = await context.newPage();
    for (const path of [
      `/advisor/cohorts/${cohortId}/nudge?student=${students[0]!.id}&reason=thank-you-overdue`,
      `/advisor/students/${students[0]!.id}`,
    ]) {
      await tab.goto(path);
      await expect(tab.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(tab);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}
