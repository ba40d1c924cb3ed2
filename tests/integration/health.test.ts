import net from "node:net";
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { closeDb, getDb } from "@/db/client";
import { resetEnvCacheForTests } from "@/lib/env";
import { proxy } from "@/proxy";

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function answer() {
  const response = await GET();
  return {
    status: response.status,
    cacheControl: response.headers.get("cache-control"),
    body: await response.json(),
  };
}

// The order matters: the last case changes this file's own database, so it runs after the "ok" case.
describe("GET /api/health", () => {
  it("is public: the proxy passes it through without a session, with the security headers", () => {
    const response = proxy(new NextRequest("http://localhost:3000/api/health"));
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("content-security-policy")).toContain("default-src");
  });

  it("answers 200 ok, never cached, on a migrated database", async () => {
    expect(await answer()).toEqual({ status: 200, cacheControl: "no-store", body: { status: "ok" } });
  });

  it("answers 503 'database unreachable' without saying where the database is", async () => {
    const url = process.env.DATABASE_URL!;
    const unreachable = new URL(url);
    unreachable.hostname = "127.0.0.1";
    unreachable.port = String(await closedPort());
    process.env.DATABASE_URL = unreachable.toString();
    resetEnvCacheForTests();
    try {
      const result = await answer();
      expect(result).toEqual({
        status: 503,
        cacheControl: "no-store",
        body: { status: "unavailable", reason: "database unreachable" },
      });
      expect(JSON.stringify(result.body)).not.toContain(unreachable.port);
    } finally {
      // The pool is a singleton keyed by URL: drop the dead one so the next case reopens the real one.
      await closeDb();
      process.env.DATABASE_URL = url;
      resetEnvCacheForTests();
    }
    expect((await answer()).status).toBe(200);
  });

  it("answers 503 'migrations pending' when the newest migration has not been applied", async () => {
    await getDb().execute(
      sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`,
    );
    expect(await answer()).toEqual({
      status: 503,
      cacheControl: "no-store",
      body: { status: "unavailable", reason: "migrations pending" },
    });
  });

  it("answers 503 'migrations pending' on a database that was never migrated", async () => {
    await getDb().execute(sql`drop schema drizzle cascade`);
    expect((await answer()).body).toEqual({ status: "unavailable", reason: "migrations pending" });
  });
});
