import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { auditEvents, contacts, users } from "../db/schema/index";
import { expect, sessionCount, test } from "./fixtures";

test("a student downloads their data, then deletes their account and is signed out", async ({
  page,
  loginAs,
  db,
  runInfo,
}) => {
  const student = await loginAs("student");
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Ana Ortiz");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana Ortiz");

  await page.goto("/my-data");
  await page.getByRole("link", { name: "Delete my account…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Delete my account");
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  // The export is offered first, and it works from here.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (JSON)" }).click();
  const download = await downloading;
  const exported = fs.readFileSync(await download.path(), "utf8");
  expect(JSON.parse(exported)).toBeTruthy();
  expect(exported).toContain("Ana Ortiz");
  await expect(page.getByRole("link", { name: "Download spreadsheets (CSV files, zipped)" })).toBeVisible();

  // A wrong address deletes nothing and keeps what was typed.
  const confirmation = page.getByLabel("Type your email address to confirm");
  await confirmation.fill("someone-else@example.test");
  await page.getByRole("button", { name: "Delete my account and everything in it" }).click();
  await expect(
    page.getByText("That isn't your email address. Type it exactly as shown above."),
  ).toBeVisible();
  await expect(confirmation).toHaveValue("someone-else@example.test");
  await expect(confirmation).toHaveAttribute("aria-invalid", "true");

  await confirmation.fill(student.email);
  await page.getByRole("button", { name: "Delete my account and everything in it" }).click();
  await expect(page).toHaveURL(`${runInfo.appA}/account-deleted`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account has been deleted");

  // Signed out: the student's pages send them to sign in.
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await sessionCount(db, student.id)).toBe(0);
  expect(await db.select().from(contacts).where(eq(contacts.studentId, student.id))).toHaveLength(0);
  const [row] = await db.select().from(users).where(eq(users.id, student.id));
  expect(row?.deletedAt).toBeInstanceOf(Date);
  expect(row?.email).not.toBe(student.email);
  const trail = await db.select().from(auditEvents).where(eq(auditEvents.subjectUserId, student.id));
  expect(trail.map((e) => e.action)).toContain("account.deleted");
});
