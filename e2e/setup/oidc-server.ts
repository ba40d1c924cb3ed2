import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import Provider from "oidc-provider";

export const OIDC_CLIENT_ID = "fieldnotes-e2e";

/**
 * How sure the IdP says it is of the address, chosen by the login's prefix: "unverified-" says false,
 * "unstated-" leaves the claim out, "quoted-" says the string "true" (as some IdPs do); others say true.
 */
function emailVerifiedClaim(email: string): { email_verified?: boolean | string } {
  if (email.startsWith("unverified-")) return { email_verified: false };
  if (email.startsWith("unstated-")) return {};
  if (email.startsWith("quoted-")) return { email_verified: "true" };
  return { email_verified: true };
}

/**
 * A real OpenID Connect provider on loopback, with one confidential client (PKCE required) for both app
 * servers. Its interactions are the package's development pages: a login form that accepts any login and
 * any password, then a consent page. The login typed there must be an email address: it becomes the
 * account's `sub` and `email` (verified), so every test can sign in as an address of its own.
 */
export async function startOidcServer(options: { port: number; redirectOrigins: string[] }) {
  const issuer = `http://127.0.0.1:${options.port}`;
  const clientSecret = randomBytes(24).toString("hex");
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: options.redirectOrigins.map((origin) => `${origin}/api/auth/callback/sso`),
        response_types: ["code"],
        grant_types: ["authorization_code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put email and name in the ID token, as institutional IdPs do; Auth.js reads the profile from it.
    conformIdTokenClaims: false,
    findAccount(_ctx: unknown, sub: string) {
      const email = sub.trim().toLowerCase();
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email, ...emailVerifiedClaim(email), name: `IdP ${email.split("@")[0]}` }),
      };
    },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    jwks: { keys: [{ ...signingKey, alg: "RS256", use: "sig", kid: "e2e" }] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    features: { devInteractions: { enabled: true } },
  });

  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    issuer,
    clientId: OIDC_CLIENT_ID,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
