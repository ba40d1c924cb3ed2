import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";

/** A date without a time, `YYYY-MM-DD`, in the student's time zone (see `calendarDateIn`). */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Turns `YYYY-MM-DD` into a date-fns-compatible date pinned to midnight UTC. Calendar dates carry no zone,
 * and UTC has no DST, so date-fns arithmetic on the result never lands on a 23- or 25-hour day, whatever
 * zone the server runs in. Throws a RangeError on anything else, including impossible dates (2023-02-29).
 */
export function parseCalendarDate(value: CalendarDate): UTCDate {
  const parts = calendarDateParts(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  // UTCDate, not TZDate(…, "UTC"): the same arithmetic without an Intl lookup per call, which made a
  // 500-student dashboard spend most of its time computing time-zone offsets of UTC.
  return new UTCDate(parts[0], parts[1] - 1, parts[2]);
}

/** [year, month, day] of a real `YYYY-MM-DD` date, or null. Plain arithmetic: this runs in hot loops. */
function calendarDateParts(value: string): [number, number, number] | null {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls 2023-02-29 over to March 1; the round trip catches it.
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? [year, month, day] : null;
}

/** Formats a date produced by `parseCalendarDate` (or any TZDate/UTCDate) back to `YYYY-MM-DD` in its own zone. */
export function formatCalendarDate(date: Date): CalendarDate {
  return format(date, "yyyy-MM-dd");
}

export function isCalendarDate(value: string): boolean {
  return calendarDateParts(value) !== null;
}

/**
 * Orders two calendar dates (negative, zero, positive). Validated first, because `YYYY-MM-DD` strings only
 * compare correctly as strings when they really are in that shape.
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  for (const value of [a, b]) {
    if (!isCalendarDate(value))
      throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
