import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm audit` cannot reach its advisory service from our machines, so the advisories that touched a runtime
// dependency are held here as floors, read from what `npm ci` installs: every copy in the lockfile, nested
// ones included. Raise a floor when a new advisory lands; never lower one.
const FLOORS: { name: string; floor: string; advisory: string }[] = [
  // GHSA-p6gq-j5cr-w38f: the message-level `raw` option bypassed disableFileAccess/disableUrlAccess (≤ 9.0.0;
  // the 8.x line was never patched).
  { name: "nodemailer", floor: "9.0.1", advisory: "GHSA-p6gq-j5cr-w38f" },
  // GHSA-gpj5-g38j-94v9: fixed in drizzle-orm 0.45.2.
  { name: "drizzle-orm", floor: "0.45.2", advisory: "GHSA-gpj5-g38j-94v9" },
  // GHSA-8fpg-xm3f-6cx3: auth() failed open on configuration errors; GHSA-7rqj-j65f-68wh: the email
  // normalizer checked the address before Unicode normalization (homoglyph @); GHSA-x445-f3h2-j279: OAuth
  // check cookies not bound to their provider. All fixed in next-auth 5.0.0-beta.32.
  { name: "next-auth", floor: "5.0.0-beta.32", advisory: "GHSA-8fpg-xm3f-6cx3, GHSA-7rqj-j65f-68wh" },
  // GHSA-7rqj-j65f-68wh and GHSA-x445-f3h2-j279 live in @auth/core, which the Drizzle adapter also pulls in.
  { name: "@auth/core", floor: "0.41.3", advisory: "GHSA-7rqj-j65f-68wh, GHSA-x445-f3h2-j279" },
  // GHSA-2464-fhr4-w9xw and GHSA-673q-mjm6-r5xr (critical) are fixed on the 16.x line from 16.4.3, and
  // GHSA-f87g-xv8r-7p7x (the dev server's MCP endpoint) from 16.3.8.
  { name: "next", floor: "16.4.3", advisory: "GHSA-2464-fhr4-w9xw, GHSA-673q-mjm6-r5xr" },
];

type Lockfile = { packages: Record<string, { version?: string }> };
const lockfile = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "..", "..", "package-lock.json"), "utf8"),
) as Lockfile;

function installedVersions(name: string) {
  return Object.entries(lockfile.packages)
    .filter(([where]) => where === `node_modules/${name}` || where.endsWith(`/node_modules/${name}`))
    .map(([where, entry]) => ({ where, version: entry.version ?? "" }));
}

type Parsed = { release: number[]; pre: (string | number)[] };

function parse(version: string): Parsed {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version);
  if (!match) throw new Error(`not a semantic version: ${version}`);
  const pre = (match[4] ?? "").split(".").filter(Boolean);
  return {
    release: [Number(match[1]), Number(match[2]), Number(match[3])],
    pre: pre.map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  };
}

/** Semantic-version order: a pre-release sorts before its release; numeric identifiers compare as numbers. */
function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < 3; i++) {
    const difference = left.release[i]! - right.release[i]!;
    if (difference !== 0) return Math.sign(difference);
  }
  if (!left.pre.length || !right.pre.length) return Math.sign(right.pre.length - left.pre.length);
  for (let i = 0; i < Math.max(left.pre.length, right.pre.length); i++) {
    const x = left.pre[i];
    const y = right.pre[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return Math.sign(x - y);
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

describe("version order", () => {
  it.each([
    ["9.0.0", "9.0.1", -1],
    ["8.0.11", "9.0.1", -1],
    ["10.6.1", "9.0.1", 1],
    ["0.45.1", "0.45.2", -1],
    ["5.0.0-beta.31", "5.0.0-beta.32", -1],
    ["5.0.0-beta.4", "5.0.0-beta.32", -1],
    ["5.0.0-beta.32", "5.0.0", -1],
    ["5.0.0-beta.32", "5.0.0-beta.32", 0],
    ["16.4.5", "16.4.3", 1],
  ])("%s against %s is %i", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe("runtime dependencies stay above their advisories", () => {
  it.each(FLOORS)("$name ≥ $floor ($advisory)", ({ name, floor }) => {
    const installed = installedVersions(name);
    expect(installed.length).toBeGreaterThan(0);
    const below = installed.filter(({ version }) => compareVersions(version, floor) < 0);
    expect(below).toEqual([]);
  });

  it("keeps next on its 16.x line, where the floor above is known to be patched", () => {
    for (const { version } of installedVersions("next")) expect(parse(version).release[0]).toBe(16);
  });
});
