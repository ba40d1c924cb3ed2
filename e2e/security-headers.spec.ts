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

  test("a script without the nonce does not run", async ({ browser, runInfo }) => {
    // A context of its own: the fixture's context would (rightly) fail on this deliberate violation.
    const context = await browser.newContext({ baseURL: runInfo.appA });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const marker = window as unknown as { injected?: boolean };
      const blocked = new Promise<boolean>((resolve) => {
        document.addEventListener("securitypolicyviolation", () => resolve(true), { once: true });
        setTimeout(() => resolve(false), 2000);
      });
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.body.append(script);
      return { ran: marker.injected === true, blocked: await blocked };
    });
    expect(outcome).toEqual({ ran: false, blocked: true });
    await context.close();
  });
});
