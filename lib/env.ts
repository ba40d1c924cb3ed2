import { z } from "zod";

// The one place configuration is read and validated. Read lazily: `next build` imports modules without a
// runtime environment, so nothing here may run (or throw) at import time.

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const commaList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean),
  );

const envSchema = z
  .object({
    DATABASE_URL: z.string().url(),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    APP_URL: z
      .string()
      .url()
      .default("http://localhost:3000")
      .transform((u) => new URL(u).origin),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("Fieldnotes <no-reply@fieldnotes.local>"),
    MAIL_MODE: z.enum(["smtp", "mailbox"]).optional(),
    FIELDNOTES_EMBEDDED: booleanFlag,
    ALLOWED_EMAIL_DOMAINS: commaList,
    OIDC_ISSUER: z.string().url().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_NAME: z.string().default("University SSO"),
    // How many proxies in front of the app append to X-Forwarded-For (0: none, the app faces clients).
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    SIGN_IN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
    SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    // Bearer token for POST /api/cron/digests; unset (or empty) turns that endpoint off.
    CRON_SECRET: z
      .string()
      .optional()
      .transform((v) => v || undefined),
  })
  .transform((env, ctx) => {
    // A mailbox anyone can read would hand out everyone's sign-in links, so it is never a silent
    // fallback outside the embedded demo: a server deployment must choose it explicitly.
    const mailMode =
      env.MAIL_MODE ?? (env.SMTP_URL ? "smtp" : env.FIELDNOTES_EMBEDDED ? "mailbox" : undefined);
    if (!mailMode) {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_URL"],
        message: "Set SMTP_URL (or MAIL_MODE=mailbox for a demo)",
      });
      return z.NEVER;
    }
    if (mailMode === "smtp" && !env.SMTP_URL) {
      ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "MAIL_MODE=smtp needs SMTP_URL" });
      return z.NEVER;
    }
    const oidc =
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? {
            issuer: env.OIDC_ISSUER,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            name: env.OIDC_NAME,
          }
        : null;
    return { ...env, mailMode, oidc };
  });

export type Env = z.output<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join(".") || "env"}: ${i.message}`)
      .join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests change the environment between cases; production never calls this. */
export function resetEnvCacheForTests() {
  cached = undefined;
}
