import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { preparedQuery, preparedStatement } from "@/lib/data/internal/prepared-sql";
import { users } from "@/db/schema/index";
import { getDb } from "@/db/client";

describe("preparedStatement", () => {
  it("fills each placeholder, one parameter per name however often it is used, beside fixed values", async () => {
    const statement = preparedStatement<
      { sum: number; label: string; fixed: number },
      { n: number; label: string }
    >(
      () => sql`select ${sql.placeholder("n")}::int + ${sql.placeholder("n")}::int + ${10}::int as sum,
        ${sql.placeholder("label")}::text as label, ${7}::int as fixed`,
    );
    // The text is built once: later calls with other values must not see the first call's values.
    expect(await statement({ n: 1, label: "a" })).toEqual([{ sum: 12, label: "a", fixed: 7 }]);
    expect(await statement({ n: 5, label: "b" })).toEqual([{ sum: 20, label: "b", fixed: 7 }]);
  });

  it("refuses a statement with a `$` it did not number, rather than renumbering it wrong", async () => {
    const statement = preparedStatement<unknown, { n: number }>(
      () => sql`select ${sql.placeholder("n")}::int as n, '$1'::text as dollar`,
    );
    await expect(statement({ n: 1 })).rejects.toThrow(/unexpected \$/);
  });
});

describe("preparedQuery", () => {
  it("builds the drizzle query once and runs it with each call's values, mapped to the select's shape", async () => {
    const [a, b] = await getDb()
      .insert(users)
      .values([
        { email: "pq.a@example.org", name: "PQ A", role: "student" },
        { email: "pq.b@example.org", name: "PQ B", role: "advisor" },
      ])
      .returning({ id: users.id });
    let builds = 0;
    const query = preparedQuery((db) => {
      builds += 1;
      return db
        .select({ name: users.name, role: users.role, email: sql<string>`lower(${users.email})` })
        .from(users)
        .where(eq(users.id, sql.placeholder("id")));
    }, "prepared_query_test");
    expect(await query({ id: a!.id })).toEqual([
      { name: "PQ A", role: "student", email: "pq.a@example.org" },
    ]);
    expect(await query({ id: b!.id })).toEqual([
      { name: "PQ B", role: "advisor", email: "pq.b@example.org" },
    ]);
    expect(await query({ id: crypto.randomUUID() })).toEqual([]);
    expect(builds).toBe(1);
  });
});
