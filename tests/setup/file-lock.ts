import fs from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

function holderIsGone(lockPath: string) {
  const pid = Number(fs.readFileSync(lockPath, "utf8"));
  if (!pid) return false; // being written right now
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Runs `run` while holding a lock file that other processes on this machine respect. A lock whose
 * process died is taken over; after `waitMs` the caller goes ahead anyway rather than hang a test run.
 */
export async function withFileLock<T>(lockPath: string, run: () => Promise<T>, waitMs = 60_000) {
  const deadline = Date.now() + waitMs;
  let held = false;
  while (!held) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      held = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) break;
      try {
        if (holderIsGone(lockPath)) fs.rmSync(lockPath, { force: true });
      } catch {
        // Released between our attempt and the read: just try again.
      }
      await sleep(50);
    }
  }
  try {
    return await run();
  } finally {
    if (held) fs.rmSync(lockPath, { force: true });
  }
}
