import { date, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

// A derived table: what the cohort dashboard needs about each student, kept current by PostgreSQL itself
// (triggers in migration 0015 recompute a student's row after every statement that touches their records),
// so the dashboard reads one row per student instead of aggregating ten tables on every request. Nothing in
// the application writes it. A student with no records has no row: read it with a left join.

/** One row per student with at least one record: the counts and dates behind their flags and progress. */
export const studentProgress = pgTable("student_progress", {
  studentId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  researchItems: integer().notNull(),
  contactsIdentified: integer().notNull(),
  preparationItems: integer().notNull(),
  outreachSent: integer().notNull(),
  interviewsCompleted: integer().notNull(),
  followUpsSent: integer().notNull(),
  thankYousSent: integer().notNull(),
  lastActivityAt: timestamp({ withTimezone: true }),
  /** The day (where it was held) of each completed interview no thank-you answers yet, oldest first. */
  interviewsAwaitingThankYou: date().array().notNull(),
  /** Days from each thanked interview to its thank-you, in the order the interviews were held. */
  thankYouDelays: integer().array().notNull(),
  /** The sent-on day of each contact's latest attempt when it is an unanswered original, oldest first. */
  outreachAwaitingFollowUp: date().array().notNull(),
  /**
   * The UTC days on which the student created records, oldest first, and how many on each (same length):
   * the cohort's weekly activity chart adds them up. Kept in this row, not a table of its own, so the
   * chart reads the same ~500 rows as the table instead of joining tens of thousands.
   */
  activityDays: date().array().notNull(),
  activityCounts: integer().array().notNull(),
});
