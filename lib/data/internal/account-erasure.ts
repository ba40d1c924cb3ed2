import "server-only";
import { and, eq, like, or, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import {
  auditEvents,
  invites,
  mailboxMessages,
  rateLimits,
  users,
  verificationTokens,
} from "@/db/schema/index";
import type { AuditAction } from "@/lib/domain/audit-actions";

/** The address a deleted account keeps: unique, unroutable (.invalid), and naming nobody. */
export function erasedEmailFor(userId: string) {
  return `deleted-account-${userId}@deleted.invalid`;
}

export const ERASED_NAME = "Deleted account";

/**
 * Removes everything a person owns or that is about them, ends their sessions, and records one audit row,
 * in the caller's transaction. `unsafe`: no viewer check; its two callers decide who may erase whom (the
 * student themselves in lib/data/student/account/delete-account.ts, the retention purge in
 * lib/data/retention/retention-job.ts).
 *
 * Why the users row stays: audit_events is insert-only evidence (migration 0001) and refers to people by id,
 * so the row cannot go. Everything that would go with it does: every table whose foreign key to users says
 * ON DELETE CASCADE is emptied of this person's rows (read from the catalog, so a table added later is
 * covered without anyone remembering this file), SET NULL references are nulled, and the row itself keeps
 * no name, no address and no way to sign in.
 */
export async function unsafeEraseAccount(
  tx: Transaction,
  input: {
    userId: string;
    action: Extract<AuditAction, "account.deleted" | "account.purged">;
    actor: { id: string; role: "student" } | null;
    details: Record<string, unknown>;
  },
): Promise<void> {
  const [person] = await tx
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, input.userId))
    .for("update");
  if (!person) return;

  const references = await tx.execute<{
    table_schema: string;
    table_name: string;
    column_name: string;
    rule: string;
  }>(sql`
    select ns.nspname as table_schema, cl.relname as table_name, att.attname as column_name,
           con.confdeltype as rule
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_namespace ns on ns.oid = cl.relnamespace
    join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
    where con.contype = 'f' and con.confrelid = 'users'::regclass and array_length(con.conkey, 1) = 1
      and con.confdeltype in ('c', 'n')
    order by cl.relname, att.attname`);
  for (const ref of references) {
    const table = sql`${sql.identifier(ref.table_schema)}.${sql.identifier(ref.table_name)}`;
    const column = sql.identifier(ref.column_name);
    if (ref.rule === "c") await tx.execute(sql`delete from ${table} where ${column} = ${input.userId}`);
    else await tx.execute(sql`update ${table} set ${column} = null where ${column} = ${input.userId}`);
  }

  // What names the address without a foreign key: invites to it, unused sign-in links, the demo mailbox,
  // and the sign-in counters (sign-in:address:<email>, sign-in:pair:<email>|<client>).
  const email = person.email.toLowerCase();
  await tx.delete(invites).where(sql`lower(${invites.email}) = ${email}`);
  await tx.delete(verificationTokens).where(sql`lower(${verificationTokens.identifier}) = ${email}`);
  await tx.delete(mailboxMessages).where(sql`lower(${mailboxMessages.to}) = ${email}`);
  await tx
    .delete(rateLimits)
    .where(
      or(
        eq(rateLimits.key, `sign-in:address:${email}`),
        like(rateLimits.key, `sign-in:pair:${likeLiteral(email)}|%`),
      ),
    );

  await tx
    .update(users)
    .set({
      name: ERASED_NAME,
      email: erasedEmailFor(input.userId),
      emailVerified: null,
      image: null,
      active: false,
      deletedAt: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(users.id, input.userId)));

  await tx.insert(auditEvents).values({
    actorId: input.actor?.id ?? null,
    actorRole: input.actor?.role ?? null,
    action: input.action,
    subjectUserId: input.userId,
    basisCohortId: null,
    details: input.details,
  });
}

function likeLiteral(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
