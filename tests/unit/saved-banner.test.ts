import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SavedBanner } from "@/components/saved-banner";

describe("SavedBanner", () => {
  it("announces what was saved in a status region", () => {
    const html = renderToStaticMarkup(createElement(SavedBanner, null, "Profile saved."));
    expect(html).toMatch(/^<p role="status"/);
    expect(html).toContain("<span>Profile saved.</span>");
  });

  it("renders nothing when there is nothing to say", () => {
    for (const nothing of [null, undefined, false, ""]) {
      expect(renderToStaticMarkup(createElement(SavedBanner, null, nothing))).toBe("");
    }
  });
});
