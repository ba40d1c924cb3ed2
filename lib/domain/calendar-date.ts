import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** A date without a time, `YYYY-MM-DD`, in the student's time zone (see `calendarDateIn`). */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns `YYYY-MM-DD` into a date-fns-compatible date pinned to midnight UTC. Calendar dates carry no zone,
 * and UTC has no DST, so date-fns arithmetic on the result never lands on a 23- or 25-hour day, whatever
 * zone the server runs in. Throws a RangeError on anything else, including impossible dates (2023-02-29).
 */
export function parseCalendarDate(value: CalendarDate): TZDate {
  const match = CALENDAR_DATE.exec(value);
  if (match) {
    const date = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), "UTC");
    // The Date constructor rolls 2023-02-29 over to March 1; the round trip catches it.
    if (formatCalendarDate(date) === value) return date;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}

/** Formats a date produced by `parseCalendarDate` (or any TZDate) back to `YYYY-MM-DD` in its own zone. */
export function formatCalendarDate(date: Date): CalendarDate {
  return format(date, "yyyy-MM-dd");
}

export function isCalendarDate(value: string): boolean {
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Orders two calendar dates (negative, zero, positive). Validated first, because `YYYY-MM-DD` strings only
 * compare correctly as strings when they really are in that shape.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  parseCalendarDate(a);
  parseCalendarDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
