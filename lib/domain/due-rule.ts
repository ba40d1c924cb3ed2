import { addBusinessDaysTo } from "./business-days";
import { type CalendarDate, fromDayNumber, toDayNumber } from "./calendar-date";
import type { DayNumber } from "./day-number";
import { formatNearDate } from "./display-date";

/*
 * THE RULE FOR "DUE" AND "OVERDUE". Home, the outreach and follow-up pages, the digests and the advisor's
 * needs-attention flags all judge a task with the functions below, so the words mean one thing everywhere.
 *
 * Every task the method gives a student has a due date and a first overdue day, both on the student's
 * own calendar:
 *   - upcoming: before the due date;
 *   - due:      from the due date until the first overdue day ("due today" on the due date itself);
 *   - overdue:  from the first overdue day on.
 * The first overdue day is the day after the due date, with two allowances the method itself makes:
 *   - a thank-you is asked for 1 business day after the interview but counts as late only after 7 days
 *     (the instance's setting): it stays "due" through interview + 7 and is overdue from interview + 8;
 *   - a task counted in business days (an outreach follow-up) becomes overdue on the next business day
 *     after its due date, so a weekend never makes it overdue.
 * An advisor's flag is raised exactly when a task is overdue by this rule (needs-attention.ts): an unsent
 * thank-you, and an unanswered message with no follow-up once the second, last follow-up is overdue.
 */

export type DueState = "upcoming" | "due" | "overdue";

export type DueTask = {
  /** When the student should do it. */
  dueOn: CalendarDate;
  /** The first day it counts as overdue. */
  overdueFrom: CalendarDate;
};

/** A task with no allowance: overdue the day after it is due. */
export function calendarTask(dueOn: CalendarDate): DueTask {
  return { dueOn, overdueFrom: fromDayNumber(toDayNumber(dueOn) + 1) };
}

/** A task counted in business days: overdue on the next business day after it is due. */
export function businessDayTask(dueOn: CalendarDate): DueTask {
  return { dueOn, overdueFrom: fromDayNumber(businessDayOverdueFrom(toDayNumber(dueOn))) };
}

/** businessDayTask's line as a day number, for per-row loops that should not parse or format dates. */
export function businessDayOverdueFrom(dueOn: DayNumber): DayNumber {
  return addBusinessDaysTo(dueOn, 1);
}

/**
 * The thank-you for an interview held on `interviewOn`: due `dueBusinessDays` business days later, overdue
 * once more than `overdueDays` calendar days have passed. When a strict rule puts the due date on or after
 * that line (5 business days, 2 calendar days), the line wins: it goes from upcoming straight to overdue.
 */
export function thankYouTask(
  interviewOn: CalendarDate,
  { dueBusinessDays, overdueDays }: { dueBusinessDays: number; overdueDays: number },
): DueTask {
  const interview = toDayNumber(interviewOn);
  const due = addBusinessDaysTo(interview, dueBusinessDays);
  return {
    dueOn: fromDayNumber(due),
    overdueFrom: fromDayNumber(thankYouOverdueFrom(interview, overdueDays)),
  };
}

/** The first overdue day of a thank-you, on day numbers, for tallies over many interviews. */
export function thankYouOverdueFrom(interviewDay: number, overdueDays: number): number {
  return interviewDay + overdueDays + 1;
}

/** Where a task stands on `today`. */
export function dueState(task: DueTask, today: CalendarDate): DueState {
  return dueStateOn(toDayNumber(task.dueOn), toDayNumber(task.overdueFrom), toDayNumber(today));
}

/** `dueState` on day numbers, for tallies that judge many tasks against one today. */
export function dueStateOn(dueOn: number, overdueFrom: number, today: number): DueState {
  if (today >= overdueFrom) return "overdue";
  if (today >= dueOn) return "due";
  return "upcoming";
}

export function isOverdue(task: DueTask, today: CalendarDate): boolean {
  return dueState(task, today) === "overdue";
}

/**
 * The task's date in words, the same on every page and in every mail: "Due Wed 2 Dec", "Due today",
 * "Due since Mon 30 Nov", "Overdue since Tue 8 Dec".
 */
export function describeDue(task: DueTask, today: CalendarDate): string {
  switch (dueState(task, today)) {
    case "upcoming":
      return `Due ${formatNearDate(task.dueOn, today)}`;
    case "due":
      return task.dueOn === today ? "Due today" : `Due since ${formatNearDate(task.dueOn, today)}`;
    case "overdue":
      return `Overdue since ${formatNearDate(task.overdueFrom, today)}`;
  }
}
