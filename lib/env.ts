import { z } from "zod";

// The one place configuration is read and validated. Read lazily: `next build` imports modules without a
// runtime environment, so nothing here may run (or throw) at import time.

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

// PgBouncer in transaction-pooling mode (1.18 and older, or without max_prepared_statements) hands each
// transaction to any server connection, so a statement prepared on one is unknown on the next.
const preparedStatementsFlag = z
  .enum(["true", "false", "1", "0", ""], { error: "DB_PREPARE must be true or false" })
  .optional()
  .transform((v) => v !== "false" && v !== "0");

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
    DATABASE_URL: z.url({
      error: (i) =>
        i.input === undefined
          ? "Set DATABASE_URL to a PostgreSQL URL (or leave it unset for the embedded server)"
          : "DATABASE_URL must be a URL like postgres://user:password@host:5432/fieldnotes",
    }),
    PORT: z.coerce
      .number({ error: "PORT must be a port number, 1 to 65535" })
      .int("PORT must be a port number, 1 to 65535")
      .min(1, "PORT must be a port number, 1 to 65535")
      .max(65535, "PORT must be a port number, 1 to 65535")
      .default(3000),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    DB_PREPARE: preparedStatementsFlag,
    APP_URL: z
      .string()
      .url()
      .default("http://localhost:3000")
      .transform((u) => new URL(u).origin),
    AUTH_SECRET: z
      .string({ error: "Set AUTH_SECRET to at least 32 random characters (openssl rand -base64 32)" })
      .min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
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
    // Links one client may ask for one address, and links one address may receive from everyone together.
    SIGN_IN_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(5),
    SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(10),
    SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
    // Messages in flight at once when the scheduled jobs send digests and reminders (pooled SMTP connections).
    DIGEST_SEND_CONCURRENCY: z.coerce
      .number({ error: "DIGEST_SEND_CONCURRENCY must be a whole number, 1 to 50" })
      .int("DIGEST_SEND_CONCURRENCY must be a whole number, 1 to 50")
      .min(1, "DIGEST_SEND_CONCURRENCY must be a whole number, 1 to 50")
      .max(50, "DIGEST_SEND_CONCURRENCY must be a whole number, 1 to 50")
      .default(5),
    // Students whose computed dashboard rows each app instance keeps in memory, over all cohorts (about 2 KB
    // each); 0 turns the cache off. See lib/data/internal/dashboard-model-cache.ts.
    DASHBOARD_CACHE_STUDENTS: z.coerce
      .number({ error: "DASHBOARD_CACHE_STUDENTS must be a whole number ≥ 0" })
      .int("DASHBOARD_CACHE_STUDENTS must be a whole number ≥ 0")
      .min(0, "DASHBOARD_CACHE_STUDENTS must be a whole number ≥ 0")
      .default(20_000),
    // Rows (contacts, messages, interviews, notes) of students' agenda inputs each app instance keeps in
    // memory, about 0.25 KB each with the agenda built from them; 0 turns the cache off. See
    // lib/data/internal/student-agenda-cache.ts.
    AGENDA_CACHE_ROWS: z.coerce
      .number({ error: "AGENDA_CACHE_ROWS must be a whole number ≥ 0" })
      .int("AGENDA_CACHE_ROWS must be a whole number ≥ 0")
      .min(0, "AGENDA_CACHE_ROWS must be a whole number ≥ 0")
      .default(100_000),
    // Bearer token for POST /api/cron/jobs and /api/cron/digests; unset (or empty) turns both off.
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

function parseEnv(values: NodeJS.ProcessEnv) {
  const parsed = envSchema.safeParse(values);
  if (parsed.success) return { env: parsed.data, message: undefined };
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".") || "env"}: ${i.message}`).join("\n");
  return {
    env: undefined,
    message: `Invalid configuration (see "Configuration" in README.md):\n${problems}`,
  };
}

/**
 * What is wrong with `values` as the app's configuration, as the message to print, or undefined when it is
 * fine. `npm start` calls this before starting anything, so a bad value stops it with this message instead
 * of every request failing later.
 */
export function configurationProblem(values: NodeJS.ProcessEnv): string | undefined {
  return parseEnv(values).message;
}

export function getEnv(): Env {
  if (cached) return cached;
  const { env, message } = parseEnv(process.env);
  if (!env) throw new Error(message);
  cached = env;
  return cached;
}

/**
 * Whether postgres.js may use prepared statements (DB_PREPARE, default true). Read on its own because
 * migrations, the seed and the benchmarks open connections without the rest of the app's configuration.
 */
export function databasePreparesStatements(
  values: Record<string, string | undefined> = process.env,
): boolean {
  const parsed = preparedStatementsFlag.safeParse(values.DB_PREPARE);
  if (!parsed.success) throw new Error(`Invalid configuration: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Tests change the environment between cases; production never calls this. */
export function resetEnvCacheForTests() {
  cached = undefined;
}
