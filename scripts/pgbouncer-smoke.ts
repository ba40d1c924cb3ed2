/**
 * The PgBouncer smoke tier: starts a PgBouncer in transaction-pooling mode in front of the PostgreSQL server
 * TEST_DATABASE_URL names (default: this machine's, 127.0.0.1:5432), then runs e2e/pooled-smoke.spec.ts with
 * every connection of the app servers, the migrations and the test fixtures going through it, and
 * DB_PREPARE=false. Debian's `pgbouncer` package is installed when missing (as root); elsewhere install it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import getPort from "get-port";

const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const isRoot = process.getuid?.() === 0;

function findPgBouncer(): string | undefined {
  for (const candidate of ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  const which = spawnSync("which", ["pgbouncer"], { encoding: "utf8" });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

function installPgBouncer() {
  if (!isRoot || !fs.existsSync("/usr/bin/apt-get")) {
    throw new Error("pgbouncer is not installed: install it (Debian/Ubuntu: apt-get install pgbouncer)");
  }
  console.log("Installing pgbouncer with apt-get…");
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "pgbouncer"],
  ]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(" ")} failed`);
  }
}

async function waitForPort(port: number, child: ChildProcess) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`pgbouncer did not listen on ${port}`);
}

async function main() {
  const binary = findPgBouncer() ?? (installPgBouncer(), findPgBouncer());
  if (!binary) throw new Error("pgbouncer is still missing after installing it");

  // PgBouncer refuses to run as root; its folder must belong to the user it runs as.
  const dir = fs.mkdtempSync(path.join(isRoot ? "/var/tmp" : os.tmpdir(), "fieldnotes-pgbouncer-"));
  const port = await getPort();
  const user = decodeURIComponent(serverUrl.username || "postgres");
  fs.writeFileSync(path.join(dir, "userlist.txt"), `"${user}" "${decodeURIComponent(serverUrl.password)}"\n`);
  fs.writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      // Any database name, so the smoke test's freshly created database is reachable too.
      `* = host=${serverUrl.hostname} port=${serverUrl.port || 5432}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      "auth_type = trust",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "pool_mode = transaction",
      "default_pool_size = 10",
      "max_client_conn = 200",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      "ignore_startup_parameters = extra_float_digits,options",
      "",
    ].join("\n"),
  );
  const command = isRoot ? "runuser" : binary;
  // Quiet: it logs every connection, to its log file (printed only when the smoke test fails).
  const args = isRoot
    ? ["-u", "postgres", "--", binary, "-q", path.join(dir, "pgbouncer.ini")]
    : ["-q", path.join(dir, "pgbouncer.ini")];
  if (isRoot) spawnSync("chown", ["-R", "postgres", dir]);
  const bouncer = spawn(command, args, { stdio: "inherit" });
  let exitCode = 1;
  try {
    await waitForPort(port, bouncer);
    const pooler = new URL(serverUrl);
    pooler.port = String(port);
    console.log(`PgBouncer (transaction pooling) on :${port} in front of ${serverUrl.host}`);
    const run = spawnSync("npx", ["playwright", "test", "e2e/pooled-smoke.spec.ts"], {
      stdio: "inherit",
      env: {
        ...process.env,
        TEST_DATABASE_URL: serverUrl.toString(),
        TEST_DATABASE_POOLER_URL: pooler.toString(),
        DB_PREPARE: "false",
      },
    });
    exitCode = run.status ?? 1;
    if (exitCode !== 0) {
      console.error(
        `PgBouncer's log:\n${fs.readFileSync(path.join(dir, "pgbouncer.log"), "utf8").slice(-4000)}`,
      );
    }
  } finally {
    await stopBouncer(bouncer);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

/**
 * SIGINT is PgBouncer's immediate shutdown (SIGTERM waits for clients to leave, and `runuser` then kills it
 * after 2 s, writing "...killed." into the caller's output after the caller has finished). Waits for the exit.
 */
async function stopBouncer(bouncer: ChildProcess) {
  if (bouncer.exitCode !== null || bouncer.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => bouncer.once("exit", () => resolve()));
  bouncer.kill("SIGINT");
  const timer = setTimeout(() => bouncer.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
