import { expect, sessionCount, test } from "./fixtures";
import { sinkedMessagesTo } from "./support/mail";
import { confirmSignIn, requestSignInLinkOk } from "./support/sign-in";

function decodeHtmlAttribute(value: string) {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

test.describe("email link over SMTP (server B)", () => {
  test("one message arrives, both parts carry the link, and it signs in", async ({
    page,
    createUser,
    db,
    runInfo,
  }) => {
    const user = await createUser({ role: "advisor" });
    await requestSignInLinkOk(page, user.email, `${runInfo.appB}/sign-in`);

    // The send finished before the app answered, so the sink already holds everything it will get.
    const messages = await sinkedMessagesTo(runInfo.mailDir, user.email);
    expect(messages).toHaveLength(1);
    const mail = messages[0]!;
    expect(mail.to?.map((a) => a.address)).toEqual([user.email]);
    expect(mail.subject).toBe("Your Fieldnotes sign-in link");

    const confirmPrefix = `${runInfo.appB}/sign-in/confirm?`;
    const textLinks = (mail.text ?? "").match(/https?:\/\/[^\s<>"\])]+/g) ?? [];
    const link = textLinks.find((l) => l.startsWith(confirmPrefix));
    expect(link, `a confirm link in the text part:\n${mail.text}`).toBeDefined();
    const htmlLinks = [...(mail.html ?? "").matchAll(/href="([^"]+)"/g)].map((m) =>
      decodeHtmlAttribute(m[1]!),
    );
    expect(htmlLinks).toContain(link);
    for (const part of [mail.text ?? "", mail.html ?? ""]) expect(part).not.toContain(runInfo.appA);

    await confirmSignIn(page, link!, user.email);
    await expect(page).toHaveURL(`${runInfo.appB}/advisor`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My cohorts");
    expect(await sessionCount(db, user.id)).toBe(1);
  });

  test("server B has no local mailbox", async ({ page, runInfo }) => {
    const response = await page.goto(`${runInfo.appB}/mailbox`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
