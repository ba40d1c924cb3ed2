import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { cookies } from "next/headers";
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
import { SIGN_IN_DEVICE_COOKIE, signInDeviceCookieOptions, signInDeviceToken } from "./sign-in-device";

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
    // NextAuth() fills this in itself; sendSignInLinkAfterResponse calls Auth.js's core, which does not.
    basePath: "/api/auth",
    session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    secret: env.AUTH_SECRET,
    // Auth.js may read the forwarded host for its own redirects; every link we mail is built from APP_URL.
    trustHost: true,
    providers: providers(),
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!user.email) return false;
        // Linking by email is only safe for addresses the provider itself says it verified: a missing
        // claim, or a string, is not that promise.
        if (account?.provider === OIDC_PROVIDER_ID && profile?.email_verified !== true) return false;
        const parsed = emailAddressSchema.safeParse(user.email);
        return parsed.success && (await unsafeMaySignIn(parsed.data, env.ALLOWED_EMAIL_DOMAINS));
      },
      redirect({ url }) {
        return new URL(safeCallbackPath(url, env.APP_URL), env.APP_URL).toString();
      },
      session({ session, user }) {
        // With database sessions `user` is the row the adapter just read: role and active are current.
        // `session` is the database row, token included, and GET /api/auth/session sends whatever this
        // returns to any script on the page: build the answer from an allow-list, never from the row.
        const row = user as typeof user & { role: Role; active: boolean };
        return {
          expires: session.expires,
          user: { id: row.id, name: row.name, email: row.email, role: row.role, active: row.active },
        };
      },
    },
    events: {
      async signIn({ user, account }) {
        // Only a used email link proves this browser reads that mailbox (see sign-in-device.ts).
        if (account?.provider !== EMAIL_PROVIDER_ID || !user.email) return;
        (await cookies()).set(
          SIGN_IN_DEVICE_COOKIE,
          signInDeviceToken(user.email, env.AUTH_SECRET),
          signInDeviceCookieOptions(env.APP_URL),
        );
      },
      async createUser({ user }) {
        if (user.id && user.email) await unsafeAcceptInvitesForNewUser(user.id, user.email);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => config());

/**
 * Stores a sign-in token and mails the link, as `signIn("email")` would, but without touching the request:
 * it runs after the response has gone (request-sign-in-link.ts), when cookies can no longer be set. The
 * cookies Auth.js would set here (callback URL) are not needed: the mailed link carries its callback.
 * Resolves false when Auth.js refused or the mail failed (its logger has already said why).
 */
export async function sendSignInLinkAfterResponse(email: string, callbackPath: string): Promise<boolean> {
  const env = getEnv();
  const request = new Request(new URL(`/api/auth/signin/${EMAIL_PROVIDER_ID}`, env.APP_URL), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, callbackUrl: new URL(callbackPath, env.APP_URL).toString() }),
  });
  const result = await Auth(request, { ...config(), raw, skipCSRFCheck });
  return !new URL(result.redirect ?? "/", env.APP_URL).pathname.startsWith("/sign-in/error");
}
