import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema/index";

export function createAuthAdapter(): Adapter {
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
