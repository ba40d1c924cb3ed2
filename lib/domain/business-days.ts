import {
  addBusinessDays as addBusinessDaysFns,
  differenceInBusinessDays,
  isWeekend,
  previousFriday,
} from "date-fns";
import { type CalendarDate, formatCalendarDate, parseCalendarDate } from "./calendar-date";

// Business days are Monday to Friday. Public and campus holidays are out of scope for now: they differ
// by country and institution, and a follow-up suggested on a holiday is harmless (it is a suggestion).

/**
 * The calendar date `n` business days after `date` (before it when `n` is negative). Starting on a
 * weekend counts from that weekend: Saturday + 1 is Monday. `n = 0` returns `date` unchanged.
 */
export function addBusinessDays(date: CalendarDate, n: number): CalendarDate {
  assertInteger(n);
  return formatCalendarDate(addBusinessDaysFns(parseCalendarDate(date), n));
}

/**
 * The number of business days in (from, to]: after `from`, up to and including `to`; negative when `to`
 * is before `from`. So Friday → Monday is 1, Saturday → Monday is 1, Friday → Sunday is 0, and for a
 * weekday `d`, `businessDaysBetween(d, addBusinessDays(d, n)) === n`.
 */
export function businessDaysBetween(from: CalendarDate, to: CalendarDate): number {
  const start = parseCalendarDate(from);
  const end = parseCalendarDate(to);
  if (end < start) return -businessDaysBetween(to, from);
  // date-fns counts weekend endpoints inconsistently (Fri → Sat is 1 but Sat → Mon is 0). A weekend day
  // adds nothing to (from, to], so moving either end back to its Friday leaves the answer unchanged and
  // gives date-fns two weekdays, where it is exact.
  return differenceInBusinessDays(toWeekday(end), toWeekday(start));
}

function toWeekday(date: Date): Date {
  return isWeekend(date) ? previousFriday(date) : date;
}

function assertInteger(n: number): void {
  if (!Number.isInteger(n)) throw new RangeError(`Business days must be a whole number, got ${n}`);
}
