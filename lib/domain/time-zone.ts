import { TZDate } from "@date-fns/tz";
import { type CalendarDate, formatCalendarDate } from "./calendar-date";

/**
 * Whether `timeZone` is an IANA zone name this runtime knows ("America/New_York", "UTC"). Validate a
 * student's setting with this before storing it; `calendarDateIn` throws on anything else.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone a student's dates are judged in: their stored choice, or UTC until they make a valid one. */
export function studentTimeZone(stored: string | null | undefined): string {
  return stored && isValidTimeZone(stored) ? stored : "UTC";
}

/**
 * The calendar date an instant falls on for someone in `timeZone`: what "today" means for the student,
 * whatever zone the server runs in. 02:30 UTC on 10 March is still 9 March in New York.
 */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("calendarDateIn needs a valid instant");
  // TZDate quietly becomes an Invalid Date for an unknown zone; say which zone was wrong instead.
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return formatCalendarDate(new TZDate(instant.getTime(), timeZone));
}
