import { type CalendarDate, fromDayNumber, toDayNumber } from "./calendar-date";
import { type DayNumber, isoWeekday } from "./day-number";

// Business days are Monday to Friday. Public and campus holidays are out of scope for now: they differ
// by country and institution, and a follow-up suggested on a holiday is harmless (it is a suggestion).
//
// Both rules are O(1): weekdays are numbered consecutively (five per week, counted from a Monday), so
// moving n business days or counting them is whole weeks × 5 plus the remainder, with no loop over days.

/**
 * The calendar date `n` business days after `date` (before it when `n` is negative). Starting on a
 * weekend counts from that weekend: Saturday + 1 is Monday. `n = 0` returns `date` unchanged.
 */
export function addBusinessDays(date: CalendarDate, n: number): CalendarDate {
  assertInteger(n);
  const day = toDayNumber(date);
  return n === 0 ? date : fromDayNumber(addBusinessDaysTo(day, n));
}

/** `addBusinessDays` on day numbers, for rules that keep their dates as numbers. */
export function addBusinessDaysTo(day: DayNumber, n: number): DayNumber {
  if (n === 0) return day;
  const weekday = isoWeekday(day);
  // From a weekend, going forward counts from its Friday (Saturday + 1 is Monday, like Friday + 1) and going
  // back counts from its Monday (Sunday - 1 is Friday, like Monday - 1), as date-fns does.
  const start = weekday <= 5 ? day : n > 0 ? day - (weekday - 5) : day + (8 - weekday);
  return dayOfWeekdayIndex(weekdayIndex(start) + n);
}

/**
 * The number of business days in (from, to]: after `from`, up to and including `to`; negative when `to`
 * is before `from`. So Friday → Monday is 1, Saturday → Monday is 1, Friday → Sunday is 0, and for a
 * weekday `d`, `businessDaysBetween(d, addBusinessDays(d, n)) === n`.
 */
export function businessDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return businessDaysFromTo(toDayNumber(from), toDayNumber(to));
}

/** `businessDaysBetween` on day numbers. */
export function businessDaysFromTo(from: DayNumber, to: DayNumber): number {
  // Counted forwards and negated (-0 for none, as callers have always received) when `to` comes first.
  if (to < from) return -businessDaysFromTo(to, from);
  // A weekend day adds nothing to (from, to], so moving either end back to its Friday leaves the count
  // unchanged; between two weekdays it is the difference of their indexes.
  return weekdayIndex(backToWeekday(to)) - weekdayIndex(backToWeekday(from));
}

// Monday 1970-01-05 is day 4. Weekday index 0 is that Monday, 4 its Friday, 5 the next Monday.
const FIRST_MONDAY = 4;

/** The index of a weekday (Monday to Friday) among all weekdays. */
function weekdayIndex(weekday: DayNumber): number {
  const week = Math.floor((weekday - FIRST_MONDAY) / 7);
  return week * 5 + (weekday - FIRST_MONDAY - week * 7);
}

function dayOfWeekdayIndex(index: number): DayNumber {
  const week = Math.floor(index / 5);
  return FIRST_MONDAY + week * 7 + (index - week * 5);
}

function backToWeekday(day: DayNumber): DayNumber {
  const weekday = isoWeekday(day);
  return weekday <= 5 ? day : day - (weekday - 5);
}

function assertInteger(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`Business days must be a whole number, got ${n}`);
}
