import fs from "node:fs";
import path from "node:path";
import { eq, ilike, sql } from "drizzle-orm";
import PostalMime, { type Email } from "postal-mime";
import type { Database } from "../../db/client";
import { mailboxMessages, verificationTokens } from "../../db/schema/index";
import type { SinkedMessage } from "../setup/smtp-sink";

/** Messages server A stored in its local mailbox for exactly this address. */
export async function mailboxCountFor(db: Database, email: string) {
  const rows = await db
    .select({ id: mailboxMessages.id })
    .from(mailboxMessages)
    .where(eq(mailboxMessages.to, email));
  return rows.length;
}

/** Messages in the local mailbox whose recipient contains `fragment` (case-insensitive). */
export async function mailboxCountContaining(db: Database, fragment: string) {
  const rows = await db
    .select({ id: mailboxMessages.id })
    .from(mailboxMessages)
    .where(ilike(mailboxMessages.to, `%${fragment}%`));
  return rows.length;
}

/** Unused sign-in tokens for the address (Auth.js deletes a row when its token is used). */
export async function verificationTokenCount(db: Database, email: string) {
  const rows = await db
    .select({ token: verificationTokens.token })
    .from(verificationTokens)
    .where(eq(verificationTokens.identifier, email));
  return rows.length;
}

export async function expireVerificationTokens(db: Database, email: string) {
  await db
    .update(verificationTokens)
    .set({ expires: sql`now() - interval '1 minute'` })
    .where(eq(verificationTokens.identifier, email));
}

/** Everything the SMTP sink received for `email`, parsed, oldest first. */
export async function sinkedMessagesTo(mailDir: string, email: string): Promise<Email[]> {
  const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((f) => f.endsWith(".json")) : [];
  const matching = files
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(mailDir, file), "utf8")) as SinkedMessage)
    .filter((message) => message.to.includes(email.toLowerCase()));
  return Promise.all(matching.map((message) => PostalMime.parse(message.raw)));
}
