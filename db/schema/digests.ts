import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { checkIn } from "./columns";
import { users } from "./users";

export const DIGEST_KINDS = ["student", "advisor"] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

export const DIGEST_STATUSES = ["pending", "sending", "sent", "failed", "skipped"] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];

// One row per digest that should go out: written before anything is sent, so the unique key
// (recipient, kind, week) is what makes re-runs and concurrent workers send each digest at most once.
export const digestDeliveries = pgTable(
  "digest_deliveries",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    recipientId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().$type<DigestKind>().notNull(),
    /** Monday of the ISO week the digest covers. */
    weekStart: date().notNull(),
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
    uniqueIndex("digest_deliveries_recipient_kind_week_idx").on(t.recipientId, t.kind, t.weekStart),
    index("digest_deliveries_status_next_attempt_idx").on(t.status, t.nextAttemptAt),
    check("digest_deliveries_kind_check", checkIn(t.kind, DIGEST_KINDS)),
    check("digest_deliveries_status_check", checkIn(t.status, DIGEST_STATUSES)),
    check("digest_deliveries_attempts_check", sql`${t.attempts} >= 0`),
  ],
);

// A user's digest and reminder choices; no row means the defaults (both digests on, the instance's weekday,
// no daily reminder).
export const digestPreferences = pgTable(
  "digest_preferences",
  {
    userId: text()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    studentDigest: boolean().notNull().default(true),
    advisorDigest: boolean().notNull().default(true),
    /** ISO weekday 1 = Monday … 7 = Sunday; null follows instance_settings.digest_weekday. */
    weekday: integer(),
    /** The daily reminder (db/schema/reminders.ts) is opt-in: a mail every morning must be asked for. */
    dailyReminder: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("digest_preferences_weekday_check", sql`${t.weekday} is null or ${t.weekday} between 1 and 7`),
  ],
);
