import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedServerProcess } from "../../db/embedded-process";
import { migrateDatabase } from "../../db/migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

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

/**
 * A freshly migrated database of its own for this run. With TEST_DATABASE_URL (an admin URL, e.g. CI's
 * PostgreSQL 15) it lives on that server; otherwise on an embedded server whose data folder is inside
 * `runDir`. `drop` removes the database and stops the embedded server. With TEST_DATABASE_POOLER_URL too (a
 * PgBouncer in front of that server), the database is created directly but migrated and used through the
 * pooler, as a production deployment behind PgBouncer would.
 */
export async function provisionTestDatabase(runDir: string): Promise<TestDatabase> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopServer = async () => {};
  if (!serverUrl) {
    const embedded = await startEmbeddedServerProcess(path.join(runDir, "postgres"));
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
    const pooler = process.env.TEST_DATABASE_POOLER_URL;
    const url = withDatabase(pooler ?? adminUrl, name);
    await migrateDatabase(url);
    return { url, drop };
  } catch (error) {
    await drop();
    throw error;
  }
}
