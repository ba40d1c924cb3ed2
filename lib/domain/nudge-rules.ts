import { ATTENTION_KINDS, type AttentionKind } from "./needs-attention";

/** Why an advisor nudged: one of the needs-attention reasons, or a plain check-in with no flag behind it. */
export const NUDGE_REASONS = [...ATTENTION_KINDS, "check-in"] as const;
export type NudgeReason = (typeof NUDGE_REASONS)[number];

export const NUDGE_MESSAGE_MAX_LENGTH = 2000;
export const HANDLED_NOTE_MAX_LENGTH = 500;

/** Students one advisor may nudge per hour, all cohorts together: a slip of the select-all, not a spam run. */
export const NUDGES_PER_HOUR = 60;

/** How long "handled" hides a flag; after it the flag shows again if its condition still holds. */
export const HANDLED_HIDES_MS = 7 * 86_400_000;

/** The reason as the student reads it, merged into the message where it says {reason}. */
export const NUDGE_REASON_PHRASE: Record<NudgeReason, string> = {
  inactive: "you have not logged anything in Fieldnotes for a while",
  "thank-you-overdue": "a thank-you note after one of your interviews is overdue",
  "outreach-without-follow-up": "a message you sent has had no reply and no follow-up yet",
  "behind-on-goal": "you are behind on one of your cohort's goals",
  "check-in": "it has been a little while since we checked in",
};

/** The reason as the advisor reads it in lists ("Nudged: thank-you overdue"). */
export const NUDGE_REASON_LABEL: Record<NudgeReason, string> = {
  inactive: "No recent activity",
  "thank-you-overdue": "Thank-you overdue",
  "outreach-without-follow-up": "Outreach not followed up",
  "behind-on-goal": "Behind on a goal",
  "check-in": "Check-in",
};

/** The starting text of a nudge; {name} and {reason} are filled in for each student. */
export function nudgeTemplate(advisorName: string): string {
  return [
    "Hi {name},",
    "",
    "I noticed {reason}. Is anything getting in the way? A small next step this week is plenty, and I am happy to help you plan it.",
    "",
    advisorName,
  ].join("\n");
}

/** The message for one student: every {name} and {reason} replaced; the rest exactly as the advisor wrote it. */
export function mergeNudge(template: string, student: { name: string; reason: NudgeReason }): string {
  return template
    .replaceAll("{name}", student.name)
    .replaceAll("{reason}", NUDGE_REASON_PHRASE[student.reason]);
}

/** The first name to greet a student by: the name's first word, or the whole email's local part. */
export function greetingName(name: string | null, email: string): string {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : (email.split("@")[0] ?? email);
}

/** Whether a flag marked handled at `handledAtMs` is still hidden at `nowMs` (integer arithmetic, no Date). */
export function isStillHandled(handledAtMs: number, nowMs: number): boolean {
  return nowMs - handledAtMs < HANDLED_HIDES_MS;
}

/** Per student, what the advisor did about their flags: the latest nudge and the flags marked handled. */
export type StudentFollowUp = {
  lastNudgedAtMs: number | null;
  /** The latest "handled" per reason, in ms since the epoch. */
  handledAtMs: Partial<Record<AttentionKind, number>>;
};

/** "today", "yesterday", "3 days ago": whole days between two instants, counted in 24-hour steps. */
export function daysAgoPhrase(atMs: number, nowMs: number): string {
  const days = Math.floor((nowMs - atMs) / 86_400_000);
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}
