/**
 * `npm run bench:fill [-- --students N]`: migrates the database DATABASE_URL names and adds one synthetic
 * cohort (500 students by default, an advisor, goals and a term of activity: db/synthetic-cohort.ts), for
 * trying the advisor dashboard at size. Each run adds another cohort; nothing is removed.
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { createDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { users } from "../db/schema/index";
import { createSyntheticCohort } from "../db/synthetic-cohort";

const { values } = parseArgs({
  options: {
    students: { type: "string", default: "500" },
    label: { type: "string" },
    seed: { type: "string", default: "1" },
  },
});
const students = Number(values.students);
if (!Number.isInteger(students) || students < 1) {
  console.error(`--students must be a whole number ≥ 1, got ${values.students}`);
  process.exit(1);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: name the database to fill (it is migrated first).");
  process.exit(1);
}
// Unique per run, so several synthetic cohorts can share one database.
const label = values.label ?? `bench-${Date.now().toString(36)}`;

const started = performance.now();
await migrateDatabase(url);
const migrated = performance.now();
const { db, sql } = createDatabase(url, 1);
try {
  const cohort = await createSyntheticCohort(db, { students, label, seed: Number(values.seed) });
  const [advisor] = await db.select({ email: users.email }).from(users).where(eq(users.id, cohort.advisorId));
  const done = performance.now();
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`Synthetic cohort of ${students} students (label ${label})`);
  console.log(`  cohort id:      ${cohort.cohortId}`);
  console.log(`  dashboard:      /advisor/cohorts/${cohort.cohortId}`);
  console.log(`  advisor email:  ${advisor?.email}`);
  console.log(
    `  took:           ${seconds(done - started)} (migrate ${seconds(migrated - started)}, fill ${seconds(done - migrated)})`,
  );
} finally {
  await sql.end({ timeout: 5 });
}
