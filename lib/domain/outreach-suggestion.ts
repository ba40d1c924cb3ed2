import { type CalendarDate, compareCalendarDates } from "./calendar-date";
import { nextOutreachFollowUp, type OutreachFollowUp } from "./outreach-follow-up";
import type { OutreachChannel, OutreachReply } from "./vocabulary";

export type OutreachLogEntry = {
  id: string;
  sentOn: CalendarDate;
  channel: OutreachChannel;
  isFollowUp: boolean;
  reply: OutreachReply;
};

export type OutreachSuggestion = OutreachFollowUp & {
  /** The original (not follow-up) message still waiting for an answer. */
  outreachId: string;
  sentOn: CalendarDate;
  channel: OutreachChannel;
};

/**
 * Where the latest original message stands: the answer it (or a follow-up sent on or after it) got, and
 * the next follow-up to suggest. `attempts` are newest first, so the first original found is the latest.
 */
export function latestOutreachState(
  attempts: readonly OutreachLogEntry[],
  today: CalendarDate,
): { reply: OutreachReply; suggestion: OutreachSuggestion | null } {
  const original = attempts.find((a) => !a.isFollowUp);
  if (!original) return { reply: "none", suggestion: null };
  const since = attempts.filter(
    (a) => a !== original && compareCalendarDates(a.sentOn, original.sentOn) >= 0,
  );
  const answers = [original, ...since].map((a) => a.reply);
  // A decline is the last word unless a later reply says otherwise; newest first, so the first answer wins.
  const reply = [...since, original].find((a) => a.reply !== "none")?.reply ?? "none";
  const next = nextOutreachFollowUp(
    {
      sentOn: original.sentOn,
      replied: answers.some((r) => r !== "none"),
      followUpsSentSince: since.filter((a) => a.isFollowUp).length,
    },
    today,
  );
  return {
    reply,
    suggestion: next
      ? { ...next, outreachId: original.id, sentOn: original.sentOn, channel: original.channel }
      : null,
  };
}
