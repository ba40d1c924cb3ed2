import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { interviews } from "./interviews";
import { creationKey, uniqueCreationKey } from "./columns";
import { users } from "./users";

// An advisor's comment on a student's work as a whole or on one interview; the student reads it on their
// side. The composite key keeps a comment about an interview on that interview's own student.
export const advisorComments = pgTable(
  "advisor_comments",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    studentId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    interviewId: text(),
    authorId: text().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    creationKey: creationKey(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "advisor_comments_interview_same_student_fk",
      columns: [t.interviewId, t.studentId],
      foreignColumns: [interviews.id, interviews.studentId],
    }).onDelete("cascade"),
    check("advisor_comments_body_check", sql`length(${t.body}) between 1 and 4000`),
    index("advisor_comments_student_idx").on(t.studentId, t.createdAt),
    uniqueCreationKey("advisor_comments", [t.studentId, t.authorId], t.creationKey),
  ],
);
