import { describe, expect, it } from "vitest";
import { confirmationLinkFor } from "./sign-in-link";

describe("confirmationLinkFor", () => {
  const authUrl =
    "https://evil.example/api/auth/callback/email?callbackUrl=https%3A%2F%2Fapp.uni.edu%2Fhome&token=abc123&email=a%40uni.edu";

  it("points at our confirmation page on the configured origin, whatever host Auth.js saw", () => {
    const link = new URL(confirmationLinkFor(authUrl, "https://app.uni.edu"));
    expect(link.origin).toBe("https://app.uni.edu");
    expect(link.pathname).toBe("/sign-in/confirm");
  });

  it("carries exactly the token, the address and the destination", () => {
    const link = new URL(confirmationLinkFor(`${authUrl}&extra=1`, "https://app.uni.edu"));
    expect(Object.fromEntries(link.searchParams)).toEqual({
      token: "abc123",
      email: "a@uni.edu",
      callbackUrl: "https://app.uni.edu/home",
    });
  });
});
