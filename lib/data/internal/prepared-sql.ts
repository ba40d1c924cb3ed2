import "server-only";
import { fillPlaceholders, Placeholder, type SQL } from "drizzle-orm";
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
  return run<Row>(text, params);
}

async function run<Row>(text: string, params: unknown[]): Promise<Row[]> {
  const client = (getDb() as Database & { $client: postgres.Sql }).$client;
  const rows = await client.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
    prepare: getEnv().DB_PREPARE,
  });
  return rows as unknown as Row[];
}

/** A drizzle query built with `sql.placeholder(name)` where values go, run with the values of one call. */
type PlaceholderQuery<Result, Values> = {
  prepare(name: string): { execute(values: Values): Promise<Result> };
};

/**
 * A drizzle select whose query is built once per process (per database client), as preparedStatement does
 * for raw SQL: `build` writes it with `sql.placeholder(name)` where values go, and each call runs it with
 * its values. Building the contact and interview pages' one statement (a select of some twenty columns, joins
 * and JSON subqueries) cost drizzle about 0.3 ms of every request, for the same text each time; drizzle still
 * maps the row to the select's shape. Prepared by PostgreSQL when DB_PREPARE allows, as executePrepared's
 * statements are: drizzle prepares only a named query, so without DB_PREPARE it is built unnamed.
 */
export function preparedQuery<Result, Values extends Record<string, unknown>>(
  build: (db: Database) => PlaceholderQuery<Result, Values>,
  name: string,
): (values: Values) => Promise<Result> {
  let built:
    { db: Database; prepare: boolean; query: { execute(values: Values): Promise<Result> } } | undefined;
  return (values) => {
    const db = getDb();
    const prepare = getEnv().DB_PREPARE;
    if (built?.db !== db || built.prepare !== prepare) {
      // drizzle's prepare(name) prepares server-side exactly when the name is defined.
      built = { db, prepare, query: build(db).prepare(prepare ? name : (undefined as unknown as string)) };
    }
    return built.query.execute(values);
  };
}

/**
 * A raw SQL statement whose text is built once per process: `build` writes it with `sql.placeholder(name)`
 * where values go, and each call fills them. Building the home page's statement (forty-odd fragments)
 * cost drizzle about 0.3 ms a request for the same text every time. Each placeholder name becomes one
 * parameter however often the statement uses it ($1 for the student in every subquery), so the driver
 * encodes each value once. Run as executePrepared runs its statements.
 */
export function preparedStatement<Row, Values extends Record<string, unknown>>(
  build: () => SQL,
): (values: Values) => Promise<Row[]> {
  let compiled: { text: string; params: unknown[] } | undefined;
  return async (values) => {
    compiled ??= numberPlaceholdersOnce(dialect.sqlToQuery(build()));
    return run<Row>(compiled.text, fillPlaceholders(compiled.params, values));
  };
}

/** Renumbers `$n` so that every use of one placeholder name shares one parameter. */
function numberPlaceholdersOnce({ sql: text, params }: { sql: string; params: unknown[] }) {
  const kept: unknown[] = [];
  const byName = new Map<string, number>();
  const renumbered = params.map((param) => {
    if (param instanceof Placeholder) {
      const known = byName.get(param.name);
      if (known !== undefined) return known;
      byName.set(param.name, kept.push(param));
      return kept.length;
    }
    return kept.push(param);
  });
  let seen = 0;
  // Drizzle writes parameters as $1…$n in order; a statement with `$` anywhere else is refused, not guessed at.
  const rewritten = text.replace(/\$(\d+)/g, (_, n: string) => {
    if (Number(n) !== ++seen) throw new Error("preparedStatement: unexpected $ in the statement text");
    return `$${renumbered[seen - 1]}`;
  });
  if (seen !== params.length) throw new Error("preparedStatement: parameters and placeholders differ");
  return { text: rewritten, params: kept };
}
