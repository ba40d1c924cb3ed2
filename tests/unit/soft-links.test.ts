import { describe, expect, it } from "vitest";
import { softNavigationTarget, type AnchorLike, type ClickLike } from "@/app/_components/soft-links";

const ORIGIN = "https://fieldnotes.example";
const click = (over: Partial<ClickLike> = {}): ClickLike => ({
  defaultPrevented: false,
  button: 0,
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});
const anchor = (
  href: string,
  {
    target = "",
    download = false,
    inRegion = true,
  }: { target?: string; download?: boolean; inRegion?: boolean } = {},
): AnchorLike => ({
  href: new URL(href, ORIGIN).toString(),
  target,
  hasAttribute: (name) => name === "download" && download,
  closest: (selector) => (selector === "[data-soft-nav]" && inRegion ? {} : null),
});

describe("soft navigation of plain links", () => {
  it("takes over a plain click on a link to a page of the app, keeping its query and fragment", () => {
    expect(softNavigationTarget(click(), anchor("/contacts/abc"), ORIGIN)).toBe("/contacts/abc");
    expect(softNavigationTarget(click(), anchor("/interviews/x?saved=1#thank-you"), ORIGIN)).toBe(
      "/interviews/x?saved=1#thank-you",
    );
  });

  it("leaves new tabs, downloads, other sites and handled clicks to the browser", () => {
    for (const modified of [{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }]) {
      expect(softNavigationTarget(click(modified), anchor("/home"), ORIGIN)).toBeNull();
    }
    expect(softNavigationTarget(click({ button: 1 }), anchor("/home"), ORIGIN)).toBeNull();
    expect(softNavigationTarget(click({ defaultPrevented: true }), anchor("/home"), ORIGIN)).toBeNull();
    expect(softNavigationTarget(click(), anchor("/home", { target: "_blank" }), ORIGIN)).toBeNull();
    expect(
      softNavigationTarget(click(), anchor("/my-data/export.zip", { download: true }), ORIGIN),
    ).toBeNull();
    expect(softNavigationTarget(click(), anchor("https://example.org/x"), ORIGIN)).toBeNull();
    expect(softNavigationTarget(click(), anchor("mailto:ana@example.org"), ORIGIN)).toBeNull();
  });

  it("only takes over links inside a region that asks for it", () => {
    expect(softNavigationTarget(click(), anchor("/home", { inRegion: false }), ORIGIN)).toBeNull();
    expect(softNavigationTarget(click(), anchor("/home", { target: "_self" }), ORIGIN)).toBe("/home");
  });
});
