import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { cohortAdvisors, cohorts, cohortStudents } from "../db/schema/index";
import { expect, test, uniqueEmail, type TestUser } from "./fixtures";
import { signInThroughMailbox } from "./support/sign-in";

/** A running cohort with `advisor` assigned; each test makes its own. */
async function createAssignedCohort(db: Database, advisor: TestUser) {
  const name = `Career Lab ${randomBytes(3).toString("hex")}`;
  const [cohort] = await db
    .insert(cohorts)
    .values({ name, term: "Fall 2026", startsOn: "2026-09-07", endsOn: "2026-12-11" })
    .returning({ id: cohorts.id, name: cohorts.name });
  if (!cohort) throw new Error("no cohort");
  await db.insert(cohortAdvisors).values({ cohortId: cohort.id, advisorId: advisor.id });
  return cohort;
}

async function enrolledStudentIds(db: Database, cohortId: string) {
  const rows = await db
    .select({ id: cohortStudents.studentId })
    .from(cohortStudents)
    .where(eq(cohortStudents.cohortId, cohortId));
  return rows.map((row) => row.id);
}

test("an advisor uploads a roster, reviews the preview and adds the students", async ({
  page,
  loginAs,
  createUser,
  db,
}) => {
  const advisor = await loginAs("advisor");
  const cohort = await createAssignedCohort(db, advisor);
  const existing = await createUser({ role: "student" });
  const newcomer = uniqueEmail("newcomer");
  const csv = [
    "Name,Email",
    `Existing Student,${existing.email}`,
    `New Student,${newcomer}`,
    "Typo,not-an-address",
    `New Student again,${newcomer}`,
    "",
  ].join("\n");

  await page.goto("/advisor");
  await page.getByRole("link", { name: `Add students to ${cohort.name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Add students to ${cohort.name}`);

  await page.getByLabel("Or upload a roster file").setInputFiles({
    name: "class-list.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Preview" }).click();

  const table = page.getByRole("table", { name: "What confirming will do with each row" });
  await expect(table.getByRole("row", { name: new RegExp(existing.email) })).toContainText(
    "Has a student account: will be enrolled",
  );
  await expect(table.getByRole("row").filter({ hasText: newcomer }).first()).toContainText("Will be invited");
  await expect(table.getByRole("row", { name: /not-an-address/ })).toContainText("Not a valid email address");
  await expect(table).toContainText("Already earlier in the list");
  // The preview wrote nothing.
  expect(await enrolledStudentIds(db, cohort.id)).toEqual([]);

  await page.getByRole("button", { name: "Invite 1 person and enrol 1 student" }).click();
  await expect(page.getByText("Invited 1 person, enrolled 1 student.")).toBeVisible();
  await expect(page.getByText("1 invitation emailed.")).toBeVisible();
  expect(await enrolledStudentIds(db, cohort.id)).toEqual([existing.id]);

  await page.reload();
  const pending = page.getByRole("table", { name: `Invites to ${cohort.name} not yet used` });
  await expect(pending.getByRole("row", { name: new RegExp(newcomer) })).toBeVisible();
});

test("students join with the cohort's link, signed in or not", async ({
  page,
  browser,
  loginAs,
  createUser,
  db,
  runInfo,
}) => {
  const advisor = await loginAs("advisor");
  const cohort = await createAssignedCohort(db, advisor);

  await page.goto(`/advisor/cohorts/${cohort.id}/enrol`);
  await page.getByLabel("The link works for").selectOption("7");
  await page.getByRole("button", { name: "Create join link" }).click();
  await expect(page.getByText("Join link created.")).toBeVisible();
  const link = await page.getByRole("textbox", { name: /^Join link with code/ }).inputValue();
  const joinPath = new URL(link).pathname;
  expect(joinPath).toMatch(/^\/join\/[A-Z2-9]{8}$/);

  // A student who already has an account joins with one click; a second visit changes nothing.
  const studentContext = await browser.newContext({ baseURL: runInfo.appA });
  const student = await createUser({ role: "student" });
  await loginAs(student, studentContext);
  const studentPage = await studentContext.newPage();
  await studentPage.goto(joinPath);
  await studentPage.getByRole("button", { name: `Join ${cohort.name}` }).click();
  await expect(studentPage.getByRole("heading", { level: 1 })).toHaveText(`You are in ${cohort.name}`);
  await expect(studentPage.getByText("You joined the cohort.")).toBeVisible();
  await studentPage.goto(joinPath);
  await expect(studentPage.getByText("You are already a member of this cohort.")).toBeVisible();
  await studentContext.close();

  // Someone without an account asks for a link on the join page and comes back enrolled.
  const visitorContext = await browser.newContext({ baseURL: runInfo.appA });
  const visitor = await visitorContext.newPage();
  const email = uniqueEmail("joiner");
  await visitor.goto(joinPath);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Join ${cohort.name}`);
  await signInThroughMailbox(visitor, email, joinPath);
  await expect(visitor).toHaveURL(new RegExp(`${joinPath}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`You are in ${cohort.name}`);
  await visitorContext.close();

  expect(await enrolledStudentIds(db, cohort.id)).toHaveLength(2);

  // The advisor revokes the link; it stops working for everyone, with one neutral answer.
  await page.getByRole("button", { name: /^Revoke link with code/ }).click();
  await expect(page.getByText("No working links")).toBeVisible();
  await page.goto(joinPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
});
