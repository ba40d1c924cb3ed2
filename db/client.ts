import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema/index";

export type Database = PostgresJsDatabase<typeof schema>;

type Cached = { url: string; sql: postgres.Sql; db: Database };

// Cached on globalThis so dev-server reloads and route modules share one bounded pool per process.
const holder = globalThis as unknown as { __fieldnotesDb?: Cached };

export function createDatabase(url: string, max = 10): Cached {
  const sql = postgres(url, { max, onnotice: () => {}, idle_timeout: 30, connect_timeout: 10 });
  return { url, sql, db: drizzle(sql, { schema, casing: "snake_case" }) };
}

/** The process-wide database, opened on first use (never at import time: `next build` imports modules). */
export function getDb(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (start the app with `npm start`, which provides one)");
  if (!holder.__fieldnotesDb || holder.__fieldnotesDb.url !== url) {
    holder.__fieldnotesDb = createDatabase(url, Number(process.env.DB_POOL_MAX ?? 10));
  }
  return holder.__fieldnotesDb.db;
}

export async function closeDb() {
  const current = holder.__fieldnotesDb;
  holder.__fieldnotesDb = undefined;
  await current?.sql.end({ timeout: 5 });
}
