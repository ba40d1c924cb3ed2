import { createDatabase } from "../db/client";
import { seedDemoIfEmpty } from "../db/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const { db, sql } = createDatabase(url, 1);
const seeded = await seedDemoIfEmpty(db);
await sql.end();
console.log(seeded ? "Demo data seeded." : "The database already has users; nothing seeded.");
