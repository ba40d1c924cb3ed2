import { eq } from "drizzle-orm";
import { users } from "../db/schema/index";
import { expect, SESSION_COOKIE, sessionCount, test } from "./fixtures";
import type { Page } from "@playwright/test";

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
}

test.describe("each role sees its own home and a 404 elsewhere", () => {
  test("a student: /home yes, /advisor and /admin 404", async ({ page, loginAs }) => {
    const student = await loginAs("student");
    const response = await page.goto("/home");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${student.name}`);
    await expectNotFound(page, "/advisor");
    await expectNotFound(page, "/admin");
  });

  test("an advisor: /advisor yes, /admin and /home 404", async ({ page, loginAs }) => {
    await loginAs("advisor");
    const response = await page.goto("/advisor");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My cohorts");
    await expectNotFound(page, "/admin");
    await expectNotFound(page, "/home");
  });

  test("an admin opens /admin", async ({ page, loginAs }) => {
    const admin = await loginAs("admin");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
    await expect(page.getByRole("banner")).toContainText(admin.name!);
    await expect(page.getByRole("banner")).toContainText("Admin");
  });

  test("/ sends each role to its own home", async ({ browser, loginAs, runInfo }) => {
    for (const [role, path] of [
      ["student", "/home"],
      ["advisor", "/advisor"],
      ["admin", "/admin"],
    ] as const) {
      const context = await browser.newContext({ baseURL: runInfo.appA });
      await loginAs(role, context);
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(`${runInfo.appA}${path}`);
      await context.close();
    }
  });
});

test.describe("signed out", () => {
  test("a visit to /home goes to sign-in, remembering the way back", async ({ page, runInfo }) => {
    await page.goto("/home");
    await expect(page).toHaveURL(`${runInfo.appA}/sign-in?callbackUrl=%2Fhome`);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("a session cookie that matches no session is not a way in", async ({ page, context, runInfo }) => {
    await context.addCookies([
      { name: SESSION_COOKIE, value: "forged", domain: "localhost", path: "/", httpOnly: true },
    ]);
    await page.goto("/home");
    await expect(page).toHaveURL(`${runInfo.appA}/sign-in`);
  });
});

test.describe("sessions end when they should", () => {
  test("a deactivated user's live session is refused on the next request", async ({
    page,
    loginAs,
    db,
    runInfo,
  }) => {
    const student = await loginAs("student");
    await page.goto("/home");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${student.name}`);

    await db.update(users).set({ active: false }).where(eq(users.id, student.id));
    await page.reload();
    await expect(page).toHaveURL(`${runInfo.appA}/sign-in`);
    await page.goto("/home");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("Sign out deletes the session row", async ({ page, loginAs, db, runInfo }) => {
    const advisor = await loginAs("advisor");
    await page.goto("/advisor");
    expect(await sessionCount(db, advisor.id)).toBe(1);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(`${runInfo.appA}/sign-in`);
    expect(await sessionCount(db, advisor.id)).toBe(0);
    await page.goto("/advisor");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadvisor$/);
  });
});
