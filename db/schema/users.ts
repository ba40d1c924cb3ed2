import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

import type { Role } from "../../lib/auth/roles";

export type { Role };

// Auth.js's adapter creates users with only name/email/image, so every extra column needs a default.
export const users = pgTable(
  "users",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true, mode: "date" }),
    image: text(),
    role: text().$type<Role>().notNull().default("student"),
    active: boolean().notNull().default(true),
    // The profile (settings/profile): all optional; the name above is asked for at first sign-in.
    pronouns: text(),
    academicYear: text(),
    major: text(),
    /** `YYYY-MM`: the month the student expects to graduate. */
    expectedGraduation: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when the account was deleted (by its owner, or by the retention purge). The row stays, emptied of
     * everything personal, only because the insert-only audit log refers to it (lib/data/internal/account-erasure.ts).
     */
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // Emails are stored lower-cased by the data layer; the index makes a second spelling impossible anyway.
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    check("users_role_check", sql`${t.role} in ('student', 'advisor', 'admin')`),
    check(
      "users_academic_year_check",
      sql`${t.academicYear} is null or ${t.academicYear} in ('first-year', 'second-year', 'third-year', 'fourth-year', 'fifth-year-plus', 'graduate', 'alumni')`,
    ),
    check(
      "users_expected_graduation_check",
      sql`${t.expectedGraduation} is null or ${t.expectedGraduation} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`,
    ),
    index("users_role_idx").on(t.role),
  ],
);
