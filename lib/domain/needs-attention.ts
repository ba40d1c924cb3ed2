import { addBusinessDaysTo } from "./business-days";
import { type CalendarDate, calendarDaysBetween, compareCalendarDates, toDayNumber } from "./calendar-date";
import { type CohortGoal } from "./cohort-goals";
import { formatDisplayDate } from "./display-date";
import { businessDayOverdueFrom } from "./due-rule";
import { type GoalProgress, goalProgress, type GoalProgressInput } from "./goal-progress";
import { SECOND_FOLLOW_UP_BUSINESS_DAYS } from "./outreach-follow-up";
import { type StudentProgress, studentToday } from "./student-progress";
import { DEFAULT_THANK_YOU_RULES, isThankYouOverdue } from "./thank-you";
import { calendarDateIn, studentTimeZone } from "./time-zone";
import { plural } from "./plural";

/** The reasons, in the order they are listed: the most urgent first. */
export const ATTENTION_KINDS = [
  "inactive",
  "thank-you-overdue",
  "outreach-without-follow-up",
  "behind-on-goal",
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export const ATTENTION_KIND_LABEL: Record<AttentionKind, string> = {
  inactive: "No recent activity",
  "thank-you-overdue": "Thank-you overdue",
  "outreach-without-follow-up": "Outreach not followed up",
  "behind-on-goal": "Behind on a goal",
};

export type AttentionReason = { text: string } & (
  | {
      kind: "inactive";
      /** The student's last active day, or null when they never logged anything. */
      lastActiveOn: CalendarDate | null;
      /** Days since `lastActiveOn`, or (never active) since the clock started: joining or the term's start. */
      days: number;
    }
  | { kind: "thank-you-overdue"; count: number; oldestInterviewOn: CalendarDate }
  | { kind: "outreach-without-follow-up"; count: number; oldestSentOn: CalendarDate }
  | { kind: "behind-on-goal"; goalId: string; value: number; target: number; dueOn: CalendarDate }
);

export type AttentionRules = {
  /** Calendar days without activity before a student is flagged. */
  inactiveDays: number;
  /** Calendar days after an interview that a thank-you is still on time (thank-you.ts `overdueDays`). */
  thankYouOverdueDays: number;
  /** Business days an unanswered outreach may go without any follow-up. */
  followUpBusinessDays: number;
};

/** The product's lines: 14 days quiet, thank-you after 7 days, no follow-up after 7 business days. */
export const DEFAULT_ATTENTION_RULES: AttentionRules = {
  inactiveDays: 14,
  thankYouOverdueDays: DEFAULT_THANK_YOU_RULES.overdueDays,
  followUpBusinessDays: SECOND_FOLLOW_UP_BUSINESS_DAYS,
};

export type NeedsAttentionOptions = Partial<AttentionRules> & {
  /** The cohort's first day. Before it, and for 14 days after it, nobody is flagged as inactive. */
  termStartsOn?: CalendarDate;
  /** goalProgress(student, goals, today) when the caller already has it (the dashboard computes it once). */
  progress?: readonly GoalProgress[];
  /** studentToday(student, now) when the caller already has it. */
  today?: CalendarDate;
};

export type NeedsAttentionInput = GoalProgressInput &
  Pick<
    StudentProgress,
    "timeZone" | "joinedAt" | "lastActivityAt" | "interviewsAwaitingThankYou" | "outreachAwaitingFollowUp"
  >;

/**
 * Why an advisor should look at this student now, or an empty list. Every rule is judged on the student's
 * own calendar (their time zone) at `now`, so the same `now` always gives the same answer.
 *
 * - **inactive**: nothing logged in the last `inactiveDays` (14) days: the last active day is 14 or more days
 *   before today, so the 14 days up to and including today were all quiet. A student who never logged
 *   anything is flagged the same way, counting from when they joined the cohort: a newcomer gets the same
 *   14 days as everyone else, and so does a student who joined before the term (`termStartsOn`) began.
 *   Those 14 days hold even for a student whose last activity predates joining (moved from another
 *   cohort); after them, the reason gives the real last active day.
 * Both task flags are due-rule.ts's "overdue", the word home, the pages and the digest use:
 * - **thank-you-overdue**: a completed interview with no thank-you after `thankYouOverdueDays` (7): from
 *   interview + 8 days.
 * - **outreach-without-follow-up**: an unanswered original outreach with no follow-up after
 *   `followUpBusinessDays` (7) business days: from the 8th business day after sending. The student was
 *   prompted at 3 and again at 7; the second follow-up is then overdue, which a weekend never makes a task.
 *   It stays until the student logs a follow-up or a reply, even after the contact counts as "no response":
 *   an outreach never followed up is the thing to talk about.
 * - **behind-on-goal**: one reason per count goal past its due date and not met (goal-progress.ts).
 *   Timeliness goals have no due date; a late thank-you is covered by thank-you-overdue.
 */
export function needsAttention(
  student: NeedsAttentionInput,
  goals: readonly CohortGoal[],
  now: Date,
  {
    inactiveDays = DEFAULT_ATTENTION_RULES.inactiveDays,
    thankYouOverdueDays = DEFAULT_ATTENTION_RULES.thankYouOverdueDays,
    followUpBusinessDays = DEFAULT_ATTENTION_RULES.followUpBusinessDays,
    termStartsOn,
    progress,
    today = studentToday(student, now),
  }: NeedsAttentionOptions = {},
): AttentionReason[] {
  assertDays("inactiveDays", inactiveDays);
  assertDays("thankYouOverdueDays", thankYouOverdueDays);
  assertDays("followUpBusinessDays", followUpBusinessDays);
  const reasons: AttentionReason[] = [];

  const inactive = inactivity(student, today, inactiveDays, termStartsOn);
  if (inactive) reasons.push(inactive);

  // Day numbers and one loop per list, keeping the earliest date as given (the first of equal ones): this
  // runs for every interview and message of every student on the dashboard.
  const todayOn = toDayNumber(today);
  let overdueCount = 0;
  let oldestInterviewOn: CalendarDate | null = null;
  let oldestInterviewDay = Number.POSITIVE_INFINITY;
  for (const interviewOn of student.interviewsAwaitingThankYou) {
    const day = toDayNumber(interviewOn);
    if (!isThankYouOverdue(day, todayOn, thankYouOverdueDays)) continue;
    overdueCount++;
    if (day < oldestInterviewDay) {
      oldestInterviewDay = day;
      oldestInterviewOn = interviewOn;
    }
  }
  if (oldestInterviewOn !== null) {
    const after = `after ${plural(thankYouOverdueDays, "day")}`;
    reasons.push({
      kind: "thank-you-overdue",
      count: overdueCount,
      oldestInterviewOn,
      text:
        overdueCount === 1
          ? `Interview on ${formatDisplayDate(oldestInterviewOn)} with no thank-you ${after}`
          : `${overdueCount} interviews with no thank-you ${after} (oldest ${formatDisplayDate(oldestInterviewOn)})`,
    });
  }

  // due-rule.ts: the last follow-up the method suggests is a business-day task; the flag is it being overdue.
  let unfollowedCount = 0;
  let oldestSentOn: CalendarDate | null = null;
  let oldestSentDay = Number.POSITIVE_INFINITY;
  for (const sentOn of student.outreachAwaitingFollowUp) {
    const day = toDayNumber(sentOn);
    if (todayOn < businessDayOverdueFrom(addBusinessDaysTo(day, followUpBusinessDays))) continue;
    unfollowedCount++;
    if (day < oldestSentDay) {
      oldestSentDay = day;
      oldestSentOn = sentOn;
    }
  }
  if (oldestSentOn !== null) {
    const after = `no reply and no follow-up after ${plural(followUpBusinessDays, "business day")}`;
    reasons.push({
      kind: "outreach-without-follow-up",
      count: unfollowedCount,
      oldestSentOn,
      text:
        unfollowedCount === 1
          ? `Outreach sent ${formatDisplayDate(oldestSentOn)}: ${after}`
          : `${unfollowedCount} outreach messages with ${after} (oldest ${formatDisplayDate(oldestSentOn)})`,
    });
  }

  for (const goal of progress ?? goalProgress(student, goals, today)) {
    if (goal.kind !== "count" || !goal.behind) continue;
    reasons.push({
      kind: "behind-on-goal",
      goalId: goal.goal.id,
      value: goal.value,
      target: goal.target,
      dueOn: goal.goal.dueOn,
      text: `Behind on a goal: ${goal.progressText} by ${formatDisplayDate(goal.goal.dueOn)}`,
    });
  }
  return reasons;
}

function inactivity(
  student: NeedsAttentionInput,
  today: CalendarDate,
  inactiveDays: number,
  termStartsOn: CalendarDate | undefined,
): AttentionReason | null {
  const timeZone = studentTimeZone(student.timeZone);
  const joinedOn = calendarDateIn(student.joinedAt, timeZone);
  const clockStartsOn =
    termStartsOn !== undefined && compareCalendarDates(termStartsOn, joinedOn) > 0 ? termStartsOn : joinedOn;
  const lastActiveOn = student.lastActivityAt ? calendarDateIn(student.lastActivityAt, timeZone) : null;
  const quietSince =
    lastActiveOn !== null && compareCalendarDates(lastActiveOn, clockStartsOn) > 0
      ? lastActiveOn
      : clockStartsOn;
  if (calendarDaysBetween(quietSince, today) < inactiveDays) return null;

  if (lastActiveOn !== null) {
    const days = calendarDaysBetween(lastActiveOn, today);
    return {
      kind: "inactive",
      lastActiveOn,
      days,
      text: `No activity in ${plural(days, "day")} (last active ${formatDisplayDate(lastActiveOn)})`,
    };
  }
  const since =
    clockStartsOn === joinedOn
      ? `joining on ${formatDisplayDate(joinedOn)}`
      : `the term started on ${formatDisplayDate(clockStartsOn)}`;
  return {
    kind: "inactive",
    lastActiveOn: null,
    days: calendarDaysBetween(clockStartsOn, today),
    text: `Nothing logged since ${since}`,
  };
}

function assertDays(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

/**
 * A student's reasons as short labels for a table cell, one per kind, in the order of ATTENTION_KINDS:
 * "Quiet 35 days", "2 thank-yous overdue", "No follow-up", "Behind on 2 goals". The full sentences are on
 * the dashboard's needs-attention list and the student's page.
 */
export function shortAttentionLabels(
  reasons: readonly AttentionReason[],
): { kind: AttentionKind; text: string }[] {
  const labels: { kind: AttentionKind; text: string }[] = [];
  let goalsBehind = 0;
  for (const kind of ATTENTION_KINDS) {
    for (const reason of reasons) {
      if (reason.kind !== kind) continue;
      switch (reason.kind) {
        case "inactive":
          labels.push({ kind, text: `Quiet ${plural(reason.days, "day")}` });
          break;
        case "thank-you-overdue":
          labels.push({
            kind,
            text: reason.count === 1 ? "Thank-you overdue" : `${reason.count} thank-yous overdue`,
          });
          break;
        case "outreach-without-follow-up":
          labels.push({
            kind,
            text: reason.count === 1 ? "No follow-up" : `${reason.count} without follow-up`,
          });
          break;
        case "behind-on-goal":
          goalsBehind++;
          break;
      }
    }
    if (kind === "behind-on-goal" && goalsBehind > 0) {
      labels.push({ kind, text: goalsBehind === 1 ? "Behind on a goal" : `Behind on ${goalsBehind} goals` });
    }
  }
  return labels;
}
