import { eq } from "drizzle-orm";
import { users } from "../db/schema/index";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

test("on a laptop, the sidebar lists the six steps in order and marks where the student is", async ({
  page,
  loginAs,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginAs("student");
  await page.goto("/contacts");

  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("list", { name: "Your six steps" }).getByRole("link")).toHaveText([
    "1Research",
    "2People",
    "3Prepare",
    "4Outreach",
    "5Interviews",
    "6Follow-up",
  ]);
  await expect(nav.getByRole("link", { name: "People" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);

  await nav.getByRole("link", { name: "Interviews" }).click();
  await expect(page).toHaveURL(/\/interviews$/);
  await expect(nav.getByRole("link", { name: "Interviews" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "People" })).not.toHaveAttribute("aria-current");

  // The menu button belongs to phones only.
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a student without a name is shown by the start of their address, not the whole of it", async ({
  page,
  loginAs,
  db,
  createUser,
}) => {
  const student = await createUser({ role: "student", email: `kim.lee.${Date.now()}@example.test` });
  await db.update(users).set({ name: null }).where(eq(users.id, student.id));
  await loginAs(student);
  // Home asks for the name first (student-spine.spec.ts); every other page shows the shell meanwhile.
  await page.goto("/research");
  await expect(page.getByText(/^kim\.lee\.\d+$/).first()).toBeVisible();
});

test("on a phone, a menu button opens the same places in a dialog that Escape closes", async ({
  browser,
  runInfo,
  loginAs,
}) => {
  const context = await browser.newContext({ baseURL: runInfo.appA, viewport: { width: 390, height: 844 } });
  await loginAs("student", context);
  const page = await context.newPage();
  await page.goto("/research");

  // The top bar names the place; the sidebar's list is not there until the menu opens.
  await expect(page.getByRole("banner")).toContainText("Research");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  const menuButton = page.getByRole("button", { name: "Menu" });
  await menuButton.click();

  const menu = page.getByRole("dialog", { name: "Fieldnotes" });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("link", { name: "Research" })).toHaveAttribute("aria-current", "page");
  await expect(menu.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Focus starts inside and stays there: the page behind the open menu cannot be reached by Tab.
  await expect(menu.getByRole("button", { name: "Close menu" })).toBeFocused();
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Tab");
    expect(await menu.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
  }
  await menu.getByRole("button", { name: "Close menu" }).focus();
  await page.keyboard.press("Shift+Tab");
  await expect(menu.getByRole("button", { name: "Sign out" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(menuButton).toBeFocused();

  // A click on the dimmed page beside the drawer closes it too.
  await menuButton.click();
  await expect(menu).toBeVisible();
  await page.mouse.click(380, 400);
  await expect(menu).toBeHidden();

  await menuButton.click();
  await menu.getByRole("link", { name: "People" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(menu).toBeHidden();
  await expect(page.getByRole("banner")).toContainText("People");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
