import "server-only";
import { desc, max, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema/index";
import { getEnv } from "@/lib/env";

export type MailboxMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: Date;
};

/** Mail "delivery" in the demo: the message is kept in the database instead of going to an SMTP server. */
export async function unsafeStoreInMailbox(message: {
  to: string;
  subject: string;
  text: string;
  html?: string;
}) {
  await getDb()
    .insert(mailboxMessages)
    .values({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
    });
}

function requireMailboxMode() {
  if (getEnv().mailMode !== "mailbox") notFound();
}

/**
 * The local mailbox exists only in mailbox mode (the embedded demo, or an explicit MAIL_MODE=mailbox);
 * everywhere else it answers 404 like any unknown page. It is deliberately readable without signing in:
 * it is how a newcomer reads their first sign-in link. Hence `unsafe`: the mail mode is the only guard.
 * `to` keeps only the mail to that address (case-insensitive, as mail addresses are in practice).
 */
export async function unsafeListMailbox(
  options: { to?: string; limit?: number } = {},
): Promise<MailboxMessage[]> {
  requireMailboxMode();
  const to = options.to?.trim();
  return getDb()
    .select({
      id: mailboxMessages.id,
      to: mailboxMessages.to,
      subject: mailboxMessages.subject,
      text: mailboxMessages.text,
      html: mailboxMessages.html,
      createdAt: mailboxMessages.createdAt,
    })
    .from(mailboxMessages)
    .where(to ? sql`lower(${mailboxMessages.to}) = lower(${to})` : undefined)
    .orderBy(desc(mailboxMessages.createdAt))
    .limit(options.limit ?? 30);
}

/** Everyone the mailbox holds mail for, most recently written to first. Unsafe for the same reason as above. */
export async function unsafeListMailboxRecipients(): Promise<string[]> {
  requireMailboxMode();
  const latest = max(mailboxMessages.createdAt);
  const rows = await getDb()
    .select({ to: mailboxMessages.to, latest })
    .from(mailboxMessages)
    .groupBy(mailboxMessages.to)
    .orderBy(desc(latest))
    .limit(500);
  return rows.map((row) => row.to);
}
