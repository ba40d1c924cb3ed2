import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// app/globals.css lists the tokens; Tailwind still knows its whole default theme, so nothing stops a stray
// `bg-blue-600` or `font-bold` from rendering. This does: every class in app/ and components/ stays on the list.
const PALETTE = new Set(["slate", "brand", "red", "amber", "green"]);
const COLOUR_CLASS =
  /(?<![\w-])(?:[a-z0-9-]+:)*(?:bg|text|border(?:-[trblxy])?|ring|outline|divide|fill|stroke|from|via|to|decoration|placeholder|accent|caret)-([a-z]+)-(?:50|[1-9]00|950)\b/g;
const OFF_SCALE =
  /(?<![\w-])(?:[a-z0-9-]+:)*(?:font-(?:thin|extralight|light|bold|extrabold|black)|text-(?:xl|[4-9]xl)|shadow-(?:2xs|xs|sm|md|lg|xl|2xl)|shadow(?=["\s`])|rounded-(?:xl|2xl|3xl|4xl))(?![\w-])/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

// globals.css too: its component classes (.btn, .badge, the home page's lists) @apply the same utilities.
const files = [...["app", "components"].flatMap((dir) => sourceFiles(dir)), "app/globals.css"];

describe("design tokens", () => {
  it("finds the source it checks", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("uses only the neutral greys, the one accent and the status colours", () => {
    const offPalette = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(COLOUR_CLASS)]
        .filter((match) => !PALETTE.has(match[1]!))
        .map((match) => `${file}: ${match[0]}`),
    );
    expect(offPalette).toEqual([]);
  });

  it("stays on the type scale, the three weights, the radii and the one elevation", () => {
    const offScale = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(OFF_SCALE)].map((match) => `${file}: ${match[0]}`),
    );
    expect(offScale).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    const sample = 'className="bg-blue-600 hover:text-sky-700 font-bold text-xl shadow-md" "bg-slate-50"';
    expect([...sample.matchAll(COLOUR_CLASS)].map((m) => m[1])).toEqual(["blue", "sky", "slate"]);
    expect([...sample.matchAll(OFF_SCALE)].map((m) => m[0])).toEqual(["font-bold", "text-xl", "shadow-md"]);
  });
});
