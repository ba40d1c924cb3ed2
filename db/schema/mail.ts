import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// The demo's local mailbox: where mail goes when no SMTP server is configured (MAIL_MODE=mailbox).
export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mailbox_messages_created_idx").on(t.createdAt)],
);
