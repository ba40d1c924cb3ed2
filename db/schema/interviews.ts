import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { checkIn, creationKey, id, ownerId, timestamps, uniqueCreationKey, version } from "./columns";
import { contacts } from "./contacts";
import { questions } from "./preparation";
import {
  INTERVIEW_FORMATS,
  INTERVIEW_STATUSES,
  type InterviewFormat,
  type InterviewStatus,
} from "../../lib/domain/vocabulary";

export type { InterviewFormat, InterviewStatus };

// Step 5: the conversation itself. Times are instants; `timeZone` is where it happens, for display and .ics.
export const interviews = pgTable(
  "interviews",
  {
    id: id(),
    studentId: ownerId(),
    contactId: text()
      .notNull()
      .references((): AnyPgColumn => contacts.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    timeZone: text().notNull(),
    format: text().$type<InterviewFormat>().notNull(),
    location: text().notNull().default(""),
    durationMinutes: integer().notNull().default(30),
    status: text().$type<InterviewStatus>().notNull().default("scheduled"),
    notes: text().notNull().default(""),
    notesPrivate: boolean().notNull().default(false),
    takeaways: text().notNull().default(""),
    permissionToUseName: boolean(),
    version: version(),
    creationKey: creationKey(),
    ...timestamps(),
  },
  (t) => [
    check("interviews_format_check", checkIn(t.format, INTERVIEW_FORMATS)),
    check("interviews_status_check", checkIn(t.status, INTERVIEW_STATUSES)),
    check("interviews_duration_check", sql`${t.durationMinutes} between 5 and 240`),
    index("interviews_contact_idx").on(t.contactId),
    index("interviews_student_starts_idx").on(t.studentId, t.startsAt),
    uniqueCreationKey("interviews", t.studentId, t.creationKey),
  ],
);

// The 8-10 questions chosen for one interview, in order, with what was learned from each.
export const interviewQuestions = pgTable(
  "interview_questions",
  {
    interviewId: text()
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    questionId: text()
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    answerNotes: text().notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.interviewId, t.questionId] }),
    check("interview_questions_position_check", sql`${t.position} >= 0`),
  ],
);
