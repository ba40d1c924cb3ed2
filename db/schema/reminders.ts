import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { checkIn } from "./columns";
import { DIGEST_STATUSES, type DigestStatus } from "./digests";
import { users } from "./users";

// One row per student and local day that a daily reminder is due: written at the student's morning before
// anything is sent, under a unique key, and delivered by the same claim/lease/retry rules as the weekly
// digests (lib/data/internal/jobs/delivery-queue.ts). A day with nothing due ends `skipped`, unsent.
export const reminderDeliveries = pgTable(
  "reminder_deliveries",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    recipientId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The student's calendar date (in their time zone) the reminder is for. */
    onDate: date().notNull(),
    status: text().$type<DigestStatus>().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** While `sending`: the claim expires here, after which another worker may take the row over. */
    lockedUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reminder_deliveries_recipient_date_idx").on(t.recipientId, t.onDate),
    index("reminder_deliveries_status_next_attempt_idx").on(t.status, t.nextAttemptAt),
    check("reminder_deliveries_status_check", checkIn(t.status, DIGEST_STATUSES)),
    check("reminder_deliveries_attempts_check", sql`${t.attempts} >= 0`),
  ],
);
