import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import journal from "@/db/migrations/meta/_journal.json";

export type Health =
  { status: "ok" } | { status: "unavailable"; reason: "database unreachable" | "migrations pending" };

// A load balancer asks every few seconds and gives up after a few; answer before it does, whether the
// server is slow (the statement timeout) or does not answer at all (the connect timeout is 10 s).
const STATEMENT_TIMEOUT_MS = 2_000;
const DEADLINE_MS = 3_000;

// PostgreSQL's "no such table" and "no such schema": a database that was never migrated.
const NOT_MIGRATED = new Set(["42P01", "3F000"]);

const expected = journal.entries.at(-1)?.when ?? 0;

/**
 * Whether this app server can serve: the database answers and has every migration this build ships. Drizzle
 * itself decides what is pending by the newest applied `created_at` against the journal's `when`; the count
 * also catches a row deleted from the middle. Hence `unsafe`: there is no viewer (a load balancer calls it
 * without a session), and it reads no user data, only drizzle's own bookkeeping. The reasons are fixed
 * strings, so nothing about the connection or the error reaches the caller.
 */
export async function unsafeCheckHealth(): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), DEADLINE_MS);
  });
  try {
    const applied = await Promise.race([readApplied(), deadline]);
    if (applied === "timeout") return { status: "unavailable", reason: "database unreachable" };
    if (applied.count !== journal.entries.length || applied.last !== expected) {
      return { status: "unavailable", reason: "migrations pending" };
    }
    return { status: "ok" };
  } catch (error) {
    if (NOT_MIGRATED.has(postgresCode(error) ?? ""))
      return { status: "unavailable", reason: "migrations pending" };
    return { status: "unavailable", reason: "database unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

async function readApplied(): Promise<{ count: number; last: number | null }> {
  return getDb().transaction(async (tx) => {
    await tx.execute(sql.raw(`set local statement_timeout = ${STATEMENT_TIMEOUT_MS}`));
    const rows = await tx.execute<{ count: number; last: string | null }>(
      sql`select count(*)::int as count, max(created_at)::text as last from drizzle.__drizzle_migrations`,
    );
    const row = rows[0];
    return { count: row?.count ?? 0, last: row?.last == null ? null : Number(row.last) };
  });
}

/** Drizzle wraps the driver's error; the SQLSTATE is on it or its cause. */
function postgresCode(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ("code" in e && typeof e.code === "string") return e.code;
  }
  return undefined;
}
