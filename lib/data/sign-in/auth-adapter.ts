import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema/index";

/**
 * The tables Auth.js reads and writes itself (users, accounts, sessions, tokens). `unsafe`: it is how the
 * viewer comes to exist, so nothing here can check one; only lib/auth/auth.ts should call it.
 */
export function unsafeCreateAuthAdapter(): Adapter {
  const adapter = DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  return {
    ...adapter,
    // A deactivated person has no session, whatever row is left: auth() and /api/auth/session answer as
    // for a visitor, and Auth.js clears the cookie.
    async getSessionAndUser(sessionToken) {
      const found = await adapter.getSessionAndUser!(sessionToken);
      if (!found || (found.user as typeof found.user & { active: boolean }).active !== true) return null;
      return found;
    },
  };
}
