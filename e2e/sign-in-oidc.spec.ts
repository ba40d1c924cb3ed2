import { eq } from "drizzle-orm";
import { accounts } from "../db/schema/index";
import { expect, findUserByEmail, SESSION_COOKIE, sessionCount, test, uniqueEmail } from "./fixtures";
import type { Page } from "@playwright/test";

/**
 * Clicks "Continue with …" on server A and gets through the provider's development pages: a login form
 * that takes any login (ours map an email address to the account) and any password, then consent.
 */
async function signInWithIdp(page: Page, oidcName: string, email: string) {
  // The provider's pages import a web font; there is no internet to fetch it from.
  await page.route(/fonts\.googleapis\.com/, (route) => route.abort());
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Continue with ${oidcName}` }).click();
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("single sign-on with the institution's OpenID Connect provider", () => {
  test("links to the existing user with the same email", async ({ page, createUser, db, runInfo }) => {
    const advisor = await createUser({ role: "advisor" });
    await signInWithIdp(page, runInfo.oidcName, advisor.email);

    await expect(page).toHaveURL(`${runInfo.appA}/advisor`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My cohorts");
    await expect(page.getByRole("banner")).toContainText(advisor.name!);
    expect((await findUserByEmail(db, advisor.email))?.id).toBe(advisor.id);
    const linked = await db
      .select({ provider: accounts.provider, subject: accounts.providerAccountId })
      .from(accounts)
      .where(eq(accounts.userId, advisor.id));
    expect(linked).toEqual([{ provider: "sso", subject: advisor.email }]);
    expect(await sessionCount(db, advisor.id)).toBe(1);
  });

  test("an address that may not sign in is refused and no user is created", async ({ page, db, runInfo }) => {
    const email = uniqueEmail("stranger", "nowhere.example");
    await signInWithIdp(page, runInfo.oidcName, email);

    await expect(page).toHaveURL(/\/sign-in\/error\?error=AccessDenied$/);
    await expect(page.getByRole("heading", { name: "This account cannot sign in" })).toBeVisible();
    expect(await findUserByEmail(db, email)).toBeNull();
    expect((await page.context().cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
  });

  // Linking by email trusts the IdP's word that the address is verified: only a literal `true` counts.
  for (const [prefix, says] of [
    ["unverified", "false"],
    ["unstated", "nothing"],
    ["quoted", 'the string "true"'],
  ] as const) {
    test(`an address the provider calls verified with ${says} is not linked to the account that owns it`, async ({
      page,
      createUser,
      db,
      runInfo,
    }) => {
      const owner = await createUser({ role: "student", email: uniqueEmail(`${prefix}-owner`) });
      await signInWithIdp(page, runInfo.oidcName, owner.email);

      await expect(page).toHaveURL(/\/sign-in\/error\?error=AccessDenied$/);
      await expect(page.getByRole("heading", { name: "This account cannot sign in" })).toBeVisible();
      const linked = await db.select().from(accounts).where(eq(accounts.userId, owner.id));
      expect(linked).toEqual([]);
      expect(await sessionCount(db, owner.id)).toBe(0);
    });
  }
});
