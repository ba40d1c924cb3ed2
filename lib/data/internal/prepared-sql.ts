import "server-only";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type postgres from "postgres";
import { getDb, type Database } from "@/db/client";
import { getEnv } from "@/lib/env";

const dialect = new PgDialect({ casing: "snake_case" });

/**
 * A raw SQL query run as a prepared statement when the deployment allows them (DB_PREPARE; off behind PgBouncer
 * in transaction mode). drizzle's `execute` never prepares raw SQL, so PostgreSQL planned the dashboard's
 * aggregate queries afresh on every request, tens of milliseconds each for the large CTE; prepared, each
 * connection keeps its plan. Same driver, same parameters and type parsers as `execute`: the same rows.
 */
export async function executePrepared<Row>(query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const client = (getDb() as Database & { $client: postgres.Sql }).$client;
  const rows = await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
    prepare: getEnv().DB_PREPARE,
  });
  return rows as unknown as Row[];
}
