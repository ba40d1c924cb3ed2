import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import {
  addMonthsToDayNumber,
  civilFromDayNumber,
  type DayNumber,
  dayNumberFromCivil,
  daysInMonth,
} from "./day-number";

/** A date without a time, `YYYY-MM-DD`, in the student's time zone (see `calendarDateIn`). */
export type CalendarDate = string;

// Calendar dates travel as `YYYY-MM-DD` strings (what PostgreSQL's `date`, forms and URLs give) and every
// calculation on them goes through integer day numbers (day-number.ts): no Date is made, so the rules stay
// cheap inside per-student loops and no server or student time zone can shift a day.

/**
 * The day number of `YYYY-MM-DD`. Throws a RangeError on anything else, including impossible dates
 * (2023-02-29).
 */
export function toDayNumber(value: CalendarDate): DayNumber {
  const dayNumber = dayNumberOrNull(value);
  if (dayNumber === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return dayNumber;
}

/** `YYYY-MM-DD` of a day number. */
export function fromDayNumber(dayNumber: DayNumber): CalendarDate {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, "0");
  return `${yyyy}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

const DASH = 45;
const ZERO = 48;

/** The day number of a real `YYYY-MM-DD` date, or null. Character codes, not a regex: this runs in hot loops. */
function dayNumberOrNull(value: string): DayNumber | null {
  if (typeof value !== "string" || value.length !== 10) return null;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  // Years before 100 stay refused, as when this was checked with Date.UTC (which reads them as 19xx):
  // no record in this app is dated then, and a typo like 0026 should not pass as a date.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberFromCivil(year, month, day);
}

/** The number written in value[from, to), or -1 when a character there is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

export function isCalendarDate(value: string): boolean {
  return dayNumberOrNull(value) !== null;
}

/**
 * Orders two calendar dates (negative, zero, positive). Validated first, because `YYYY-MM-DD` strings only
 * compare correctly as strings when they really are in that shape.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  const x = toDayNumber(a);
  const y = toDayNumber(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The calendar date `days` days after `date` (before it when negative). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to`: 1 from one day to the next, negative when `to` is earlier. */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** `months` calendar months after `date`, clamped at month ends: 31 January + 1 month is 28 or 29 February. */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return fromDayNumber(addMonthsToDayNumber(toDayNumber(date), months));
}

/**
 * Turns `YYYY-MM-DD` into a date-fns-compatible date pinned to midnight UTC, for formatting with date-fns at
 * the edges (labels in components). Calendar arithmetic goes through day numbers instead. Throws a
 * RangeError on anything but a real `YYYY-MM-DD` date.
 */
export function parseCalendarDate(value: CalendarDate): UTCDate {
  const { year, month, day } = civilFromDayNumber(toDayNumber(value));
  return new UTCDate(year, month - 1, day);
}

/** Formats a date produced by `parseCalendarDate` (or any TZDate/UTCDate) back to `YYYY-MM-DD` in its own zone. */
export function formatCalendarDate(date: Date): CalendarDate {
  return format(date, "yyyy-MM-dd");
}
