import { randomBytes } from "node:crypto";
import type * as NextCache from "next/cache";
import type * as NextHeaders from "next/headers";
import type * as NextServer from "next/server";
import { afterAll, beforeAll, beforeEach, inject, vi } from "vitest";
import { closeDb } from "../../db/client";
import { discardAfterTasks, resetRequest } from "./next-request";
import { createDatabase, databaseUrl, dropDatabase, withAdmin } from "./test-databases";

// revalidatePath/revalidateTag throw outside a Next.js request ("static generation store missing").
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof NextCache>()),
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

// auth() and server actions read headers()/cookies(), which throw outside a request: see next-request.ts.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof NextHeaders>()),
  ...(await import("./next-request")).nextHeadersMock,
}));

// after() needs a request scope; tests run its work with runAfterResponse() (next-request.ts).
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  after: (await import("./next-request")).after,
}));

const serverUrl = inject("testDbServerUrl");
const database = `${inject("testDbPrefix")}f_${randomBytes(6).toString("hex")}`;

// Set before the test file is imported; nothing opens the database until the first query (getDb is lazy).
// Set, not defaulted: a developer's shell (SMTP_URL, MAIL_MODE=smtp, …) must not change what tests do.
process.env.DATABASE_URL = databaseUrl(serverUrl, database);
process.env.AUTH_SECRET = "test-secret-0123456789abcdef0123456789abcdef";
process.env.APP_URL = "http://localhost:3000";
process.env.MAIL_MODE = "mailbox";

beforeAll(async () => {
  await withAdmin(serverUrl, (sql) => createDatabase(sql, database, inject("testDbTemplate")));
});

beforeEach(() => {
  resetRequest();
  discardAfterTasks();
});

afterAll(async () => {
  await closeDb();
  await withAdmin(serverUrl, (sql) => dropDatabase(sql, database));
});
