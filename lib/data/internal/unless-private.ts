import "server-only";
import { sql, type AnyColumn } from "drizzle-orm";

/** '' in place of text its owner marked private, decided in the query so the text never leaves it. */
export function unlessPrivate(isPrivate: AnyColumn, text: AnyColumn) {
  return sql<string>`case when ${isPrivate} then '' else ${text} end`;
}
