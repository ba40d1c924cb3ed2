import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type AppServer = {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
};

// Configuration the app reads (lib/env.ts, Auth.js): a developer's shell must not leak into the servers.
const APP_ENV_KEYS = [
  "DATABASE_URL",
  "DB_POOL_MAX",
  "DB_PREPARE",
  "APP_URL",
  "AUTH_SECRET",
  "AUTH_URL",
  "AUTH_TRUST_HOST",
  "NEXTAUTH_URL",
  "NEXTAUTH_SECRET",
  "SMTP_URL",
  "MAIL_FROM",
  "MAIL_MODE",
  "FIELDNOTES_EMBEDDED",
  "ALLOWED_EMAIL_DOMAINS",
  "CRON_SECRET",
  "OIDC_ISSUER",
  "OIDC_CLIENT_ID",
  "OIDC_CLIENT_SECRET",
  "OIDC_NAME",
  "TRUSTED_PROXY_HOPS",
  "SIGN_IN_LIMIT_PER_EMAIL",
  "SIGN_IN_LIMIT_PER_IP",
  "PORT",
  "HOSTNAME",
  "DATA_DIR",
];

const running = new Set<number>();

// If the runner dies without its teardown, take the servers with it (they run in process groups of their own).
process.once("exit", () => {
  for (const pid of running) killGroup(pid, "SIGKILL");
});

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function tail(file: string, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * `next start` from the existing production build. Output goes to `logFile` (and to this process's
 * stderr with E2E_SERVER_LOGS=1). Resolves once `/sign-in` answers 200, which needs the database too.
 */
export async function startAppServer(options: {
  name: string;
  port: number;
  env: Record<string, string>;
  logFile: string;
}): Promise<AppServer> {
  const url = `http://localhost:${options.port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of APP_ENV_KEYS) delete env[key];
  Object.assign(env, options.env, { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });

  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "a");
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(options.port)], {
    env,
    // A process group of its own, so stopping it also stops anything Next forks.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start app server ${options.name}`);
  running.add(pid);
  const stream = process.env.E2E_SERVER_LOGS === "1";
  for (const output of [child.stdout, child.stderr]) {
    output.on("data", (chunk: Buffer) => {
      fs.writeSync(log, chunk);
      if (stream) process.stderr.write(`[app ${options.name}] ${chunk.toString()}`);
    });
  }

  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      running.delete(pid);
      fs.closeSync(log);
      resolve();
    });
  });

  const stop = async () => {
    if (exited) return;
    killGroup(pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(pid, "SIGKILL"), 5_000);
    await exit;
    clearTimeout(timer);
    // Anything left in the group after the leader exited.
    killGroup(pid, "SIGKILL");
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) {
      throw new Error(`app server ${options.name} exited during start-up:\n${tail(options.logFile)}`);
    }
    try {
      const response = await fetch(`${url}/sign-in`, { signal: AbortSignal.timeout(10_000) });
      if (response.status === 200) break;
      await response.body?.cancel();
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`app server ${options.name} did not answer at ${url}:\n${tail(options.logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { name: options.name, url, pid, logFile: options.logFile, stop };
}
