import { type CalendarDate, fromDayNumber, toDayNumber } from "./calendar-date";

// Advisors speak of "week 3 of the term". Week 1 starts on the term's first day (whatever weekday that
// is) and lasts seven days; "by week 3" means by the last day of week 3. A short final week ends with the
// term, not after it.

/** How many weeks (full or partial) the term has. */
export function weeksInTerm(startsOn: CalendarDate, endsOn: CalendarDate): number {
  const days = toDayNumber(endsOn) - toDayNumber(startsOn) + 1;
  return Math.max(1, Math.ceil(days / 7));
}

/** The last day of week `week` of the term, or null when the term has no such week. */
export function lastDayOfTermWeek(
  startsOn: CalendarDate,
  endsOn: CalendarDate,
  week: number,
): CalendarDate | null {
  if (!Number.isInteger(week) || week < 1 || week > weeksInTerm(startsOn, endsOn)) return null;
  const weekEnd = toDayNumber(startsOn) + week * 7 - 1;
  return weekEnd > toDayNumber(endsOn) ? endsOn : fromDayNumber(weekEnd);
}

/** Whether a date falls within the term, both ends included. */
export function isWithinTerm(date: CalendarDate, startsOn: CalendarDate, endsOn: CalendarDate): boolean {
  return date >= startsOn && date <= endsOn;
}
