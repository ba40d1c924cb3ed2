import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import getPort, { portNumbers } from "get-port";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

// `npm start` as an operator or a supervisor meets it: npm, the real start script, the real embedded
// PostgreSQL, real signals. The Next server is a stand-in (FIELDNOTES_NEXT_BIN) so that no production build
// is needed; the last test uses the real one when a build exists.

const root = path.resolve(import.meta.dirname, "../..");
const standIn = path.join(import.meta.dirname, "fixtures/next-stand-in.mjs");

type Run = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
};

const runs: Run[] = [];

/** The environment of a shell with nothing of this test run's own (its DATABASE_URL, AUTH_SECRET, …). */
function cleanEnv(values: Record<string, string>): NodeJS.ProcessEnv {
  const { PATH, HOME, LANG, TMPDIR } = process.env;
  const entries = Object.entries({ PATH, HOME, LANG, TMPDIR, ...values }).filter(([, v]) => v !== undefined);
  // Next's types declare NODE_ENV always set; an operator's shell usually has none.
  return Object.fromEntries(entries) as NodeJS.ProcessEnv;
}

// What `npm start` runs (package.json); one test goes through npm itself.
const START = [process.execPath, "--import", "tsx", "scripts/start.ts"] as const;

function start(values: Record<string, string>, command: readonly string[] = START): Run {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: cleanEnv(values),
    // Its own process group, like a shell job: a Ctrl-C can reach all of it, and cleanup can too.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const listeners = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      for (const listener of listeners) listener();
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = text.match(pattern);
        if (!match) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(match);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`Timed out waiting for ${pattern}; output so far:\n${text}`));
      }, timeoutMs);
      listeners.add(check);
      void exited.then(() => setTimeout(check, 50));
      check();
    });
  const run = { child, output: () => text, exited, waitFor };
  runs.push(run);
  return run;
}

async function exitOf(run: Run, timeoutMs = 30_000) {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(
      () => reject(new Error(`Still running after ${timeoutMs} ms; output:\n${run.output()}`)),
      timeoutMs,
    ),
  );
  return Promise.race([run.exited, timeout]);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PIDs of processes whose command line names `text` (a PostgreSQL server names its data folder). */
function processesNaming(text: string) {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function expectReleased(dataDir: string) {
  const clusterDir = path.join(dataDir, "postgres");
  expect(processesNaming(clusterDir)).toEqual([]);
  expect(fs.existsSync(path.join(clusterDir, "postmaster.pid"))).toBe(false);
}

let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fieldnotes-start-"));
  // As root the server runs as the `postgres` OS user, which must reach the folder.
  fs.chmodSync(dataDir, 0o755);
});

afterEach(async () => {
  for (const run of runs.splice(0)) {
    // The whole group: a child the start script failed to stop outlives it there.
    try {
      process.kill(-run.child.pid!, "SIGKILL");
    } catch {
      // nothing left in the group
    }
    await run.exited;
  }
  // A test that failed half-way may leave a server behind: never leave one holding the folder.
  for (const pid of processesNaming(path.join(dataDir, "postgres"))) process.kill(pid, "SIGKILL");
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const SERVER_CONFIG = {
  DATABASE_URL: "postgres://fieldnotes@127.0.0.1:5432/fieldnotes",
  AUTH_SECRET: "a-long-enough-secret-0123456789abcdef",
  SMTP_URL: "smtp://127.0.0.1:2525",
  FIELDNOTES_NEXT_BIN: standIn,
};

describe("npm start: configuration is checked before anything starts", () => {
  it.each([
    ["AUTH_SECRET is missing", { AUTH_SECRET: "" }, /AUTH_SECRET: Set AUTH_SECRET to at least 32/],
    ["AUTH_SECRET is short", { AUTH_SECRET: "short" }, /AUTH_SECRET must be at least 32 characters/],
    ["there is no way to send mail", { SMTP_URL: "" }, /SMTP_URL: Set SMTP_URL/],
    ["PORT is not a port", { PORT: "http" }, /PORT must be a port number/],
  ])(
    "with DATABASE_URL, exits 1 when %s",
    async (_, change, message) => {
      const values: Record<string, string> = { ...SERVER_CONFIG, PORT: "3999", ...change };
      for (const [key, value] of Object.entries(change)) if (value === "") delete values[key];
      const run = start(values);
      expect(await exitOf(run)).toEqual({ code: 1, signal: null });
      expect(run.output()).toMatch(/Fieldnotes did not start\. Invalid configuration \(see "Configuration"/);
      expect(run.output()).toMatch(message);
      expect(run.output()).not.toMatch(/Fieldnotes is running|Ready/);
    },
    60_000,
  );

  it("in embedded mode, refuses a short AUTH_SECRET before starting the database", async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), "fieldnotes-config-"));
    try {
      const run = start({ DATA_DIR: fresh, AUTH_SECRET: "short", FIELDNOTES_NEXT_BIN: standIn });
      expect(await exitOf(run)).toEqual({ code: 1, signal: null });
      expect(run.output()).toMatch(/AUTH_SECRET must be at least 32 characters/);
      expect(fs.readdirSync(fresh)).toEqual([]);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("npm start: supervision of the Next server and the embedded database", () => {
  async function startEmbedded() {
    const port = await getPort({ port: portNumbers(21000, 22000) });
    const run = start({ DATA_DIR: dataDir, PORT: String(port), FIELDNOTES_NEXT_BIN: standIn });
    await run.waitFor(/Fieldnotes is running at http:\/\/localhost:\d+/, 120_000);
    const [, pid] = await run.waitFor(/stand-in Next server, pid (\d+)/);
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe("stand-in");
    return { run, nextPid: Number(pid), port };
  }

  it("exits non-zero and stops the database when the Next server is killed (kill -9, OOM)", async () => {
    const { run, nextPid } = await startEmbedded();
    process.kill(nextPid, "SIGKILL");
    expect(await exitOf(run)).toEqual({ code: 137, signal: null });
    expect(run.output()).toMatch(
      /The Next server was killed by SIGKILL .*stopping Fieldnotes and its database/,
    );
    expectReleased(dataDir);
  }, 180_000);

  it("exits non-zero when the Next server exits on its own", async () => {
    const { run, nextPid } = await startEmbedded();
    process.kill(nextPid, "SIGTERM"); // the stand-in exits 0: still not something Fieldnotes asked for
    expect((await exitOf(run)).code).toBe(1);
    expect(run.output()).toMatch(/The Next server exited with code 0/);
    expectReleased(dataDir);
  }, 180_000);

  it("on SIGTERM to npm start, stops the Next server and the database, and exits 0", async () => {
    const { run, nextPid } = await startEmbedded();
    run.child.kill("SIGTERM");
    expect(await exitOf(run)).toEqual({ code: 0, signal: null });
    expect(isAlive(nextPid)).toBe(false);
    expectReleased(dataDir);
  }, 180_000);

  it("on Ctrl-C (SIGINT to the whole process group), leaves nothing behind", async () => {
    const { run, nextPid } = await startEmbedded();
    process.kill(-run.child.pid!, "SIGINT");
    expect((await exitOf(run)).code).toBe(0);
    expect(isAlive(nextPid)).toBe(false);
    expectReleased(dataDir);
  }, 180_000);

  it("through npm: SIGTERM to npm start leaves nothing behind", async () => {
    const port = await getPort({ port: portNumbers(21000, 22000) });
    const run = start({ DATA_DIR: dataDir, PORT: String(port), FIELDNOTES_NEXT_BIN: standIn }, [
      "npm",
      "start",
      "--silent",
    ]);
    const [, pid] = await run.waitFor(/stand-in Next server, pid (\d+)/, 120_000);
    run.child.kill("SIGTERM");
    // npm passes the signal on and waits for the script (`exec` in package.json: no shell in between).
    expect(await exitOf(run)).toEqual({ code: 0, signal: null });
    expect(isAlive(Number(pid))).toBe(false);
    expectReleased(dataDir);
  }, 180_000);

  it("says another instance holds the data folder, and leaves that instance running", async () => {
    const { run, port } = await startEmbedded();
    const holder = Number(
      fs.readFileSync(path.join(dataDir, "postgres/postmaster.pid"), "utf8").split("\n")[0],
    );
    const otherPort = await getPort({ port: portNumbers(22001, 23000) });
    const second = start({ DATA_DIR: dataDir, PORT: String(otherPort), FIELDNOTES_NEXT_BIN: standIn });
    expect(await exitOf(second)).toEqual({ code: 1, signal: null });
    expect(second.output()).toContain(
      `Another Fieldnotes instance is using the data folder ${dataDir} (its PostgreSQL server has PID ${holder})`,
    );
    expect(second.output()).not.toMatch(/undefined/);
    expect((await fetch(`http://127.0.0.1:${port}/`)).ok).toBe(true);
    expect(isAlive(holder)).toBe(true);
    run.child.kill("SIGTERM");
    expect((await exitOf(run)).code).toBe(0);
    expectReleased(dataDir);
  }, 180_000);

  // The stand-in proves the supervisor; this proves the real `next start` is supervised the same way. It
  // needs a production build, which the e2e tier makes (CI runs this file again after it).
  it.skipIf(!fs.existsSync(path.join(root, ".next/BUILD_ID")))(
    "with the real Next server: kill -9 of next-server makes npm start exit non-zero, database stopped",
    async () => {
      const port = await getPort({ port: portNumbers(21000, 22000) });
      const run = start({ DATA_DIR: dataDir, PORT: String(port) });
      await run.waitFor(/Fieldnotes is running at/, 120_000);
      expect((await fetch(`http://127.0.0.1:${port}/sign-in`)).status).toBe(200);
      const nextServer = descendantsOf(run.child.pid!).find((pid) =>
        fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next"),
      );
      expect(nextServer).toBeDefined();
      process.kill(nextServer!, "SIGKILL");
      expect(await exitOf(run)).toEqual({ code: 137, signal: null });
      expect(run.output()).toMatch(/The Next server was killed by SIGKILL/);
      expectReleased(dataDir);
    },
    180_000,
  );
});

function descendantsOf(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent PID is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, p] of parentOf) {
      if (p === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}
