import { randomBytes, randomInt } from "node:crypto";
import http from "node:http";
import { like } from "drizzle-orm";
import { cohortJoinCodes, cohorts, rateLimits } from "../db/schema/index";
import { expect, SESSION_COOKIE, sessionCount, test, uniqueEmail } from "./fixtures";
import { linkFromMailbox, requestSignInLinkOk } from "./support/sign-in";

test.describe("sign-in abuse (server A, no trusted proxy)", () => {
  test("the per-IP limit counts the socket address, not a forged X-Forwarded-For", async ({ page, db }) => {
    const forged = `198.18.${randomInt(256)}.${randomInt(1, 255)}`;
    await page.setExtraHTTPHeaders({ "x-forwarded-for": forged, "x-real-ip": forged });
    await requestSignInLinkOk(page, uniqueEmail("forger"));

    const keys = (
      await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, "sign-in:ip:%"))
    ).map((row) => row.key);
    expect(keys.filter((key) => key.includes(forged))).toEqual([]);
    expect(keys.some((key) => key === "sign-in:ip:127.0.0.1" || key === "sign-in:ip:::1")).toBe(true);
  });

  test("a malformed callbackUrl on the Auth.js callback lands on a normal page", async ({ page }) => {
    for (const callbackUrl of ["javascript:alert(1)", "\t//evil.example"]) {
      const url = new URL("/api/auth/callback/email", "http://placeholder");
      url.searchParams.set("token", "not-a-token");
      url.searchParams.set("email", "nobody@example.test");
      url.searchParams.set("callbackUrl", callbackUrl);
      const response = await page.goto(`${url.pathname}${url.search}`);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(/\/sign-in\/confirm\?/);
      await expect(page.getByRole("heading", { name: "Sign in to Fieldnotes" })).toBeVisible();
    }
  });

  test("login CSRF: an attacker's own link, opened by someone else, signs nobody in", async ({
    page,
    createUser,
    db,
    runInfo,
  }) => {
    const attacker = await createUser({ role: "student" });
    await requestSignInLinkOk(page, attacker.email);
    const link = new URL(await linkFromMailbox(page, attacker.email));
    const callback = `/api/auth/callback/email${link.search}`;

    // The victim follows the callback link itself: only the confirmation page, naming the attacker.
    const victim = await page.context().browser()!.newContext({ baseURL: runInfo.appA });
    const victimPage = await victim.newPage();
    await victimPage.goto(callback);
    await expect(victimPage).toHaveURL(/\/sign-in\/confirm\?/);
    await expect(victimPage.getByText(`You are signing in as ${attacker.email}`)).toBeVisible();
    // A page elsewhere posts the form for them: refused.
    const posted = await victim.request.post(callback, {
      headers: { origin: "https://evil.example" },
      form: { csrfToken: "x" },
      maxRedirects: 0,
    });
    expect(posted.status()).toBe(303);
    expect(posted.headers().location).toContain("/sign-in/error?error=Confirmation");
    expect(await sessionCount(db, attacker.id)).toBe(0);
    expect((await victim.cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
    await victim.close();
  });

  test("an error code named like an Object property shows the general message", async ({ page }) => {
    for (const error of ["constructor", "__proto__"]) {
      await page.goto(`/sign-in/error?error=${error}`);
      await expect(page.getByRole("heading", { name: "We could not sign you in" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Back to sign in" })).toBeVisible();
    }
  });

  test("join codes cannot be guessed: a client that keeps missing is made to wait", async ({
    db,
    runInfo,
  }) => {
    const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    const newCode = () => [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join("");
    const [cohort] = await db
      .insert(cohorts)
      .values({
        name: `Guarded ${newCode()}`,
        term: "Fall 2026",
        startsOn: "2026-09-07",
        endsOn: "2026-12-18",
      })
      .returning({ id: cohorts.id, name: cohorts.name });
    const real = newCode();
    await db
      .insert(cohortJoinCodes)
      .values({ cohortId: cohort!.id, code: real, expiresAt: new Date(Date.now() + 86_400_000) });

    // All of 127/8 is this machine: a request sent from a loopback address of its own is a client of its own.
    const guesser = `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;
    const from = (localAddress: string, code: string) =>
      getPage(new URL(`/join/${code}`, runInfo.appA), localAddress);

    for (let miss = 0; miss < 20; miss++) {
      expect(await from(guesser, newCode())).toContain("This link no longer works");
    }
    const refused = await from(guesser, real);
    expect(refused).toContain("Too many codes tried");
    expect(refused).not.toContain(cohort!.name);
    // Another client still opens the real link.
    expect(await from("127.0.0.1", real)).toContain(`${cohort!.name}</h1>`);
  });
});

/** GET over IPv4 loopback from a chosen source address (Playwright's request context cannot pick one). */
function getPage(url: URL, localAddress: string) {
  return new Promise<string>((resolve, reject) => {
    const request = http.get(
      { host: "127.0.0.1", port: url.port, path: url.pathname, localAddress, headers: { host: url.host } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve(body));
      },
    );
    request.on("error", reject);
  });
}
