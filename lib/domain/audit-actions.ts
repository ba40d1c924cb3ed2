/** What was looked at or taken away. Kept as a closed list so the audit browser can filter on it. */
export const AUDIT_ACTIONS = [
  "student.view",
  "student.comment",
  "interview.view",
  "interview.comment",
  "cohort.export",
  "my-data.export",
  "digest.preview",
  "account.deleted",
  "account.purged",
  "outcome.record",
  "student.nudge",
  "attention.handled",
  "person.role",
  "person.active",
  "person.invite-resend",
  "audit.export",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
