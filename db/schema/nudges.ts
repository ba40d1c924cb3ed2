import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { ATTENTION_KINDS } from "../../lib/domain/needs-attention";
import { NUDGE_REASONS, type NudgeReason } from "../../lib/domain/nudge-rules";
import type { AttentionKind } from "../../lib/domain/needs-attention";
import { checkIn, creationKey, id, ownerId, uniqueCreationKey } from "./columns";
import { cohorts } from "./cohorts";
import { users } from "./users";

export const NUDGE_MAIL_STATUSES = ["pending", "sent", "failed"] as const;
export type NudgeMailStatus = (typeof NUDGE_MAIL_STATUSES)[number];

// An advisor's short message to a student about a flag: who, when, why and what was said. Recorded before
// the mail goes out, under the form's creation key per student, so a double click sends one mail.
export const nudges = pgTable(
  "nudges",
  {
    id: id(),
    studentId: ownerId(),
    cohortId: text()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    advisorId: text().references(() => users.id, { onDelete: "set null" }),
    reason: text().$type<NudgeReason>().notNull(),
    body: text().notNull(),
    mailStatus: text().$type<NudgeMailStatus>().notNull().default("pending"),
    creationKey: creationKey(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("nudges_reason_check", checkIn(t.reason, NUDGE_REASONS)),
    check("nudges_mail_status_check", checkIn(t.mailStatus, NUDGE_MAIL_STATUSES)),
    check("nudges_body_check", sql`length(${t.body}) between 1 and 4000`),
    index("nudges_cohort_student_idx").on(t.cohortId, t.studentId, t.createdAt),
    index("nudges_student_idx").on(t.studentId, t.createdAt),
    uniqueCreationKey("nudges", [t.advisorId, t.studentId], t.creationKey),
  ],
);

// A needs-attention flag an advisor dealt with: it stays off the dashboard for a week from `handledAt`,
// then shows again if its condition still holds (lib/domain/nudge-rules.ts). Rows are kept as the record.
export const attentionHandled = pgTable(
  "attention_handled",
  {
    id: id(),
    studentId: ownerId(),
    cohortId: text()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    reason: text().$type<AttentionKind>().notNull(),
    note: text().notNull().default(""),
    handledById: text().references(() => users.id, { onDelete: "set null" }),
    handledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("attention_handled_reason_check", checkIn(t.reason, ATTENTION_KINDS)),
    check("attention_handled_note_check", sql`length(${t.note}) <= 1000`),
    index("attention_handled_cohort_idx").on(t.cohortId, t.handledAt),
    index("attention_handled_student_idx").on(t.studentId, t.handledAt),
  ],
);
