import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";

/** A table with a form's one-time key (db/schema/columns.ts: uniqueCreationKey). */
type KeyedTable = PgTable & { id: PgColumn; creationKey: PgColumn };
/** A student-owned keyed table, whose keys are scoped by the student. */
type StudentKeyedTable = KeyedTable & { studentId: PgColumn };

/**
 * Inserts the row unless this student already holds one with its creation key, and answers the id either
 * way: a double-clicked "save", or two copies of one submit racing, make one record and both get its id.
 * One statement, so there is no gap between looking and inserting: `on conflict … do update` waits for a
 * concurrent insert of the same key to commit, then returns that row (a no-op update, so `returning` sees
 * it; `do nothing` would return nothing). The conflict target includes the student, so another student's
 * key can never be matched.
 *
 * A table with a second unique rule (a name per student) still raises that violation: the caller turns it
 * into its own answer with `isUniqueViolation`.
 */
export async function insertOnce<T extends StudentKeyedTable>(
  table: T,
  values: PgInsertValue<T> & { studentId: string; creationKey: string },
): Promise<string> {
  return insertOnceWithin(table, [table.studentId], values);
}

/**
 * `insertOnce` for a table whose keys are scoped by other columns than the student (an advisor's comments:
 * student and author; a cohort's join codes: cohort and creator). `scope` must be exactly the columns
 * before the key in the table's uniqueCreationKey index, or PostgreSQL finds no index to arbitrate with.
 */
export async function insertOnceWithin<T extends KeyedTable>(
  table: T,
  scope: PgColumn[],
  values: PgInsertValue<T> & { creationKey: string },
): Promise<string> {
  const [row] = await getDb()
    .insert(table)
    .values(values)
    .onConflictDoUpdate({
      target: [...scope, table.creationKey],
      targetWhere: sql`${table.creationKey} is not null`,
      set: { creationKey: sql`excluded.creation_key` } as Partial<PgInsertValue<T>>,
    })
    .returning({ id: table.id });
  if (!row) throw new Error("insert … on conflict do update returned no row");
  return row.id as string;
}

/**
 * The id of the row this student made with `creationKey`, or null. For a table with a second unique rule:
 * two copies of one submit race, the second can meet the name index before the key index, and the row that
 * "took the name" is its own twin's, so it answers with that record rather than "name taken".
 */
export async function findOwnKeyedRow<T extends StudentKeyedTable>(
  table: T,
  studentId: string,
  creationKey: string,
): Promise<string | null> {
  const [row] = await getDb()
    .select({ id: table.id })
    .from(table as PgTable)
    .where(and(eq(table.studentId, studentId), eq(table.creationKey, creationKey)));
  return row ? (row.id as string) : null;
}

/** Whether `error` is PostgreSQL refusing a duplicate in the unique index `indexName`. */
export function isUniqueViolation(error: unknown, indexName: string): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    const pg = cause as Error & { code?: unknown; constraint_name?: unknown };
    if (pg.code === "23505" && pg.constraint_name === indexName) return true;
  }
  return false;
}
