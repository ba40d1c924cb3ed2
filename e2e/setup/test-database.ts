import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { migrateDatabase } from "../../db/migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

const EMBEDDED_SCRIPT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "embedded-postgres-process.ts",
);

function withDatabase(serverUrl: string, database: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(serverUrl: string, statement: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Starts embedded-postgres-process.ts and resolves with the server's admin URL and a way to stop it. */
async function startEmbeddedServer(dataDir: string) {
  const child = spawn(process.execPath, ["--import", "tsx", EMBEDDED_SCRIPT, dataDir], {
    // Its own process group (with the postgres it starts): a Ctrl-C in the terminal reaches the runner,
    // whose teardown then drops the database before stopping this server.
    detached: true,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const pid = child.pid!;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // If the runner exits without its teardown, stop the server (SIGTERM lets it delete its data).
  const onExit = () => killGroup(pid, "SIGTERM");
  process.once("exit", onExit);

  const stop = async () => {
    process.off("exit", onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => killGroup(pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const line = output.split("\n").find((l) => l.startsWith("{"));
        if (line) resolve((JSON.parse(line) as { url: string }).url);
      });
      child.once("exit", (code) =>
        reject(new Error(`embedded PostgreSQL exited (${code}) before it was ready`)),
      );
      setTimeout(() => reject(new Error("embedded PostgreSQL did not start within 60 s")), 60_000).unref();
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A freshly migrated database of its own for this run. With TEST_DATABASE_URL (an admin URL, e.g. CI's
 * PostgreSQL 15) it lives on that server; otherwise on an embedded server whose data folder is inside
 * `runDir`. `drop` removes the database and stops the embedded server.
 */
export async function provisionTestDatabase(runDir: string): Promise<TestDatabase> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const embedded = await startEmbeddedServer(path.join(runDir, "postgres"));
    serverUrl = embedded.url;
    stopServer = embedded.stop;
  }
  // Unique per run, so concurrent runs (and the vitest tier) on one server never meet.
  const name = `fieldnotes_e2e_${process.pid}_${randomBytes(4).toString("hex")}`;
  const adminUrl = serverUrl;
  let created = false;
  const drop = async () => {
    try {
      // FORCE (PostgreSQL 13+) ends connections a killed app server may have left behind.
      if (created) await admin(adminUrl, `drop database if exists "${name}" with (force)`);
    } finally {
      await stopServer();
    }
  };
  try {
    await admin(adminUrl, `create database "${name}"`);
    created = true;
    const url = withDatabase(adminUrl, name);
    await migrateDatabase(url);
    return { url, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
