import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { checkIn, id, version } from "./columns";
import { users } from "./users";
import { QUESTION_CATEGORIES, type QuestionCategory } from "../../lib/domain/vocabulary";

export type { QuestionCategory };

// TIARA: trends, insights, advice, resources, assignments.
// Step 3. Built-in questions have no owner and are shared; a student's own have their id.
export const questions = pgTable(
  "questions",
  {
    id: id(),
    studentId: text().references(() => users.id, { onDelete: "cascade" }),
    category: text().$type<QuestionCategory>().notNull(),
    text: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("questions_category_check", checkIn(t.category, QUESTION_CATEGORIES)),
    check("questions_text_check", sql`length(trim(${t.text})) > 0`),
    index("questions_student_idx").on(t.studentId, t.category),
  ],
);

/** One row per student: the elevator pitch they reuse and the time zone their dates are shown in. */
export const studentProfiles = pgTable("student_profiles", {
  studentId: text()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  elevatorPitch: text().notNull().default(""),
  timeZone: text().notNull().default("UTC"),
  version: version(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
