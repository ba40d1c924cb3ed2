import { sql } from "drizzle-orm";
import { check, date, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users";

export const cohorts = pgTable(
  "cohorts",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text().notNull(),
    term: text().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("cohorts_dates_check", sql`${t.endsOn} >= ${t.startsOn}`)],
);

// Deleting a cohort or a person removes the assignment; nothing else hangs off these rows.
export const cohortAdvisors = pgTable(
  "cohort_advisors",
  {
    cohortId: text()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    advisorId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.advisorId] }),
    index("cohort_advisors_advisor_idx").on(t.advisorId),
  ],
);

export const cohortStudents = pgTable(
  "cohort_students",
  {
    cohortId: text()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    studentId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.cohortId, t.studentId] }),
    index("cohort_students_student_idx").on(t.studentId),
  ],
);
