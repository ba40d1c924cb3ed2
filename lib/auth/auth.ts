import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import type { Role } from "@/lib/auth/roles";
import { unsafeCreateAuthAdapter } from "@/lib/data/sign-in/auth-adapter";
import { unsafeAcceptInvitesForNewUser, unsafeMaySignIn } from "@/lib/data/sign-in/eligibility";
import { safeCallbackPath } from "@/lib/domain/callback-url";
import { renderSignInEmail } from "@/lib/email/sign-in-email";
import { sendMail } from "@/lib/email/send-mail";
import { getEnv } from "@/lib/env";
import { emailAddressSchema } from "@/lib/validation/sign-in";
import { confirmationLinkFor } from "./sign-in-link";

export const SIGN_IN_LINK_MINUTES = 15;
export const EMAIL_PROVIDER_ID = "email";
export const OIDC_PROVIDER_ID = "sso";

declare module "next-auth" {
  interface Session {
    user: { id: string; name?: string | null; email: string; role: Role; active: boolean };
  }
  interface User {
    role?: Role;
    active?: boolean;
  }
}

function providers(): Provider[] {
  const env = getEnv();
  const list: Provider[] = [
    {
      id: EMAIL_PROVIDER_ID,
      type: "email",
      name: "Email",
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      options: {},
      // Runs before Auth.js stores a token: a second address or a lookalike never gets this far.
      normalizeIdentifier: (identifier) => emailAddressSchema.parse(identifier),
      async sendVerificationRequest({ identifier, url }) {
        const confirmUrl = confirmationLinkFor(url, env.APP_URL);
        const mail = await renderSignInEmail({ confirmUrl, minutesValid: SIGN_IN_LINK_MINUTES });
        await sendMail({ to: identifier, ...mail });
      },
    },
  ];
  if (env.oidc) {
    list.push({
      id: OIDC_PROVIDER_ID,
      name: env.oidc.name,
      type: "oidc",
      issuer: env.oidc.issuer,
      clientId: env.oidc.clientId,
      clientSecret: env.oidc.clientSecret,
      checks: ["pkce", "state", "nonce"],
      // The institution's identity provider vouches for its own addresses, so its sign-in may join the
      // account that an email link (or an invite) already created for the same address.
      allowDangerousEmailAccountLinking: true,
      profile(profile) {
        return {
          id: String(profile.sub),
          name: (profile.name as string | undefined) ?? null,
          email: String(profile.email ?? "").toLowerCase(),
        };
      },
    });
  }
  return list;
}

function config(): NextAuthConfig {
  const env = getEnv();
  return {
    adapter: unsafeCreateAuthAdapter(),
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    secret: env.AUTH_SECRET,
    // Auth.js may read the forwarded host for its own redirects; every link we mail is built from APP_URL.
    trustHost: true,
    providers: providers(),
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!user.email) return false;
        // Linking by email is only safe for addresses the provider itself has verified.
        if (account?.provider === OIDC_PROVIDER_ID && profile?.email_verified === false) return false;
        const parsed = emailAddressSchema.safeParse(user.email);
        return parsed.success && (await unsafeMaySignIn(parsed.data, env.ALLOWED_EMAIL_DOMAINS));
      },
      redirect({ url }) {
        return new URL(safeCallbackPath(url, env.APP_URL), env.APP_URL).toString();
      },
      session({ session, user }) {
        // With database sessions `user` is the row the adapter just read: role and active are current.
        const row = user as typeof user & { role: Role; active: boolean };
        session.user = {
          id: row.id,
          name: row.name,
          email: row.email,
          emailVerified: row.emailVerified,
          role: row.role,
          active: row.active,
        };
        return session;
      },
    },
    events: {
      async createUser({ user }) {
        if (user.id && user.email) await unsafeAcceptInvitesForNewUser(user.id, user.email);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => config());
