import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text } from "drizzle-orm/pg-core";
import { checkIn, creationKey, id, ownerId, timestamps, uniqueCreationKey, version } from "./columns";
import { contacts } from "./contacts";
import {
  OUTREACH_CHANNELS,
  OUTREACH_REPLIES,
  type OutreachChannel,
  type OutreachReply,
} from "../../lib/domain/vocabulary";

export type { OutreachChannel, OutreachReply };

// Step 4: each attempt to reach a contact, follow-ups included.
export const outreachAttempts = pgTable(
  "outreach_attempts",
  {
    id: id(),
    studentId: ownerId(),
    contactId: text()
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    sentOn: date().notNull(),
    channel: text().$type<OutreachChannel>().notNull(),
    message: text().notNull().default(""),
    isFollowUp: boolean().notNull().default(false),
    reply: text().$type<OutreachReply>().notNull().default("none"),
    repliedOn: date(),
    version: version(),
    creationKey: creationKey(),
    ...timestamps(),
  },
  (t) => [
    check("outreach_channel_check", checkIn(t.channel, OUTREACH_CHANNELS)),
    check("outreach_reply_check", checkIn(t.reply, OUTREACH_REPLIES)),
    check("outreach_replied_on_check", sql`${t.repliedOn} is null or ${t.repliedOn} >= ${t.sentOn}`),
    index("outreach_contact_idx").on(t.contactId, t.sentOn),
    index("outreach_student_idx").on(t.studentId, t.sentOn),
    uniqueCreationKey("outreach_attempts", t.studentId, t.creationKey),
  ],
);
