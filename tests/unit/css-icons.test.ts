import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { IconName } from "@/components/icon";

// components/icon.tsx draws its icons from app/globals.css: each must stay lucide's drawing, at lucide's
// stroke, so the page keeps one icon set however an icon is rendered.
const css = readFileSync("app/globals.css", "utf8");
const NAMES: IconName[] = ["check", "arrow-right", "plus", "arrow-up", "arrow-down", "x"];

type Node = [tag: string, attributes: Record<string, string>][];

function lucideDataUri(node: Node) {
  const attributes = (a: Record<string, string>) =>
    Object.entries(a)
      .filter(([name]) => name !== "key")
      .map(([name, value]) => `${name}='${value}'`)
      .join(" ");
  const svg =
    "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='black' stroke-width='2' " +
    `stroke-linecap='round' stroke-linejoin='round'>${node.map(([tag, a]) => `<${tag} ${attributes(a)}/>`).join("")}</svg>`;
  return `data:image/svg+xml,${svg.replace(/</g, "%3C").replace(/>/g, "%3E").replace(/#/g, "%23")}`;
}

function cssIcon(name: string) {
  const match = new RegExp(`\\.icon-${name} \\{\\s*--icon: url\\("([^"]+)"\\);`).exec(css);
  return match?.[1];
}

describe("CSS icons", () => {
  it.each(NAMES)("%s is lucide's drawing", async (name) => {
    const { __iconData } = (await import(`lucide-react/dist/esm/icons/${name}.mjs`)) as {
      __iconData: { node: Node };
    };
    expect(cssIcon(name)).toBe(lucideDataUri(__iconData.node));
  });

  it("notices a drawing that differs", () => {
    expect(lucideDataUri([["path", { d: "M1 1h2", key: "k" }]])).not.toBe(cssIcon("plus"));
    expect(cssIcon("no-such-icon")).toBeUndefined();
  });
});
