import { expect, test } from "./fixtures";
import { mailboxCountFor } from "./support/mail";
import { confirmSignIn, requestSignInLinkOk } from "./support/sign-in";

// The demo's local mailbox: mail as designed (the HTML part in a sandboxed frame, under the app's CSP), the
// plain-text part beside it, and a filter by recipient.
test("the mailbox shows one person's mail, as designed and as plain text, and its link signs in", async ({
  page,
  createUser,
  db,
}) => {
  const [reader, other] = [await createUser(), await createUser()];
  await requestSignInLinkOk(page, other.email);
  await requestSignInLinkOk(page, reader.email);
  // The links are mailed after the answer: the filter lists only recipients who already have mail.
  for (const email of [other.email, reader.email]) {
    await expect.poll(() => mailboxCountFor(db, email), { timeout: 20_000 }).toBe(1);
  }

  await page.goto("/mailbox");
  await page.getByLabel("Show mail to").selectOption(reader.email);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/mailbox\?to=/);
  const articles = page.getByRole("article");
  await expect(articles).toHaveCount(1);
  const mail = page.getByRole("article", { name: `Your Fieldnotes sign-in link to ${reader.email}` });
  await expect(mail).toBeVisible();
  await expect(page.getByRole("article", { name: `to ${other.email}` })).toHaveCount(0);

  // The HTML part: sandboxed, no scripts, its own styles allowed by the page's nonce (a blocked style would
  // be a CSP violation, which fails this test through the fixture).
  const frameElement = mail.locator("iframe");
  await expect(frameElement).toHaveAttribute(
    "sandbox",
    "allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation",
  );
  const frame = mail.frameLocator("iframe");
  await expect(frame.getByRole("heading", { name: "Sign in to Fieldnotes" })).toBeVisible();
  const button = frame.getByRole("link", { name: "Open Fieldnotes" });
  const href = await button.getAttribute("href");
  expect(href).toMatch(/\/sign-in\/confirm\?/);

  // In dark mode the mail follows (its <style> applied): the card turns dark, its text light.
  await page.emulateMedia({ colorScheme: "dark" });
  const card = frame.locator(".fn-card");
  await expect(card).toHaveCSS("background-color", "rgb(15, 23, 42)");
  await expect(frame.getByRole("heading", { name: "Sign in to Fieldnotes" })).toHaveCSS(
    "color",
    "rgb(241, 245, 249)",
  );
  await page.emulateMedia({ colorScheme: "light" });
  await expect(card).toHaveCSS("background-color", "rgb(255, 255, 255)");

  // The plain-text part links the same address, with no punctuation taken into it.
  const textLink = mail.getByRole("region", { name: "Plain-text part" }).getByRole("link").first();
  await expect(textLink).toHaveAttribute("href", href!.replaceAll("&amp;", "&"));

  // The button opens its link in a new tab, as a mail client would, and that tab signs in.
  const [tab] = await Promise.all([page.waitForEvent("popup"), button.click()]);
  await expect(tab).toHaveURL(/\/sign-in\/confirm\?/);
  await confirmSignIn(tab, tab.url(), reader.email);
  await expect(tab).toHaveURL(/\/home$/);
});

test("a recipient without mail gets an empty mailbox that says so", async ({ page }) => {
  await page.goto("/mailbox?to=nobody-here%40example.test");
  await expect(page.getByRole("heading", { name: "No mail to nobody-here@example.test" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
});
