import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema/index";
import type { Role } from "@/lib/auth/roles";
import { getEnv } from "@/lib/env";

export type DemoAccount = { email: string; name: string | null; role: Role };

/**
 * In the mailbox demo the sign-in page lists a few accounts to try. Outside mailbox mode this returns
 * nothing: a real deployment must not publish its users. `unsafe`: the page is shown before anyone signs
 * in, so the mail mode, not a viewer, is the guard.
 */
export async function unsafeListDemoAccounts(): Promise<DemoAccount[]> {
  if (getEnv().mailMode !== "mailbox") return [];
  return getDb()
    .select({ email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(sql`case ${users.role} when 'admin' then 0 when 'advisor' then 1 else 2 end`, asc(users.email))
    .limit(6);
}
