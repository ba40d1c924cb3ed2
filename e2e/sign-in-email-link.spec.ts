import { expect, findUserByEmail, SESSION_COOKIE, sessionCount, test, uniqueEmail } from "./fixtures";
import {
  expireVerificationTokens,
  mailboxCountContaining,
  mailboxCountFor,
  verificationTokenCount,
} from "./support/mail";
import {
  confirmSignIn,
  linkFromMailbox,
  postSignInForm,
  requestSignInLink,
  requestSignInLinkOk,
  signInThroughMailbox,
} from "./support/sign-in";

const HOMES = [
  { role: "student", path: "/home", heading: (name: string) => `Welcome, ${name}` },
  { role: "advisor", path: "/advisor", heading: () => "My cohorts" },
  { role: "admin", path: "/admin", heading: () => "Administration" },
] as const;

test.describe("email link through the local mailbox (server A)", () => {
  for (const home of HOMES) {
    test(`${home.role === "student" ? "a" : "an"} ${home.role} signs in and lands on their home`, async ({
      page,
      createUser,
      db,
      runInfo,
    }) => {
      const user = await createUser({ role: home.role });
      const link = await signInThroughMailbox(page, user.email);
      expect(link.startsWith(`${runInfo.appA}/sign-in/confirm?`)).toBe(true);

      await expect(page).toHaveURL(`${runInfo.appA}${home.path}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading(user.name!));
      await expect(page.getByRole("banner")).toContainText(user.name!);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      expect(await sessionCount(db, user.id)).toBe(1);
    });
  }

  test("the mailed link is built from APP_URL, not from a forged Host", async ({
    page,
    createUser,
    runInfo,
  }) => {
    const user = await createUser();
    const response = await postSignInForm(
      page,
      { email: user.email },
      { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    );
    expect(response.status()).toBe(303);
    const link = await linkFromMailbox(page, user.email);
    expect(link.startsWith(`${runInfo.appA}/sign-in/confirm?`)).toBe(true);
    expect(link).not.toContain("evil.example");
    await confirmSignIn(page, link, user.email);
    await expect(page).toHaveURL(`${runInfo.appA}/home`);
  });
});

test.describe("the link works once, for a while, and only when pressed", () => {
  test("a used link fails the second time and creates no session", async ({
    page,
    browser,
    createUser,
    db,
    runInfo,
  }) => {
    const user = await createUser();
    const link = await signInThroughMailbox(page, user.email);
    await expect(page).toHaveURL(`${runInfo.appA}/home`);
    expect(await sessionCount(db, user.id)).toBe(1);

    const other = await browser.newContext({ baseURL: runInfo.appA });
    const again = await other.newPage();
    await confirmSignIn(again, link, user.email);
    await expect(again).toHaveURL(/\/sign-in\/error\?error=Verification$/);
    await expect(again.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
    expect(await sessionCount(db, user.id)).toBe(1);
    expect((await other.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
    await other.close();
  });

  test("an expired link fails", async ({ page, createUser, db }) => {
    const user = await createUser();
    await requestSignInLinkOk(page, user.email);
    const link = await linkFromMailbox(page, user.email);
    await expireVerificationTokens(db, user.email);
    await confirmSignIn(page, link, user.email);
    await expect(page).toHaveURL(/\/sign-in\/error\?error=Verification$/);
    await expect(page.getByRole("heading", { name: "This sign-in link no longer works" })).toBeVisible();
    expect(await sessionCount(db, user.id)).toBe(0);
  });

  test("fetching the link (as a mail scanner does) uses nothing up", async ({
    page,
    request,
    createUser,
    db,
    runInfo,
  }) => {
    const user = await createUser();
    await requestSignInLinkOk(page, user.email);
    const link = await linkFromMailbox(page, user.email);

    const scanned = await request.get(link);
    expect(scanned.status()).toBe(200);
    expect(await scanned.text()).toContain("Sign in to Fieldnotes");
    // The confirm page opened in a browser, without pressing the button.
    await page.goto(link);
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    expect(await sessionCount(db, user.id)).toBe(0);
    expect(await verificationTokenCount(db, user.email)).toBe(1);

    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${runInfo.appA}/home`);
    expect(await sessionCount(db, user.id)).toBe(1);
    expect(await verificationTokenCount(db, user.email)).toBe(0);
  });
});

test.describe("where sign-in leads", () => {
  test("a signed-out visit to /advisor comes back to /advisor after sign-in", async ({
    page,
    createUser,
    runInfo,
  }) => {
    const advisor = await createUser({ role: "advisor" });
    await page.goto("/advisor");
    await expect(page).toHaveURL(`${runInfo.appA}/sign-in?callbackUrl=%2Fadvisor`);
    await signInThroughMailbox(page, advisor.email, page.url());
    await expect(page).toHaveURL(`${runInfo.appA}/advisor`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My cohorts");
  });

  for (const callbackUrl of [
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/x",
    "javascript:alert(1)",
  ]) {
    test(`callbackUrl ${callbackUrl} stays on the app`, async ({ page, createUser, runInfo }) => {
      const user = await createUser();
      const link = await signInThroughMailbox(
        page,
        user.email,
        `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`,
      );
      expect(link).not.toContain("evil.example");
      await expect(page).toHaveURL(`${runInfo.appA}/home`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${user.name}`);
    });
  }
});

test.describe("the form answers the same whoever asks", () => {
  test("an unknown address sees the same page as a known one and gets no mail", async ({
    page,
    createUser,
    db,
  }) => {
    const known = await createUser();
    await requestSignInLinkOk(page, known.email);
    const knownAnswer = await page.getByRole("main").innerText();
    // Sent after the answer (so both answer in the same time): it arrives a moment later.
    await expect.poll(() => mailboxCountFor(db, known.email)).toBe(1);

    const unknown = uniqueEmail("nobody", "nowhere.example");
    await requestSignInLinkOk(page, unknown);
    expect(await page.getByRole("main").innerText()).toBe(knownAnswer);
    // A known address asked for afterwards has its mail by the time we look: the unknown one never will.
    const later = await createUser();
    await requestSignInLinkOk(page, later.email);
    await expect.poll(() => mailboxCountFor(db, later.email)).toBe(1);
    expect(await mailboxCountFor(db, unknown)).toBe(0);
  });

  test("an address on an allowed domain gets a link and becomes a student", async ({ page, db, runInfo }) => {
    const email = uniqueEmail("newcomer", runInfo.allowedDomain);
    expect(await findUserByEmail(db, email)).toBeNull();
    await signInThroughMailbox(page, email);
    // No name yet: asked for one before home.
    await expect(page).toHaveURL(`${runInfo.appA}/welcome`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome to Fieldnotes");
    const user = await findUserByEmail(db, email);
    expect(user?.role).toBe("student");
    expect(await sessionCount(db, user!.id)).toBe(1);
  });
});

test.describe("addresses that could mail someone else are refused", () => {
  const fieldError = "Enter a single email address, like name@university.edu";

  // Each uses the allowed domain, so only the address check stands between it and a mail.
  const tricky = (tag: string, domain: string) => [
    `a-${tag}@${domain},b-${tag}@${domain}`,
    `"a-${tag}@evil"@${domain}`,
    `a-${tag}\uFF20${domain}`,
    `Name <a-${tag}@${domain}>`,
  ];

  test("in the browser: an error next to the field, the typed value kept, no mail", async ({
    page,
    db,
    runInfo,
  }) => {
    const tag = Math.random().toString(36).slice(2, 10);
    for (const address of tricky(tag, runInfo.allowedDomain)) {
      await requestSignInLink(page, address);
      const form = page.locator("form").filter({ has: page.getByLabel("Email address") });
      const input = form.getByLabel("Email address");
      await expect(form.getByText(fieldError)).toBeVisible();
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveAccessibleDescription(fieldError);
      await expect(input, "the failed submit keeps what was typed").toHaveValue(address);
      await expect(page).toHaveURL(/\/sign-in$/);
    }
    expect(await mailboxCountContaining(db, tag)).toBe(0);
  });

  test("CR/LF header injection, posted directly: refused, no mail", async ({ page, db, runInfo }) => {
    const tag = Math.random().toString(36).slice(2, 10);
    const addresses = [
      `victim-${tag}@${runInfo.allowedDomain}\r\nBcc: x-${tag}@evil.example`,
      ...tricky(tag, runInfo.allowedDomain),
    ];
    for (const address of addresses) {
      const response = await postSignInForm(page, { email: address });
      expect(response.status(), JSON.stringify(address)).toBe(200);
      expect(await response.text()).toContain(fieldError);
    }
    expect(await mailboxCountContaining(db, tag)).toBe(0);
    expect(await mailboxCountContaining(db, "evil.example")).toBe(0);
  });
});

test("the sixth request for one address in a row is refused", async ({ page, createUser, db }) => {
  const user = await createUser();
  for (let i = 1; i <= 5; i++) await requestSignInLinkOk(page, user.email);
  await requestSignInLink(page, user.email);
  const form = page.locator("form").filter({ has: page.getByLabel("Email address") });
  await expect(form.getByRole("alert")).toContainText("Too many sign-in requests");
  await expect(form.getByLabel("Email address")).toHaveValue(user.email);
  await expect.poll(() => mailboxCountFor(db, user.email)).toBe(5);
});
