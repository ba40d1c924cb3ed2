import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  unique,
} from "drizzle-orm/pg-core";
import { checkIn, creationKey, id, ownerId, timestamps, uniqueCreationKey, version } from "./columns";
import { contacts } from "./contacts";
import { interviews } from "./interviews";
import { users } from "./users";
import { OUTCOME_KINDS, type OutcomeKind } from "../../lib/domain/outcome-kinds";

export type { OutcomeKind };

// What the networking led to: an internship, an offer, a day of shadowing. Owned by the student even when
// their advisor records it (`recordedById` says who did), so it leaves with the student's data.
export const outcomes = pgTable(
  "outcomes",
  {
    id: id(),
    studentId: ownerId(),
    kind: text().$type<OutcomeKind>().notNull(),
    title: text().notNull(),
    occurredOn: date().notNull(),
    note: text().notNull().default(""),
    notePrivate: boolean().notNull().default(false),
    recordedById: text().references(() => users.id, { onDelete: "set null" }),
    version: version(),
    creationKey: creationKey(),
    ...timestamps(),
  },
  (t) => [
    check("outcomes_kind_check", checkIn(t.kind, OUTCOME_KINDS)),
    check("outcomes_title_check", sql`length(trim(${t.title})) between 1 and 200`),
    // The link tables below point at (id, student_id), so an outcome can only cite its own student's work.
    unique("outcomes_id_student_key").on(t.id, t.studentId),
    index("outcomes_student_idx").on(t.studentId, t.occurredOn),
    uniqueCreationKey("outcomes", t.studentId, t.creationKey),
  ],
);

/** The contacts that led to an outcome; same owner by construction (composite keys, as migration 0003). */
export const outcomeContacts = pgTable(
  "outcome_contacts",
  {
    outcomeId: text().notNull(),
    contactId: text().notNull(),
    studentId: ownerId(),
  },
  (t) => [
    primaryKey({ columns: [t.outcomeId, t.contactId] }),
    foreignKey({
      name: "outcome_contacts_outcome_same_owner_fk",
      columns: [t.outcomeId, t.studentId],
      foreignColumns: [outcomes.id, outcomes.studentId],
    }).onDelete("cascade"),
    foreignKey({
      name: "outcome_contacts_contact_same_owner_fk",
      columns: [t.contactId, t.studentId],
      foreignColumns: [contacts.id, contacts.studentId],
    }).onDelete("cascade"),
    index("outcome_contacts_contact_idx").on(t.contactId),
  ],
);

/** The interviews that led to an outcome. */
export const outcomeInterviews = pgTable(
  "outcome_interviews",
  {
    outcomeId: text().notNull(),
    interviewId: text().notNull(),
    studentId: ownerId(),
  },
  (t) => [
    primaryKey({ columns: [t.outcomeId, t.interviewId] }),
    foreignKey({
      name: "outcome_interviews_outcome_same_owner_fk",
      columns: [t.outcomeId, t.studentId],
      foreignColumns: [outcomes.id, outcomes.studentId],
    }).onDelete("cascade"),
    foreignKey({
      name: "outcome_interviews_interview_same_owner_fk",
      columns: [t.interviewId, t.studentId],
      foreignColumns: [interviews.id, interviews.studentId],
    }).onDelete("cascade"),
    index("outcome_interviews_interview_idx").on(t.interviewId),
  ],
);
