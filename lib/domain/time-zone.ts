import { type CalendarDate } from "./calendar-date";

/**
 * Whether `timeZone` is an IANA zone name this runtime knows ("America/New_York", "UTC"). Validate a
 * student's setting with this before storing it; `calendarDateIn` throws on anything else.
 */
export function isValidTimeZone(timeZone: string): boolean {
  return dayFormatter(timeZone) !== null;
}

// Building an Intl.DateTimeFormat costs far more than using one; dashboards ask about the same few
// zones thousands of times, so each zone's formatter (or its absence) is made once per process.
const dayFormatters = new Map<string, Intl.DateTimeFormat | null>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter =
        timeZone.trim() === ""
          ? null
          : new Intl.DateTimeFormat("en-US", {
              timeZone,
              year: "numeric",
              month: "2-digit",
              day: "2-digit",
            });
    } catch {
      formatter = null;
    }
    if (dayFormatters.size < 1000) dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

// What the en-US formatter above writes for years 1000–9999: month/day/year.
const US_DATE = /^\d{2}\/\d{2}\/\d{4}$/;

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
  const formatter = dayFormatter(timeZone);
  if (!formatter) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  // The formatted string ("03/09/2026") is read by position: formatToParts builds an object per part, and a
  // dashboard asks this for every student.
  const text = formatter.format(instant);
  if (US_DATE.test(text)) return `${text.slice(6)}-${text.slice(0, 2)}-${text.slice(3, 5)}`;
  // Years before 1000 or after 9999 are not written with four digits: take the parts as they come.
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
