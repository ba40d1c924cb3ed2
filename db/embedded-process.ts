import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assertEmbeddedDataDirReachable } from "./embedded-data-dir";

const SERVER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "embedded-server-process.ts");
const START_TIMEOUT_MS = 60_000;

export type EmbeddedServerProcess = { url: string; stop: () => Promise<void> };

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * A throwaway embedded PostgreSQL server (its data deleted when it stops) in a child process, so the
 * package's exit hooks never touch the caller's exit code: test runners, benchmarks. Resolves with the
 * server's admin URL (database `postgres`).
 */
export async function startEmbeddedServerProcess(dataDir: string): Promise<EmbeddedServerProcess> {
  assertEmbeddedDataDirReachable(dataDir);
  const child = spawn(process.execPath, ["--import", "tsx", SERVER_SCRIPT, dataDir], {
    // Its own process group (with the postgres it starts): a Ctrl-C in the terminal reaches the caller,
    // whose teardown then drops its databases before stopping this server.
    detached: true,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const pid = child.pid!;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // If the caller exits without stopping it, stop the server (SIGTERM lets it delete its data).
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
        if (!line) return;
        const reply = JSON.parse(line) as { url?: string; error?: string };
        if (reply.url) resolve(reply.url);
        else reject(new Error(`embedded PostgreSQL did not start in ${dataDir}: ${reply.error}`));
      });
      child.once("exit", (code) =>
        reject(new Error(`embedded PostgreSQL exited (${code}) before it was ready (${dataDir})`)),
      );
      setTimeout(
        () => reject(new Error(`embedded PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s`)),
        START_TIMEOUT_MS,
      ).unref();
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
