import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * `column = any($1)` over text ids: one array parameter where drizzle's inArray writes `in ($1, …, $n)`. The
 * statement's text then stays the same whatever the list's length, so a query run with `.prepare(name)` is
 * parsed and described once per connection, not (as every unprepared statement is) on each run: at batch
 * volume that second round trip per query was a large share of the scheduled mail jobs' database time.
 */
export function anyOf(column: AnyColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::text[])`;
}
