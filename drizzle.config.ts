import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this file; it diffs db/schema against the committed migrations and
// needs no database connection. Migrations are applied by `npm run db:migrate` / the start script.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
