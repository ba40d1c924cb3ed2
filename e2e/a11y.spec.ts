import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { cohortAdvisors, cohorts, cohortStudents } from "../db/schema/index";

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

test.describe("new advisor and student pages: axe at 390 and 1280 px, no sideways scroll", () => {
  for (const width of [390, 1280]) {
    for (const page of ["outcomes", "advisor student", "term report"] as const) {
      test(`${page} at ${width} px`, async ({ browser, runInfo, loginAs, createUser, db }) => {
        const advisor = await createUser({ role: "advisor" });
        const student = await createUser({ role: "student" });
        const [cohort] = await db
          .insert(cohorts)
          .values({
            name: `A11y Lab ${randomBytes(3).toString("hex")}`,
            term: "Fall",
            startsOn: "2026-09-01",
            endsOn: "2027-01-31",
          })
          .returning({ id: cohorts.id });
        await db.insert(cohortAdvisors).values({ cohortId: cohort!.id, advisorId: advisor.id });
        await db.insert(cohortStudents).values({ cohortId: cohort!.id, studentId: student.id });
        const who = page === "outcomes" ? student : advisor;
        const path =
          page === "outcomes"
            ? "/outcomes"
            : page === "advisor student"
              ? `/advisor/students/${student.id}`
              : `/advisor/cohorts/${cohort!.id}/report`;
        const context = await browser.newContext({ baseURL: runInfo.appA, viewport: { width, height: 900 } });
        await loginAs(who, context);
        const tab = await context.newPage();
        await tab.goto(path);
        await expect(tab.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoViolations(tab);
        const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        await context.close();
      });
    }
  }
});
