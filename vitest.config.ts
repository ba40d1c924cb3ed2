import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside a React Server bundle; under vitest every module is "server".
      { find: /^server-only$/, replacement: path.join(root, "tests/setup/empty-module.ts") },
    ],
  },
  test: {
    environment: "node",
    // next-auth imports `next/server` without an extension; inlined, vite resolves it (and vi.mock reaches it).
    server: { deps: { inline: ["next-auth"] } },
    // Each file gets its own process (and, in the integration tier, its own database), so files run side
    // by side on both cores.
    pool: "forks",
    fileParallelism: true,
    maxWorkers: 2,
    // The integration tier's global teardown drops this run's databases and stops the embedded server; on a
    // busy machine that can outlast the 10 s default, after which vitest exits and leaves them behind.
    teardownTimeout: 30_000,
    projects: [
      {
        // Pure code: no database, no server. `npm run test:unit`.
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
          setupFiles: ["tests/setup/unit-env.ts"],
        },
      },
      {
        // Real PostgreSQL: one server and migrated template per run, one database per file.
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/per-file.ts"],
        },
      },
    ],
  },
});
