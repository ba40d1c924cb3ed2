import type { AuditAction } from "@/lib/domain/audit-actions";

/** How each audited action reads in the admin's audit log. */
export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  "student.view": "Viewed a student's records",
  "student.comment": "Commented on a student's work",
  "interview.view": "Viewed an interview",
  "interview.comment": "Commented on an interview",
  "cohort.export": "Exported a cohort (CSV)",
  "my-data.export": "Exported their own data",
  "digest.preview": "Previewed a student's weekly digest",
  "account.deleted": "Deleted their own account",
  "account.purged": "Account deleted by the retention period",
  "outcome.record": "Recorded an outcome for a student",
  "student.nudge": "Nudged a student",
  "attention.handled": "Marked a student's flag handled",
  "person.role": "Changed someone's role",
  "person.active": "Deactivated or reactivated someone",
  "person.invite-resend": "Sent someone a new invite",
  "audit.export": "Exported the audit log (CSV)",
};

/** The same actions as a student reads them about their own records. */
const STUDENT_LABEL: Record<AuditAction, string> = {
  "student.view": "Opened your records",
  "student.comment": "Commented on your work",
  "interview.view": "Opened one of your interviews",
  "interview.comment": "Commented on one of your interviews",
  "cohort.export": "Exported the cohort's progress, yours included",
  "my-data.export": "Exported your data",
  "digest.preview": "Previewed your weekly digest (an administrator)",
  "account.deleted": "Deleted your account",
  "account.purged": "Deleted your account at the end of the retention period",
  "outcome.record": "Recorded an outcome for you",
  "student.nudge": "Sent you a nudge",
  "attention.handled": "Noted that they followed up on your progress",
  "person.role": "Changed your role (an administrator)",
  "person.active": "Deactivated or reactivated your account (an administrator)",
  "person.invite-resend": "Sent you a new invite (an administrator)",
  "audit.export": "Exported the audit log, which names you (an administrator)",
};

export function auditActionLabel(action: string, audience: "admin" | "student" = "admin"): string {
  const labels = audience === "student" ? STUDENT_LABEL : AUDIT_ACTION_LABEL;
  return labels[action as AuditAction] ?? action;
}
