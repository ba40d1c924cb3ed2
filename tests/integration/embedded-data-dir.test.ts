import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { assertEmbeddedDataDirReachable, DataDirUnreachableError } from "@/db/embedded-data-dir";
import { startEmbeddedServerProcess } from "@/db/embedded-process";

// Only root hands the server to the `postgres` OS user; for anyone else the folder is their own.
const asRoot = process.getuid?.() === 0;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder like a home directory or `mktemp -d`: mode 700, owned by root. */
function privateFolder() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fieldnotes-private-"));
  made.push(dir);
  expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
  return dir;
}

function runStart(env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...rest, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe.skipIf(!asRoot)("an embedded data folder the postgres user cannot reach (run as root)", () => {
  it("is named, with both fixes, before anything starts", () => {
    const folder = privateFolder();
    const check = () => assertEmbeddedDataDirReachable(path.join(folder, "data", "postgres"));
    expect(check).toThrow(DataDirUnreachableError);
    expect(check).toThrow(folder);
    expect(check).toThrow(`chmod o+x ${folder}`);
    expect(check).toThrow(/DATA_DIR=/);

    fs.chmodSync(folder, 0o711);
    expect(check).not.toThrow();
  });

  it("makes `npm start` exit non-zero within a minute with that message, leaving no server behind", async () => {
    const folder = privateFolder();
    const started = Date.now();
    const { code, output } = await runStart({ DATA_DIR: path.join(folder, "data"), PORT: "23917" });
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(output).toContain(`cannot enter ${folder}`);
    expect(output).toContain(`chmod o+x ${folder}`);
    expect(output).not.toMatch(/Fieldnotes is running|EACCES|\n\s+at /);
    expect(fs.existsSync(path.join(folder, "data", "postgres", "PG_VERSION"))).toBe(false);
  }, 90_000);

  it("makes the test and benchmark harness refuse with the same message", async () => {
    const folder = privateFolder();
    await expect(startEmbeddedServerProcess(path.join(folder, "postgres"))).rejects.toThrow(
      `chmod o+x ${folder}`,
    );
  }, 30_000);

  it("lets a reachable folder through", () => {
    const folder = privateFolder();
    fs.chmodSync(folder, 0o755);
    expect(() => assertEmbeddedDataDirReachable(path.join(folder, "data"))).not.toThrow();
  });
});
