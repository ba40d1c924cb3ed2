import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import SignInErrorPage from "@/app/(auth)/sign-in/error/page";
import { handlers } from "@/lib/auth/auth";
import { withSafeCallbackUrl } from "@/lib/auth/safe-auth-request";

const APP = "http://localhost:3000";

// What the route does for every Auth.js request after the email-callback guard (login-csrf.test.ts).
const GET = (request: NextRequest) => handlers.GET(withSafeCallbackUrl(request, APP));

function callbackRequest(callbackUrl: string, cookie?: string) {
  const url = new URL(`${APP}/api/auth/callback/email`);
  url.searchParams.set("token", "not-a-real-token");
  url.searchParams.set("email", "nobody@example.test");
  url.searchParams.set("callbackUrl", callbackUrl);
  return new NextRequest(url, { headers: cookie ? { cookie } : {} });
}

describe("a malformed callbackUrl on the Auth.js routes", () => {
  it.each(["javascript:alert(1)", "\t//evil.example", " \t//evil.example/x"])(
    "%j lands on the sign-in error page, not a 500",
    async (callbackUrl) => {
      const response = await GET(callbackRequest(callbackUrl));
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get("location") ?? "", APP);
      expect(location.origin).toBe(APP);
      expect(location.pathname).toBe("/sign-in/error");
      expect(location.searchParams.get("error")).toBe("Verification");
    },
  );

  it("treats a malformed callback cookie the same way", async () => {
    const response = await GET(
      callbackRequest("/home", `authjs.callback-url=${encodeURIComponent("javascript:alert(1)")}`),
    );
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location") ?? "", APP).pathname).toBe("/sign-in/error");
  });
});

describe("the sign-in error page", () => {
  async function render(error: string) {
    return renderToStaticMarkup(await SignInErrorPage({ searchParams: Promise.resolve({ error }) }));
  }

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "Nonsense"])(
    "explains ?error=%s with the general message",
    async (error) => {
      const html = await render(error);
      expect(html).toContain("We could not sign you in");
      expect(html).toContain('href="/sign-in"');
    },
  );

  it("still explains the errors it knows", async () => {
    expect(await render("Verification")).toContain("This sign-in link no longer works");
  });
});
