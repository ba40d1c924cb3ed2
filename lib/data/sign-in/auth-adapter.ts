import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema/index";

/**
 * The tables Auth.js reads and writes itself (users, accounts, sessions, tokens). `unsafe`: it is how the
 * viewer comes to exist, so nothing here can check one; only lib/auth/auth.ts should call it.
 */
export function unsafeCreateAuthAdapter() {
  return DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
}
