import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import { cohortAdvisors, users } from "../db/schema/index";
import { createSyntheticCohort } from "../db/synthetic-cohort";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { giveStudentWork } from "./support/student-work";

const TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
  expect(summary).toEqual([]);
}

test.describe("no axe violations (WCAG 2.2 AA tags)", () => {
  for (const { path, heading } of [
    { path: "/sign-in", heading: "Sign in" },
    { path: "/sign-in/check-email", heading: "Check your email" },
    { path: "/sign-in/confirm?token=x&email=a@b.co", heading: "Sign in to Fieldnotes" },
    { path: "/sign-in/error?error=Verification", heading: "This sign-in link no longer works" },
    { path: "/mailbox", heading: "Local mailbox" },
  ]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoViolations(page);
    });
  }

  test("/sign-in with a field error", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("not an address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await expectNoViolations(page);
  });

  for (const { role, path, heading } of [
    { role: "student", path: "/home", heading: /^Welcome, / },
    { role: "advisor", path: "/advisor", heading: "My cohorts" },
    { role: "admin", path: "/admin", heading: "Administration" },
    { role: "student", path: "/research", heading: "Research" },
    { role: "student", path: "/prepare", heading: /./ },
    { role: "student", path: "/interviews", heading: /./ },
    { role: "student", path: "/research/organizations/new", heading: "Add an organization" },
    { role: "student", path: "/contacts", heading: "Contacts" },
    { role: "student", path: "/contacts/new", heading: "Add a contact" },
    { role: "student", path: "/contacts/network", heading: "Referral network" },
    { role: "student", path: "/outreach", heading: "Outreach" },
    { role: "student", path: "/follow-up", heading: "Follow-up" },
    { role: "student", path: "/settings/profile", heading: "Profile" },
  ] as const) {
    test(`${path} for the ${role}`, async ({ page, loginAs }) => {
      await loginAs(role);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoViolations(page);
    });
  }

  test("the organization form with field errors", async ({ page, loginAs }) => {
    await loginAs("student");
    await page.goto("/research/organizations/new");
    await page.getByLabel("Website").fill("not a web address");
    await page.getByRole("button", { name: "Add organization" }).click();
    await expect(page.getByText("Enter the organization's name")).toBeVisible();
    await expect(page.getByLabel("Name")).toBeFocused();
    await expectNoViolations(page);
  });

  test("404 page", async ({ page }) => {
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNoViolations(page);
  });
});

test("/sign-in fits a 390px-wide phone without sideways scrolling", async ({ browser, runInfo }) => {
  const context = await browser.newContext({ baseURL: runInfo.appA, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await context.close();
});

// The cohort dashboard is the densest page: checked with a cohort big enough to page, flag and group (60
// students with a term of activity), at a phone's width and at 1280 px, where it must not scroll sideways.
test("the cohort dashboard at 390 and 1280 px: axe, and no sideways scroll", async ({
  page,
  loginAs,
  db,
}) => {
  const advisor = await loginAs("advisor");
  const { cohortId } = await createSyntheticCohort(db, {
    students: 60,
    label: `a11y-${randomBytes(3).toString("hex")}`,
  });
  await db.insert(cohortAdvisors).values({ cohortId, advisorId: advisor.id });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/advisor/cohorts/${cohortId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Synthetic a11y-/);
    await expect(page.getByRole("heading", { name: "Needs attention" })).toBeVisible();
    await expectNoViolations(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `sideways scroll at ${width}px`).toBeLessThanOrEqual(clientWidth);
  }
});

// The six-step pages with something on every list, at a phone's width and a laptop's.
for (const width of [390, 1280]) {
  for (const { path, heading } of [
    { path: "/home", heading: /^Welcome, / },
    { path: "/outreach", heading: "Outreach" },
    { path: "/follow-up", heading: "Follow-up" },
    { path: "/settings/profile", heading: "Profile" },
  ]) {
    test(`${path} with work to do at ${width}px: axe clean, no sideways scroll`, async ({
      browser,
      runInfo,
      loginAs,
      db,
    }) => {
      const context = await browser.newContext({ baseURL: runInfo.appA, viewport: { width, height: 900 } });
      const student = await loginAs("student", context);
      await giveStudentWork(db, student.id);
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
}

test("/welcome for a student without a name at 390px", async ({
  browser,
  runInfo,
  loginAs,
  createUser,
  db,
}) => {
  const context = await browser.newContext({ baseURL: runInfo.appA, viewport: { width: 390, height: 844 } });
  const student = await createUser({ role: "student" });
  await db.update(users).set({ name: null }).where(eq(users.id, student.id));
  await loginAs(student, context);
  const page = await context.newPage();
  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Fieldnotes");
  await expectNoViolations(page);
  await context.close();
});
