import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

// The instance's one settings row (the primary key can only be `true`). Admins edit it; the defaults are
// the method's own rules, so a fresh install behaves sensibly before anyone opens the settings page.
export const instanceSettings = pgTable(
  "instance_settings",
  {
    id: boolean().primaryKey().default(true),
    allowedEmailDomains: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    thankYouDueBusinessDays: integer().notNull().default(1),
    thankYouOverdueDays: integer().notNull().default(7),
    /** ISO weekday the digests go out: 1 = Monday … 7 = Sunday. */
    digestWeekday: integer().notNull().default(1),
    /**
     * Days after its last cohort is archived that a student's account is deleted (lib/data/retention/
     * retention-job.ts); null: never. The days are the student's window to export their records.
     */
    archivedCohortRetentionDays: integer(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedById: text().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("instance_settings_singleton_check", sql`${t.id}`),
    check("instance_settings_thank_you_due_check", sql`${t.thankYouDueBusinessDays} between 0 and 10`),
    check("instance_settings_thank_you_overdue_check", sql`${t.thankYouOverdueDays} between 1 and 30`),
    check("instance_settings_digest_weekday_check", sql`${t.digestWeekday} between 1 and 7`),
    check(
      "instance_settings_retention_check",
      sql`${t.archivedCohortRetentionDays} is null or ${t.archivedCohortRetentionDays} between 30 and 3650`,
    ),
  ],
);
