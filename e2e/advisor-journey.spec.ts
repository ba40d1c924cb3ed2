import { randomBytes } from "node:crypto";
import {
  careerFields,
  cohortAdvisors,
  cohortJoinCodes,
  cohorts,
  contacts,
  outreachAttempts,
  studentProfiles,
} from "../db/schema/index";
import { expect, test } from "./fixtures";

// Issue 4's loop: a student joins with the cohort's link and logs an interview; their advisor sees them
// move forward on the dashboard and comments; the student reads the comment; another advisor sees nothing.
test("an advisor watches a student move forward, comments, and the student reads it", async ({
  page,
  browser,
  loginAs,
  createUser,
  db,
  runInfo,
}) => {
  // Two people, a dozen pages and a rebuilt dashboard: more than the default 30 s on a busy 2-core CI machine.
  test.slow();
  const advisor = await loginAs("advisor");
  const name = `Career Lab ${randomBytes(3).toString("hex")}`;
  const [cohort] = await db
    .insert(cohorts)
    .values({ name, term: "Fall 2026", startsOn: "2026-09-07", endsOn: "2026-12-18" })
    .returning({ id: cohorts.id });
  await db.insert(cohortAdvisors).values({ cohortId: cohort!.id, advisorId: advisor.id });
  // Join codes use an alphabet without look-alikes (no 0/O, 1/I/L).
  const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const code = [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join("");
  await db
    .insert(cohortJoinCodes)
    .values({ cohortId: cohort!.id, code, expiresAt: new Date(Date.now() + 7 * 86_400_000) });

  const studentContext = await browser.newContext({ baseURL: runInfo.appA });
  const student = await createUser({
    role: "student",
    name: `Noor Haddad ${randomBytes(2).toString("hex")}`,
  });
  await loginAs(student, studentContext);
  const studentPage = await studentContext.newPage();
  // The student types the code read off a slide: a mistake is explained, then any case and spacing works.
  await studentPage.goto("/home");
  await studentPage.getByRole("link", { name: "enter a cohort code" }).click();
  await studentPage.getByLabel("Cohort code").fill("K7Q");
  await studentPage.getByRole("button", { name: "Continue" }).click();
  await expect(studentPage.getByText("Enter the 8-character code")).toBeVisible();
  await expect(studentPage.getByLabel("Cohort code")).toHaveValue("K7Q");
  await studentPage.getByLabel("Cohort code").fill(`${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`);
  await studentPage.getByRole("button", { name: "Continue" }).click();
  await studentPage.getByRole("button", { name: `Join ${name}` }).click();
  await expect(studentPage.getByRole("heading", { level: 1 })).toHaveText(`You are in ${name}`);

  // Before: enrolled, nothing logged.
  const dashboard = `/advisor/cohorts/${cohort!.id}`;
  await page.goto(dashboard);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: student.name! }) });
  // Cells after the name: stage, contacts, outreach, interviews, …
  // The stage is the student's current step, the rule of their own tracker: nothing done, so research.
  await expect(row.getByRole("cell").nth(0)).toHaveText("1. Research");
  await expect(row.getByRole("cell").nth(3)).toHaveText("0"); // interviews completed

  // The student has researched, written a pitch and written to Priya; then logs a held interview.
  await db.insert(careerFields).values({ studentId: student.id, name: "Public health" });
  await db.insert(studentProfiles).values({ studentId: student.id, elevatorPitch: "I study public health." });
  const [contact] = await db
    .insert(contacts)
    .values({ studentId: student.id, name: "Priya Raman", source: "alumni" })
    .returning({ id: contacts.id });
  await db
    .insert(outreachAttempts)
    .values({ studentId: student.id, contactId: contact!.id, sentOn: "2026-11-02", channel: "email" });
  await studentPage.goto(`/contacts/${contact!.id}`);
  await studentPage.getByRole("link", { name: "Schedule an interview" }).click();
  await studentPage.getByLabel("Date", { exact: true }).fill("2026-11-16");
  await studentPage.getByLabel("Start time").fill("11:00");
  await studentPage.getByLabel("Format").selectOption("video");
  await studentPage.getByRole("button", { name: "Schedule interview" }).click();
  // The interview is in the past: the page asks whether it happened.
  await studentPage.getByRole("button", { name: "Yes, mark it as held" }).click();
  await expect(studentPage.getByRole("button", { name: "I sent it today by email" })).toBeVisible();

  // After: the dashboard counts the interview and the funnel shows the step reached.
  await page.reload();
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
  // Interview held, thank-you not sent yet: follow-up is the current step, as on the student's tracker.
  await expect(row.getByRole("cell").nth(0)).toHaveText("6. Follow up");
  // The stage filter is a plain GET form: the student is among those at the follow-up step.
  await page.getByLabel("Stage").selectOption("follow-up");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/stage=follow-up/);
  await expect(row).toBeVisible();
  await page.getByLabel("Stage").selectOption("done");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No student matches these filters.")).toBeVisible();
  await page.goto(dashboard);
  const funnel = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "The six steps" }) });
  await expect(funnel.getByRole("listitem").nth(4)).toHaveText(/Interview\s*1 of 1/);

  await row.getByRole("link", { name: student.name! }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(student.name!);
  await page.getByLabel("Comment for the student").fill("Great first interview. Ask Priya for one referral.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Great first interview. Ask Priya for one referral.")).toBeVisible();

  await studentPage.goto("/home");
  await expect(
    studentPage
      .locator("section")
      .filter({ has: studentPage.getByRole("heading", { name: "From your advisor" }) }),
  ).toContainText("Great first interview. Ask Priya for one referral.");
  await studentContext.close();

  // An advisor not assigned to the cohort meets the same 404 as for a page that does not exist.
  const otherContext = await browser.newContext({ baseURL: runInfo.appA });
  await loginAs("advisor", otherContext);
  const other = await otherContext.newPage();
  for (const path of [dashboard, `/advisor/students/${student.id}`, `${dashboard}/export.csv`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await otherContext.close();
});
