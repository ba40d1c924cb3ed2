import { addDays } from "date-fns";
import { eq } from "drizzle-orm";
import { interviews, outreachAttempts, studentProfiles, users } from "../db/schema/index";
import { expect, test } from "./fixtures";
import { giveStudentWork } from "./support/student-work";
import type { Page } from "@playwright/test";

const nextAction = (page: Page) => page.getByTestId("next-action");
const step = (page: Page, label: string) =>
  page.getByRole("region", { name: "Your six steps" }).getByRole("listitem").filter({ hasText: label });

test("a first sign-in asks for a name, with the browser's time zone under its current name", async ({
  browser,
  runInfo,
  loginAs,
  createUser,
  db,
}) => {
  // Chromium reports this zone by its old name, Asia/Calcutta.
  const context = await browser.newContext({ baseURL: runInfo.appA, timezoneId: "Asia/Kolkata" });
  const student = await createUser({ role: "student" });
  await db.update(users).set({ name: null }).where(eq(users.id, student.id));
  await loginAs(student, context);
  const page = await context.newPage();

  await page.goto("/home");
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Kolkata");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter your name")).toBeVisible();

  await page.getByLabel("Your name").fill("Kim Lee");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Kim Lee");
  const [profile] = await db
    .select({ timeZone: studentProfiles.timeZone })
    .from(studentProfiles)
    .where(eq(studentProfiles.studentId, student.id));
  expect(profile?.timeZone).toBe("Asia/Kolkata");

  // The profile page holds the rest, and keeps the zone chosen.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profile");
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Kolkata");
  await page.getByLabel("Major (optional)").fill("Economics");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();

  // A zone stored under its old name (an earlier Prepare page saved what the browser said) shows and is
  // saved under the current one.
  await db
    .update(studentProfiles)
    .set({ timeZone: "Asia/Calcutta" })
    .where(eq(studentProfiles.studentId, student.id));
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Kolkata");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
  const [saved] = await db
    .select({ timeZone: studentProfiles.timeZone })
    .from(studentProfiles)
    .where(eq(studentProfiles.studentId, student.id));
  expect(saved?.timeZone).toBe("Asia/Kolkata");
  await context.close();
});

test("the step tracker moves as the student completes each step and names the next action", async ({
  page,
  loginAs,
  db,
}) => {
  const student = await loginAs("student");
  await page.goto("/home");
  await expect(step(page, "Research")).toContainText("You are here");
  await expect(nextAction(page)).toHaveText("Note a career field or organization");

  await nextAction(page).click();
  await page.goto("/research/organizations/new");
  await page.getByLabel("Name").fill("Northwind Analytics");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was added" })).toBeVisible();

  await page.goto("/home");
  await expect(step(page, "Research")).toContainText("Done");
  await expect(step(page, "Research")).toContainText("0 career fields, 1 organization");
  await expect(step(page, "People")).toContainText("You are here");
  await nextAction(page).click();
  await expect(page).toHaveURL(/\/contacts\/new$/);
  await page.getByLabel("Name", { exact: true }).fill("Dana Reyes");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was added" })).toBeVisible();

  await page.goto("/home");
  await expect(step(page, "People")).toContainText("1 person");
  await expect(nextAction(page)).toHaveText("Write your elevator pitch");
  await nextAction(page).click();
  await page.getByLabel("Elevator pitch").fill("I'm a third-year economics student curious about analytics.");
  await page.getByRole("button", { name: "Save pitch" }).click();
  await expect(page.getByRole("status").first()).toBeVisible();

  await page.goto("/home");
  await expect(step(page, "Prepare")).toContainText("Pitch written");
  await expect(nextAction(page)).toHaveText("Write to Dana Reyes");

  // Steps 4 to 6 as logged elsewhere (the contact and interview pages have their own journeys).
  const contactId = ((await nextAction(page).getAttribute("href")) ?? "").split("/")[2]!;
  await db.insert(outreachAttempts).values({
    studentId: student.id,
    contactId,
    sentOn: "2026-01-05",
    channel: "email",
    reply: "replied",
    repliedOn: "2026-01-06",
  });
  await db.insert(interviews).values({
    studentId: student.id,
    contactId,
    startsAt: addDays(new Date(), -1),
    timeZone: "UTC",
    format: "phone",
    status: "completed",
  });
  await page.goto("/home");
  await expect(step(page, "Interviews")).toContainText("1 interview done");
  await expect(step(page, "Follow-up")).toContainText("You are here");
  await expect(nextAction(page)).toHaveText("Send your thank-you to Dana Reyes");

  await nextAction(page).click();
  await expect(page).toHaveURL(/\/follow-up$/);
  await page.getByRole("button", { name: "Thank-you sent: Dana Reyes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank-you recorded" })).toBeVisible();

  await page.goto("/home");
  await expect(step(page, "Follow-up")).toContainText("Done");
  await expect(page.getByRole("region", { name: "Your six steps" }).getByText("You are here")).toHaveCount(0);
});

test("the outreach and follow-up pages list what is due, and one click logs it", async ({
  page,
  loginAs,
  db,
}) => {
  const student = await loginAs("student");
  await giveStudentWork(db, student.id);

  await page.goto("/outreach");
  const due = page.getByRole("region", { name: /Follow-ups due/ });
  await expect(due.getByRole("listitem").filter({ hasText: "Cy Park" })).toContainText("Overdue since");
  await expect(page.getByRole("region", { name: /Waiting for a reply/ })).toContainText("Di Moreno");

  await page.getByRole("button", { name: "Follow-up sent: Cy Park" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Follow-up logged" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Waiting for a reply/ })).toContainText("Cy Park");
  await expect(due).not.toContainText("Cy Park");

  await page.getByRole("button", { name: "They replied: Di Moreno" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reply recorded" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Di Moreno");

  await page.goto("/follow-up");
  const thanks = page.getByRole("region", { name: /Thank-yous/ });
  await expect(thanks.getByRole("listitem").filter({ hasText: "Fay Lindqvist" })).toContainText(/Due/);
  await page.getByRole("button", { name: "Thank-you sent: Fay Lindqvist" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank-you recorded" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Updates to send/ })).toContainText("Fay Lindqvist");
  await page.getByRole("button", { name: "Update sent: Fay Lindqvist" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update recorded" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Fay Lindqvist");
});

test("with nothing waiting, the pages say what to do next", async ({ page, loginAs }) => {
  await loginAs("student");
  await page.goto("/outreach");
  await expect(page.getByRole("heading", { name: "No messages waiting for a reply" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose someone to write to" })).toHaveAttribute(
    "href",
    "/contacts",
  );
  await page.goto("/follow-up");
  await expect(page.getByRole("heading", { name: "Nothing to follow up yet" })).toBeVisible();
});
