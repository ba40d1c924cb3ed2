import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { preparedStatement } from "@/lib/data/internal/prepared-sql";

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
