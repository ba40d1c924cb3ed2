import { describe, expect, it } from "vitest";
import { splitLinks, trimAddress } from "./text-links";

const links = (text: string) => splitLinks(text).flatMap((p) => (p.kind === "link" ? [p.href] : []));

describe("links in a plain-text mail", () => {
  it("leaves the full stop that ends a sentence out of the address", () => {
    // The digest's old footer ended "…or unsubscribe https://app/unsubscribe/abc.def." and the link 404ed.
    expect(links("or unsubscribe http://localhost:3000/unsubscribe/abc.def.")).toEqual([
      "http://localhost:3000/unsubscribe/abc.def",
    ]);
  });

  it("keeps dots, queries and fragments inside the address", () => {
    expect(links("go to https://x.example/a.b?c=1&d=e.f#g now")).toEqual([
      "https://x.example/a.b?c=1&d=e.f#g",
    ]);
  });

  it("drops commas, colons, quotes and closing brackets the address did not open", () => {
    expect(links("(see https://x.example/a), then 'https://x.example/b': done")).toEqual([
      "https://x.example/a",
      "https://x.example/b",
    ]);
    expect(trimAddress("https://en.wikipedia.org/wiki/Thing_(idea))")).toBe(
      "https://en.wikipedia.org/wiki/Thing_(idea)",
    );
    expect(trimAddress("https://x.example/p?q=1].")).toBe("https://x.example/p?q=1");
  });

  it("keeps every character of the text, in order", () => {
    const text = "Open https://x.example/s?t=1. If not, https://x.example/h!\nBye";
    const parts = splitLinks(text);
    expect(parts.map((p) => (p.kind === "link" ? p.href : p.text)).join("")).toBe(text);
    expect(links(text)).toEqual(["https://x.example/s?t=1", "https://x.example/h"]);
  });

  it("links nothing that is not http(s)", () => {
    expect(links("javascript:alert(1) mailto:a@b.example ftp://x.example http://")).toEqual([]);
  });
});
