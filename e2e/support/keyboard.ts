import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Presses Tab until `target` has focus, the way a keyboard user would get there, and fails if it never
 * does: an element that Tab cannot reach is a dead end for them. Checks the focus ring is visible too.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 150) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) {
      const outline = await target.evaluate((element) => getComputedStyle(element).outlineStyle);
      expect(outline, "a keyboard-focused element shows a focus ring").not.toBe("none");
      return;
    }
  }
  throw new Error(`Tab never reached ${target.toString()} in ${maxPresses} presses`);
}
