import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A 'use server' file makes every export a public endpoint. Keep them to actions only, named …Action,
// so nothing internal (a helper, a constant, an unsafe… function) is ever exposed by accident.

function serverActionFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return /^\s*["']use server["']/.test(fs.readFileSync(full, "utf8")) ? [full] : [];
  });
}

const files = serverActionFiles(path.resolve("app"));

describe("'use server' files", () => {
  it("exist (the scan works)", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))(
    "%s exports only async …Action functions",
    async (_name, file) => {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        expect(name, `${name} in ${file}`).toMatch(/Action$/);
        expect(value?.constructor?.name, `${name} in ${file}`).toBe("AsyncFunction");
      }
    },
    // Importing an action module loads Auth.js and the data layer: slow on a busy 2-core machine.
    30_000,
  );
});
