import { migrateDatabase } from "../db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "DATABASE_URL is not set. (Without it, `npm start` runs an embedded server and migrates it.)",
  );
  process.exit(1);
}
await migrateDatabase(url);
console.log("Migrations applied.");
