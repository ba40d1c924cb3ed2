import { sql } from "drizzle-orm";
import { integer, text, timestamp, uniqueIndex, type PgColumn } from "drizzle-orm/pg-core";
import { users } from "./users";

// Columns every student-owned record shares. Kept here so each table says the same thing the same way.

export const id = () =>
  text()
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** The owning student; scoping every query by it is how lib/data keeps students apart. */
export const ownerId = () =>
  text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

/** Optimistic locking: an edit names the version it started from, and loses to any save in between. */
export const version = () => integer().notNull().default(1);

/** A form's one-time key, so a double-clicked "save" creates one record, not two. */
export const creationKey = () => text();

export const timestamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One record per key within `scope`: the owning student, or for an advisor's records the columns that name
 * the advisor and what they act on, so nobody else's key can ever match. Rows from before keys are null.
 */
export function uniqueCreationKey(table: string, scope: PgColumn | [PgColumn, ...PgColumn[]], key: PgColumn) {
  const [first, ...rest] = Array.isArray(scope) ? scope : [scope];
  return uniqueIndex(`${table}_creation_key_idx`)
    .on(first, ...rest, key)
    .where(sql`${key} is not null`);
}

export function checkIn(column: PgColumn, values: readonly string[]) {
  return sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(", "))})`;
}
