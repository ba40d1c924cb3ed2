/**
 * What the global setup started, handed to the test workers through one environment variable (workers
 * inherit the runner's environment, which the global setup has already changed when they start).
 */
export type RunInfo = {
  /** Mail goes to the local mailbox (MAIL_MODE=mailbox). */
  appA: string;
  /** Mail goes over SMTP to the sink. */
  appB: string;
  databaseUrl: string;
  /** Where the SMTP sink writes each message it receives (`<n>.json`: envelope and raw source). */
  mailDir: string;
  oidcIssuer: string;
  oidcName: string;
  allowedDomain: string;
  /** The bearer token both app servers accept on POST /api/cron/digests. */
  cronSecret: string;
};

export const RUN_INFO_ENV = "FIELDNOTES_E2E_RUN";

export function readRunInfo(): RunInfo {
  const raw = process.env[RUN_INFO_ENV];
  if (!raw) throw new Error(`${RUN_INFO_ENV} is not set: run the suite through \`playwright test\``);
  return JSON.parse(raw) as RunInfo;
}
