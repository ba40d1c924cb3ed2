import { expect, test } from "./fixtures";

test.describe("security headers", () => {
  test("every page carries a strict CSP with a fresh nonce, and refuses framing and sniffing", async ({
    request,
  }) => {
    const nonces = new Set<string>();
    for (const path of ["/sign-in", "/sign-in", "/join/nonexistent", "/sign-in/error?error=Verification"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce, `${path} has a nonce`).toBeTruthy();
      nonces.add(nonce!);
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      // The test servers run on plain http: no HSTS there (lib/security tests the https case).
      expect(headers["strict-transport-security"]).toBeUndefined();
      // Next put this request's nonce on the scripts it rendered.
      const html = await response.text();
      expect(html).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(4);
  });

  test("route handlers answer with nosniff too", async ({ request }) => {
    const response = await request.get("/api/auth/session");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("an injected script without the nonce does not run", async ({ browser, runInfo }) => {
    // A context of its own: the fixture's context would (rightly) fail on this deliberate violation.
    const context = await browser.newContext({ baseURL: runInfo.appA });
    const page = await context.newPage();
    // Plays stored XSS: the server's real answer, headers and all, with a script tag slipped into the HTML.
    await page.route("**/sign-in", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "</body>",
        "<script>window.injected = true</script></body>",
      );
      await route.fulfill({ response, body: html });
    });
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations.join("\n")).toContain("script-src");
    await context.close();
  });
});
