import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const APP = "https://fieldnotes.uni.edu";

describe("safeCallbackPath", () => {
  it.each([
    ["/advisor", "/advisor"],
    ["/home?tab=due#today", "/home?tab=due#today"],
    [`${APP}/admin`, "/admin"],
  ])("keeps %s on our origin", (raw, expected) => {
    expect(safeCallbackPath(raw, APP)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/x",
    "http://fieldnotes.uni.edu/home", // same host, other scheme: another origin
    "https://fieldnotes.uni.edu.evil.example/",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/\tevil",
    "",
    null,
    undefined,
  ])("turns %s into the fallback", (raw) => {
    expect(safeCallbackPath(raw, APP)).toBe("/");
  });

  it("leaves percent-encoded characters encoded, on our origin", () => {
    expect(safeCallbackPath("/%0a%2F%2Fevil.example", APP)).toBe("/%0a%2F%2Fevil.example");
  });

  it("never sends people back to the sign-in pages (a loop)", () => {
    expect(safeCallbackPath("/sign-in/confirm?token=x", APP)).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeCallbackPath("//evil.example", APP, "/home")).toBe("/home");
  });
});
