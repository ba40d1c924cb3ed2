import "server-only";
import { desc } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { mailboxMessages } from "@/db/schema/index";
import { getEnv } from "@/lib/env";

export type MailboxMessage = { id: string; to: string; subject: string; text: string; createdAt: Date };

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

/**
 * The local mailbox exists only in mailbox mode (the embedded demo, or an explicit MAIL_MODE=mailbox);
 * everywhere else it answers 404 like any unknown page. It is deliberately readable without signing in:
 * it is how a newcomer reads their first sign-in link. Hence `unsafe`: the mail mode is the only guard.
 */
export async function unsafeListMailbox(limit = 50): Promise<MailboxMessage[]> {
  if (getEnv().mailMode !== "mailbox") notFound();
  return getDb()
    .select({
      id: mailboxMessages.id,
      to: mailboxMessages.to,
      subject: mailboxMessages.subject,
      text: mailboxMessages.text,
      createdAt: mailboxMessages.createdAt,
    })
    .from(mailboxMessages)
    .orderBy(desc(mailboxMessages.createdAt))
    .limit(limit);
}
