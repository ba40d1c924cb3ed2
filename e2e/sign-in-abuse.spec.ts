import { randomBytes, randomInt } from "node:crypto";
import http from "node:http";
import { eq, like } from "drizzle-orm";
import { cohortJoinCodes, cohorts, rateLimits } from "../db/schema/index";
import { expect, SESSION_COOKIE, sessionCount, test, uniqueEmail } from "./fixtures";
import { mailboxCountFor } from "./support/mail";
import {
  linkFromMailbox,
  requestSignInLink,
  requestSignInLinkOk,
  signInThroughMailbox,
} from "./support/sign-in";

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

  test("a flood of requests for someone's address from many clients never locks them out of their own device", async ({
    page,
    browser,
    createUser,
    db,
    runInfo,
  }) => {
    // Fifteen sign-in requests and three browsers, one after another.
    test.slow();
    const victim = await createUser({ role: "student" });
    // The victim signed in on this browser once: it is a remembered device for their address.
    await signInThroughMailbox(page, victim.email);
    const device = (await page.context().cookies()).filter((c) => c.name === "fieldnotes.sign-in-device");
    expect(device).toHaveLength(1);

    // The attacker: five requests from each of three clients of its own, all for the victim's address.
    await page.goto("/sign-in");
    const form = page.locator("form").filter({ has: page.getByLabel("Email address") });
    const fields = await form.evaluate((element) =>
      [...new FormData(element as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)]),
    );
    for (let client = 0; client < 3; client++) {
      const from = `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(1, 255)}`;
      for (let i = 0; i < 5; i++)
        await postFrom(new URL("/sign-in", runInfo.appA), from, fields, victim.email);
    }
    const [counter] = await db
      .select({ points: rateLimits.points })
      .from(rateLimits)
      .where(eq(rateLimits.key, `sign-in:address:${victim.email}`));
    expect(counter?.points).toBeGreaterThanOrEqual(10);

    // A browser that never signed in here is told where the links are, and that none is sent now.
    const stranger = await browser.newContext({ baseURL: runInfo.appA });
    const strangerPage = await stranger.newPage();
    await requestSignInLink(strangerPage, victim.email);
    await expect(strangerPage.getByRole("alert").filter({ hasText: "use the newest link" })).toBeVisible();
    await stranger.close();

    // The victim on their own device, from a fresh page: a link, as always.
    const own = await browser.newContext({ baseURL: runInfo.appA });
    await own.addCookies(device);
    const ownPage = await own.newPage();
    const mailsBefore = await mailboxCountFor(db, victim.email);
    await requestSignInLinkOk(ownPage, victim.email);
    await expect.poll(() => mailboxCountFor(db, victim.email)).toBe(mailsBefore + 1);
    await own.close();
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

/** Submits the sign-in form's fields (Next's hidden action fields included) from a chosen loopback address. */
async function postFrom(url: URL, localAddress: string, fields: string[][], email: string) {
  const data = new FormData();
  for (const [name, value] of fields) data.set(name!, name === "email" ? email : value!);
  const encoded = new Response(data);
  const body = Buffer.from(await encoded.arrayBuffer());
  await new Promise<void>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress,
        headers: {
          host: url.host,
          origin: url.origin,
          "content-type": encoded.headers.get("content-type")!,
          "content-length": String(body.length),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve());
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

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
