import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databasePreparesStatements, getEnv } from "../lib/env";
import { releaseSingleton, singleton } from "../lib/singleton";
import * as schema from "./schema/index";

export type Database = PostgresJsDatabase<typeof schema>;
/** The handle a `db.transaction(async (tx) => ...)` callback receives. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

type Cached = { url: string; sql: postgres.Sql; db: Database };

const DB = "db";

export function createDatabase(url: string, max = 10, prepare = databasePreparesStatements()): Cached {
  const sql = postgres(url, { max, prepare, onnotice: () => {}, idle_timeout: 30, connect_timeout: 10 });
  return { url, sql, db: drizzle(sql, { schema, casing: "snake_case" }) };
}

/**
 * The process-wide database, opened on first use (never at import time: `next build` imports modules). One
 * bounded pool per process, sized by DB_POOL_MAX.
 */
export function getDb(): Database {
  const env = getEnv();
  return singleton(DB, env.DATABASE_URL, () =>
    createDatabase(env.DATABASE_URL, env.DB_POOL_MAX, env.DB_PREPARE),
  ).db;
}

export async function closeDb() {
  await releaseSingleton<Cached>(DB)?.sql.end({ timeout: 5 });
}
