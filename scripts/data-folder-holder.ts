import fs from "node:fs";
import path from "node:path";

/**
 * The PID of the PostgreSQL server that holds the cluster in `clusterDir`, or undefined when none does.
 * PostgreSQL writes its PID on the first line of `postmaster.pid` and removes the file when it stops; a
 * file left by a killed server names a process that is gone (or, after a reboot, someone else's).
 */
export function findDataFolderHolder(clusterDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another OS user's (the `postgres` user a root start runs the server as).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  try {
    // A recycled PID belongs to some other program; where /proc exists, make sure it is a postgres.
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return command.includes("postgres") ? pid : undefined;
  } catch {
    return fs.existsSync("/proc/self") ? undefined : pid;
  }
}

/** Resolves once no server holds `clusterDir`, or after `timeoutMs` with false. */
export async function waitUntilReleased(clusterDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (findDataFolderHolder(clusterDir) !== undefined) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
