import { afterEach, describe, expect, it } from "vitest";
import { databasePreparesStatements, getEnv, resetEnvCacheForTests } from "./env";

const saved = { ...process.env };

function withEnv(values: Record<string, string | undefined>) {
  for (const key of [
    "SMTP_URL",
    "MAIL_MODE",
    "FIELDNOTES_EMBEDDED",
    "OIDC_ISSUER",
    "OIDC_CLIENT_ID",
    "OIDC_CLIENT_SECRET",
  ]) {
    delete process.env[key];
  }
  Object.assign(process.env, values);
  resetEnvCacheForTests();
  return getEnv;
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvCacheForTests();
});

describe("configuration", () => {
  it("refuses a server deployment with no way to send mail, rather than exposing a mailbox", () => {
    expect(withEnv({})).toThrow(/SMTP_URL/);
  });

  it("uses SMTP when configured, the mailbox in the embedded demo or when chosen", () => {
    expect(withEnv({ SMTP_URL: "smtp://127.0.0.1:2525" })().mailMode).toBe("smtp");
    expect(withEnv({ FIELDNOTES_EMBEDDED: "1" })().mailMode).toBe("mailbox");
    expect(withEnv({ MAIL_MODE: "mailbox", SMTP_URL: "smtp://127.0.0.1:2525" })().mailMode).toBe("mailbox");
    expect(withEnv({ MAIL_MODE: "smtp" })).toThrow(/needs SMTP_URL/);
  });

  it("switches single sign-on on only when issuer, client id and secret are all set", () => {
    const partial = withEnv({
      MAIL_MODE: "mailbox",
      OIDC_ISSUER: "https://idp.uni.edu",
      OIDC_CLIENT_ID: "x",
    })();
    expect(partial.oidc).toBeNull();
    const full = withEnv({
      MAIL_MODE: "mailbox",
      OIDC_ISSUER: "https://idp.uni.edu",
      OIDC_CLIENT_ID: "x",
      OIDC_CLIENT_SECRET: "y",
    })();
    expect(full.oidc).toMatchObject({ issuer: "https://idp.uni.edu", name: "University SSO" });
  });

  it("keeps only the origin of APP_URL and normalises the domain allow-list", () => {
    const env = withEnv({
      MAIL_MODE: "mailbox",
      APP_URL: "https://fieldnotes.uni.edu/some/path",
      ALLOWED_EMAIL_DOMAINS: " Uni.EDU, ,alumni.uni.edu ",
    })();
    expect(env.APP_URL).toBe("https://fieldnotes.uni.edu");
    expect(env.ALLOWED_EMAIL_DOMAINS).toEqual(["uni.edu", "alumni.uni.edu"]);
  });

  it("sends 5 messages at once unless DIGEST_SEND_CONCURRENCY says otherwise, and refuses nonsense", () => {
    expect(withEnv({ SMTP_URL: "smtp://mail.example:25" })().DIGEST_SEND_CONCURRENCY).toBe(5);
    expect(
      withEnv({ SMTP_URL: "smtp://mail.example:25", DIGEST_SEND_CONCURRENCY: "12" })()
        .DIGEST_SEND_CONCURRENCY,
    ).toBe(12);
    expect(withEnv({ SMTP_URL: "smtp://mail.example:25", DIGEST_SEND_CONCURRENCY: "0" })).toThrow(
      /DIGEST_SEND_CONCURRENCY must be a whole number, 1 to 50/,
    );
  });

  it("keeps 20,000 students' dashboard rows unless DASHBOARD_CACHE_STUDENTS says otherwise (0: off)", () => {
    expect(withEnv({ SMTP_URL: "smtp://mail.example:25" })().DASHBOARD_CACHE_STUDENTS).toBe(20_000);
    expect(
      withEnv({ SMTP_URL: "smtp://mail.example:25", DASHBOARD_CACHE_STUDENTS: "0" })()
        .DASHBOARD_CACHE_STUDENTS,
    ).toBe(0);
    expect(withEnv({ SMTP_URL: "smtp://mail.example:25", DASHBOARD_CACHE_STUDENTS: "-1" })).toThrow(
      /DASHBOARD_CACHE_STUDENTS must be a whole number ≥ 0/,
    );
  });

  it("keeps 100,000 rows of students' agendas unless AGENDA_CACHE_ROWS says otherwise (0: off)", () => {
    expect(withEnv({ SMTP_URL: "smtp://mail.example:25" })().AGENDA_CACHE_ROWS).toBe(100_000);
    expect(withEnv({ SMTP_URL: "smtp://mail.example:25", AGENDA_CACHE_ROWS: "0" })().AGENDA_CACHE_ROWS).toBe(
      0,
    );
    expect(withEnv({ SMTP_URL: "smtp://mail.example:25", AGENDA_CACHE_ROWS: "1.5" })).toThrow(
      /AGENDA_CACHE_ROWS must be a whole number ≥ 0/,
    );
  });

  it("rejects a short AUTH_SECRET", () => {
    expect(withEnv({ MAIL_MODE: "mailbox", AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET/);
  });

  it("uses prepared statements unless DB_PREPARE turns them off for a transaction-pooling PgBouncer", () => {
    expect(withEnv({ MAIL_MODE: "mailbox" })().DB_PREPARE).toBe(true);
    expect(withEnv({ MAIL_MODE: "mailbox", DB_PREPARE: "false" })().DB_PREPARE).toBe(false);
    expect(databasePreparesStatements({ DB_PREPARE: "0" })).toBe(false);
    expect(databasePreparesStatements({})).toBe(true);
    expect(() => databasePreparesStatements({ DB_PREPARE: "no" })).toThrow(
      /DB_PREPARE must be true or false/,
    );
  });
});
