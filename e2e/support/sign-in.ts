import { expect, type APIResponse, type Page } from "@playwright/test";

/** Fills and submits the sign-in form on the page it opens (default `/sign-in`) and waits for the answer. */
export async function requestSignInLink(page: Page, email: string, from = "/sign-in") {
  await page.goto(from);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
}

/** Requests a link and expects the neutral "check your email" answer. */
export async function requestSignInLinkOk(page: Page, email: string, from = "/sign-in") {
  await requestSignInLink(page, email, from);
  await expect(page).toHaveURL(/\/sign-in\/check-email$/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
}

/**
 * The newest link to `email` in server A's local mailbox, filtered to that recipient: unfiltered, the page
 * shows the newest 30 messages of everyone, and a parallel test's flood of sign-in mail pushed this one off
 * it. The link is sent after the app has answered, so the mailbox is reloaded until it is there.
 */
export async function linkFromMailbox(page: Page, email: string) {
  // By subject too: a digest or nudge to the same address is no sign-in link, and may be the newest mail.
  const message = page.getByRole("article", { name: `Your Fieldnotes sign-in link to ${email}` }).first();
  await expect(async () => {
    await page.goto(`/mailbox?to=${encodeURIComponent(email)}`);
    await expect(message).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  const href = await message.getByRole("link").first().getAttribute("href");
  if (!href) throw new Error(`no link in the newest message to ${email}`);
  return href;
}

/** Opens a confirmation link, checks the page names the address, and presses "Sign in". */
export async function confirmSignIn(page: Page, link: string, email: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Sign in to Fieldnotes" })).toBeVisible();
  await expect(page.getByText(`You are signing in as ${email}`)).toBeVisible();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The whole email-link journey on server A: request, read the mailbox, confirm. Returns the link. */
export async function signInThroughMailbox(page: Page, email: string, from = "/sign-in") {
  await requestSignInLinkOk(page, email, from);
  const link = await linkFromMailbox(page, email);
  await confirmSignIn(page, link, email);
  return link;
}

/**
 * Submits the sign-in form the way a browser without JavaScript would (a multipart POST carrying Next's
 * hidden action fields), so the test controls every byte and header: CR/LF in the address, a forged Host.
 * Returns the response without following redirects.
 */
export async function postSignInForm(
  page: Page,
  fields: { email: string; callbackUrl?: string },
  headers: Record<string, string> = {},
): Promise<APIResponse> {
  await page.goto(
    fields.callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(fields.callbackUrl)}` : "/sign-in",
  );
  const form = page.locator("form").filter({ has: page.getByLabel("Email address") });
  const entries = await form.evaluate((element) =>
    [...new FormData(element as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)]),
  );
  const multipart: Record<string, string> = Object.fromEntries(entries);
  multipart.email = fields.email;
  return page.request.post(page.url(), { multipart, headers, maxRedirects: 0 });
}
