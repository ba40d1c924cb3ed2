import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { eq } from "drizzle-orm";
import {
  cohortAdvisors,
  cohorts,
  cohortStudents,
  contacts,
  interviews,
  organizations,
  outreachAttempts,
  users,
} from "../db/schema/index";
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

/** Serious and critical violations only: what the pages that hold a student's work must never have. */
async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")) }));
  expect(serious, where).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, where).toBeLessThanOrEqual(clientWidth);
}

for (const width of [390, 1280]) {
  test(`the contact and interview pages at ${width}px: axe finds nothing serious, nothing scrolls sideways`, async ({
    browser,
    runInfo,
    loginAs,
    db,
  }) => {
    // A long journey on a shared 2-core machine: three times the usual time.
    test.slow();
    const context = await browser.newContext({ baseURL: runInfo.appA, viewport: { width, height: 900 } });
    const student = await loginAs("student", context);
    const page = await context.newPage();
    const [organization] = await db
      .insert(organizations)
      .values({ studentId: student.id, name: "Acme Analytics", website: "https://acme.example" })
      .returning({ id: organizations.id });
    const [referrer] = await db
      .insert(contacts)
      .values({ studentId: student.id, name: "Bea Ortiz" })
      .returning({ id: contacts.id });
    const [contact] = await db
      .insert(contacts)
      .values({
        studentId: student.id,
        name: "Dana Reyes",
        title: "Senior data analyst",
        email: "dana.reyes@acme-analytics.example",
        linkedinUrl: "https://www.linkedin.com/in/dana-reyes-analytics",
        organizationId: organization!.id,
        referredByContactId: referrer!.id,
        source: "referral",
      })
      .returning({ id: contacts.id });
    await db.insert(outreachAttempts).values({
      studentId: student.id,
      contactId: contact!.id,
      sentOn: "2026-11-02",
      channel: "email",
      message: "Hello Dana, Bea suggested I write to you.",
      reply: "replied",
      repliedOn: "2026-11-03",
    });
    const [upcoming, held] = await db
      .insert(interviews)
      .values([
        {
          studentId: student.id,
          contactId: contact!.id,
          startsAt: new Date(Date.now() + 7 * 86_400_000),
          timeZone: "Europe/Paris",
          format: "video",
          location: "https://meet.example/a-rather-long-video-call-link-that-must-wrap-on-a-phone",
        },
        {
          studentId: student.id,
          contactId: contact!.id,
          startsAt: new Date(Date.now() - 86_400_000),
          timeZone: "Europe/Paris",
          format: "phone",
          status: "completed",
        },
      ])
      .returning({ id: interviews.id });

    await page.goto(`/contacts/${contact!.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dana Reyes");
    await expectNoSeriousViolations(page, "contact page");
    await expectNoSidewaysScroll(page, "contact page");
    await page.getByRole("button", { name: "Write a message" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoSeriousViolations(page, "write-a-message dialog");
    await page.keyboard.press("Escape");

    await page.goto(`/contacts/${contact!.id}/edit`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Dana Reyes");
    await expectNoSeriousViolations(page, "contact edit page");
    await expectNoSidewaysScroll(page, "contact edit page");

    for (const [label, id] of [
      ["interview before", upcoming!.id],
      ["interview after", held!.id],
    ] as const) {
      await page.goto(`/interviews/${id}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Dana Reyes");
      await expectNoSeriousViolations(page, label);
      await expectNoSidewaysScroll(page, label);
    }
    await context.close();
  });
}

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
