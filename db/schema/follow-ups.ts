import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { checkIn, creationKey, id, ownerId, uniqueCreationKey } from "./columns";
import { contacts } from "./contacts";
import { interviews } from "./interviews";
import {
  FOLLOW_UP_KINDS,
  FOLLOW_UP_CHANNELS,
  type FollowUpKind,
  type FollowUpChannel,
} from "../../lib/domain/vocabulary";

export type { FollowUpKind, FollowUpChannel };

// Step 6: thank-you notes, updates ("I took your advice and …") and keep-in-touch messages.
export const followUps = pgTable(
  "follow_ups",
  {
    id: id(),
    studentId: ownerId(),
    contactId: text()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    interviewId: text().references(() => interviews.id, { onDelete: "set null" }),
    kind: text().$type<FollowUpKind>().notNull(),
    sentOn: date().notNull(),
    channel: text().$type<FollowUpChannel>().notNull(),
    note: text().notNull().default(""),
    notePrivate: boolean().notNull().default(false),
    creationKey: creationKey(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("follow_ups_kind_check", checkIn(t.kind, FOLLOW_UP_KINDS)),
    check("follow_ups_channel_check", checkIn(t.channel, FOLLOW_UP_CHANNELS)),
    // One thank-you per interview: recording it twice is a mistake, not a second note. (lib/data requires an
    // interview for a thank-you; the database doesn't, so deleting an interview keeps the note it earned.)
    uniqueIndex("follow_ups_one_thank_you_idx")
      .on(t.interviewId)
      .where(sql`${t.kind} = 'thank_you'`),
    index("follow_ups_contact_idx").on(t.contactId, t.sentOn),
    index("follow_ups_student_idx").on(t.studentId, t.sentOn),
    uniqueCreationKey("follow_ups", t.studentId, t.creationKey),
  ],
);

// The home page's reflection space: what I learned, what I'll do next. Always private to the student.
export const journalEntries = pgTable(
  "journal_entries",
  {
    id: id(),
    studentId: ownerId(),
    entryOn: date().notNull(),
    learned: text().notNull().default(""),
    nextSteps: text().notNull().default(""),
    creationKey: creationKey(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("journal_entries_student_idx").on(t.studentId, t.entryOn),
    uniqueCreationKey("journal_entries", t.studentId, t.creationKey),
  ],
);
