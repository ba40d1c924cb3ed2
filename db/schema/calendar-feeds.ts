import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

// A student's private calendar subscription. The URL carries `<id>.<secret>`; only a SHA-256 of the secret
// is kept, so a copy of the database cannot be turned into working feed URLs. One row per student:
// "Reset link" replaces the row, which revokes the old URL at once.
export const calendarFeeds = pgTable("calendar_feeds", {
  id: text().primaryKey(),
  studentId: text()
    .notNull()
    .unique("calendar_feeds_student_idx")
    .references(() => users.id, { onDelete: "cascade" }),
  /** Hex SHA-256 of the URL's secret half. */
  secretHash: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
