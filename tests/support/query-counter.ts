import type { Sql } from "postgres";
import { vi } from "vitest";
import { getDb } from "@/db/client";

/**
 * How many statements `run` sends to the database, with what it returned. Every statement drizzle sends
 * outside a transaction goes through the postgres.js client's unsafe(), so counting its calls counts
 * queries (a transaction's statements go through the transaction's own handle and are not counted).
 * Calls made concurrently by `run` are all counted; nothing else should use the database meanwhile.
 */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  // drizzle() sets $client at run time; the Database type in db/client.ts leaves it out.
  const client = (getDb() as ReturnType<typeof getDb> & { $client: Sql }).$client;
  const sent = vi.spyOn(client, "unsafe");
  try {
    const result = await run();
    return { result, queries: sent.mock.calls.length };
  } finally {
    sent.mockRestore();
  }
}
