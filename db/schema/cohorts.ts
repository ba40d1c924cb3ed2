import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { GOAL_METRICS, type GoalMetric } from "../../lib/domain/cohort-goals";
import { checkIn, creationKey, uniqueCreationKey } from "./columns";
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
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
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

// What the advisor expects of every student in the cohort. A count goal has a due date; a timeliness goal
// ("thank-you within 2 days") holds all term and has none.
export const cohortGoals = pgTable(
  "cohort_goals",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    cohortId: text()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    metric: text().$type<GoalMetric>().notNull(),
    target: integer().notNull(),
    dueOn: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("cohort_goals_metric_check", checkIn(t.metric, GOAL_METRICS)),
    check("cohort_goals_target_check", sql`${t.target} between 1 and 1000`),
    check("cohort_goals_due_check", sql`(${t.metric} = 'thank_you_within_days') = (${t.dueOn} is null)`),
    index("cohort_goals_cohort_idx").on(t.cohortId),
  ],
);

// A shareable way into a cohort: the code is shown to the advisor and pasted into a link, so it is stored
// as is; it expires and can be revoked, and joining through it still needs a verified sign-in.
export const cohortJoinCodes = pgTable(
  "cohort_join_codes",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    cohortId: text()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    code: text().notNull().unique(),
    createdById: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    creationKey: creationKey(),
  },
  (t) => [
    check("cohort_join_codes_expiry_check", sql`${t.expiresAt} > ${t.createdAt}`),
    index("cohort_join_codes_cohort_idx").on(t.cohortId),
    uniqueCreationKey("cohort_join_codes", [t.cohortId, t.createdById], t.creationKey),
  ],
);
