import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

test.describe("administration: cohorts", () => {
  test("an admin creates a cohort and assigns an advisor, who then sees it", async ({
    page,
    browser,
    runInfo,
    loginAs,
    createUser,
  }) => {
    const advisor = await createUser({ role: "advisor", name: `Avery Advisor ${Date.now().toString(36)}` });
    const cohortName = `Design Studio ${Date.now().toString(36)}`;
    await loginAs("admin");

    await page.goto("/admin");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cohorts" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cohorts");
    await page.getByRole("link", { name: "New cohort" }).click();

    await page.getByLabel("Name").fill(cohortName);
    await page.getByLabel("Term").fill("Fall 2026");
    await page.getByLabel("Starts on").fill("2026-09-01");
    await page.getByLabel("Ends on").fill("2026-08-01");
    await page.getByRole("button", { name: "Create cohort" }).click();

    // The mistake is explained next to its field, and nothing typed is lost.
    const endsOn = page.getByLabel("Ends on");
    await expect(endsOn).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("The end date can't be before the start date")).toBeVisible();
    await expect(page.getByLabel("Name")).toHaveValue(cohortName);
    await expect(page.getByLabel("Term")).toHaveValue("Fall 2026");

    await endsOn.fill("2026-12-15");
    await page.getByRole("button", { name: "Create cohort" }).click();
    await expect(page).toHaveURL(/\/admin\/cohorts\/[^/?]+\?created=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(cohortName);
    await expect(page.getByText("No advisor assigned")).toBeVisible();

    await page
      .getByLabel("Advisor", { exact: true })
      .selectOption({ label: `${advisor.name} (${advisor.email})` });
    await page.getByRole("button", { name: "Assign", exact: true }).click();
    // The advisor joins the list (the form may give way to "every advisor is assigned", so no status here).
    await expect(
      page.getByRole("button", { name: `Unassign ${advisor.name} from ${cohortName}` }),
    ).toBeVisible();

    // The cohort list shows the assignment too.
    await page.getByRole("link", { name: "← Cohorts" }).click();
    const card = page.getByRole("listitem").filter({ hasText: cohortName });
    await expect(card).toContainText(`Advisors: ${advisor.name}`);

    // Access follows at once: the advisor's own home lists the cohort.
    const advisorContext = await browser.newContext({ baseURL: runInfo.appA });
    await loginAs(advisor, advisorContext);
    const advisorPage = await advisorContext.newPage();
    await advisorPage.goto("/advisor");
    await expect(advisorPage.getByRole("main")).toContainText(cohortName);
    await advisorContext.close();
  });
});

test.describe("administration pages", () => {
  for (const { path, heading } of [
    { path: "/admin/people", heading: "People" },
    { path: "/admin/people/invite", heading: "Invite people" },
    { path: "/admin/invites", heading: "Pending invites" },
    { path: "/admin/cohorts", heading: "Cohorts" },
    { path: "/admin/cohorts/new", heading: "New cohort" },
    { path: "/admin/settings", heading: "Settings" },
    { path: "/admin/audit", heading: "Audit log" },
  ]) {
    test(`${path} has no axe violations and fits a phone`, async ({ browser, runInfo, loginAs }) => {
      const context = await browser.newContext({
        baseURL: runInfo.appA,
        viewport: { width: 390, height: 844 },
      });
      await loginAs("admin", context);
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoAxeViolations(page);
      // Wide tables scroll inside their own box; the page itself never scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  test("a student and an advisor meet a 404 on every administration page", async ({ page, loginAs }) => {
    for (const role of ["student", "advisor"] as const) {
      await page.context().clearCookies();
      await loginAs(role);
      for (const path of [
        "/admin/people",
        "/admin/cohorts",
        "/admin/settings",
        "/admin/audit",
        "/admin/invites",
      ]) {
        const response = await page.goto(path);
        expect(response?.status(), `${role} ${path}`).toBe(404);
      }
    }
  });
});

test.describe("administration: the people table", () => {
  test("an admin changes two people's role at once, then deactivates one from its row menu by keyboard", async ({
    page,
    loginAs,
    createUser,
  }) => {
    const tag = Date.now().toString(36);
    await createUser({ name: `Bulk ${tag} Ana` });
    await createUser({ name: `Bulk ${tag} Ben` });
    await loginAs("admin");
    await page.goto(`/admin/people?q=${encodeURIComponent(`Bulk ${tag}`)}`);
    const table = page.getByRole("table");
    await expect(table.getByRole("row")).toHaveCount(3);

    // Sorting is the URL's: the Name header turns the order around.
    await table.getByRole("link", { name: /^Name/ }).click();
    await expect(page).toHaveURL(/sort=name&dir=desc/);
    await expect(table.getByRole("rowheader").first()).toHaveText(`Bulk ${tag} Ben`);

    await page
      .getByRole("checkbox", { name: `Select Bulk ${tag} Ana` })
      .first()
      .check();
    await page
      .getByRole("checkbox", { name: `Select Bulk ${tag} Ben` })
      .first()
      .check();
    await expect(page.getByText("2 people selected")).toBeVisible();
    await page.getByLabel("New role").selectOption("advisor");
    await page.getByRole("button", { name: "Change role" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Change the role of 2 people to Advisor?");
    await dialog.getByRole("button", { name: "Make advisor" }).click();
    await expect(page.getByRole("status").filter({ hasText: "2 people set to advisor." })).toBeVisible();
    await expect(table.getByRole("row", { name: new RegExp(`Bulk ${tag} Ana`) })).toContainText("Advisor");
    await expect(table.getByRole("row", { name: new RegExp(`Bulk ${tag} Ben`) })).toContainText("Advisor");

    // The row menu, by keyboard alone.
    await page
      .getByRole("button", { name: `Actions for Bulk ${tag} Ana` })
      .first()
      .focus();
    await page.keyboard.press("Enter");
    const menu = page.getByRole("menu");
    await expect(menu).toBeVisible();
    await menu.getByRole("menuitem", { name: "Deactivate" }).focus();
    await page.keyboard.press("Enter");
    await expect(dialog).toContainText(`Deactivate Bulk ${tag} Ana?`);
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Deactivate" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "1 person deactivated" })).toBeVisible();
    await expect(table.getByRole("row", { name: new RegExp(`Bulk ${tag} Ana`) })).toContainText(
      "Deactivated",
    );
  });

  test("the people table and the audit log fit 1280 px without sideways scrolling", async ({
    page,
    loginAs,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await loginAs("admin");
    for (const path of ["/admin/people", "/admin/audit"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("the audit log downloads as CSV", async ({ page, loginAs }) => {
    await loginAs("admin");
    await page.goto("/admin/audit");
    const response = await page.request.get("/admin/audit/export.csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect((await response.text()).replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("When (UTC)");
  });
});
