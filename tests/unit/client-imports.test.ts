import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What a client component imports ships to the browser. zod is ~31 kB gzip there, and no client form needs
// it: fields show the server action's messages, and limits and choices come from lib/validation/form-options.
// This walks every client component's value imports (type-only imports ship nothing; a "use server" module
// reaches the browser as a reference, not its code) and fails on any path that ends in zod.
const root = path.resolve(__dirname, "../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const FORBIDDEN = /^zod(\/|$)/;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const directive = (source: string, name: string) =>
  new RegExp(`^(?:\\s*//[^\\n]*\\n|\\s*/\\*[\\s\\S]*?\\*/)*\\s*["']${name}["']`).test(source);

/** The specifiers a module imports or re-exports for their values. */
export function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement =
    /^\s*(import|export)\s+([^;]*?)\s*from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;
  for (const match of source.matchAll(statement)) {
    if (match[4]) {
      specifiers.push(match[4]);
      continue;
    }
    const clause = match[2]!;
    if (/^type\b/.test(clause)) continue;
    // `import { type A, type B } from` imports nothing at run time either.
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (named && named[1]!.split(",").every((part) => !part.trim() || /^type\s/.test(part.trim()))) continue;
    specifiers.push(match[3]!);
  }
  return specifiers;
}

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${path.relative(root, from)}`);
}

/** Every path from `entry` to a forbidden package, as "a.tsx → b.ts → zod". */
function forbiddenPaths(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    if (trail.length > 0 && directive(source, "use server")) return;
    const here = [...trail, path.relative(root, file)];
    for (const specifier of valueImports(source)) {
      if (FORBIDDEN.test(specifier)) found.push([...here, specifier].join(" → "));
      const next = resolve(file, specifier);
      if (next) visit(next, here);
    }
  };
  visit(entry, []);
  return found;
}

const clientComponents = SOURCE_DIRS.flatMap(sourceFiles).filter((file) =>
  directive(fs.readFileSync(file, "utf8"), "use client"),
);

describe("client components' imports", () => {
  it("finds the client components and reads their imports the way the bundler does", () => {
    expect(clientComponents.length).toBeGreaterThan(20);
    expect(
      valueImports(
        [
          `"use client";`,
          `import { z } from "zod";`,
          `import type { Schema } from "@/lib/validation/contact";`,
          `import { type ActionState } from "@/lib/validation/action-state";`,
          `import { LIMIT, type Kind } from "@/lib/validation/form-options";`,
          `export { helper } from "./helper";`,
          `export type { Thing } from "./thing";`,
          `import "./side-effect.css";`,
        ].join("\n"),
      ),
    ).toEqual(["zod", "@/lib/validation/form-options", "./helper", "./side-effect.css"]);
  });

  it("never reach zod", () => {
    const paths = clientComponents.flatMap(forbiddenPaths);
    expect(paths).toEqual([]);
  });
});
