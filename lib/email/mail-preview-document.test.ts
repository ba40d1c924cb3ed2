import { describe, expect, it } from "vitest";
import { renderSignInEmail } from "./sign-in-email";
import { mailPreviewDocument } from "./mail-preview-document";

describe("a mail shown inside the app", () => {
  it("gives the mail's styles the page's nonce and adds a policy of its own that forbids scripts", async () => {
    const { html } = await renderSignInEmail({ confirmUrl: "https://x.example/c?t=1", minutesValid: 15 });
    const doc = mailPreviewDocument(html, "abc123+/=");
    expect(doc).toMatch(/<style nonce="abc123\+\/=">/);
    expect(doc).not.toMatch(/<style>/);
    expect(doc).toMatch(
      /<head[^>]*><meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'none'/,
    );
    expect(doc).toContain('<base target="_top">');
  });

  it("never lets a nonce out of its attribute", () => {
    expect(mailPreviewDocument("<style>p{}</style>", '"><script>')).toContain("<style>p{}</style>");
  });

  it("wraps a fragment without a head in a document", () => {
    expect(mailPreviewDocument("<p>Hello</p>", "n")).toMatch(
      /^<!DOCTYPE html><html><head><meta [^>]+><base [^>]+><\/head><body><p>Hello<\/p>/,
    );
  });
});
