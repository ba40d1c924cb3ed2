import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { cohorts } from "./cohorts";
import { users, type Role } from "./users";

// An invite lets an address without an account sign in; on first sign-in it decides the new user's role
// and cohort. An invite outlives neither its cohort nor a revocation.
export const invites = pgTable(
  "invites",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    email: text().notNull(),
    /** From a roster's name column: the new account's name at first sign-in, unless it brings its own. */
    name: text(),
    role: text().$type<Role>().notNull().default("student"),
    cohortId: text().references(() => cohorts.id, { onDelete: "cascade" }),
    invitedById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check("invites_role_check", sql`${t.role} in ('student', 'advisor', 'admin')`),
    check("invites_expiry_check", sql`${t.expiresAt} > ${t.createdAt}`),
    // One open invite per address and cohort: inviting twice must not create two.
    uniqueIndex("invites_open_email_cohort_idx")
      .on(sql`lower(${t.email})`, sql`coalesce(${t.cohortId}, '')`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("invites_email_idx").on(sql`lower(${t.email})`),
  ],
);
