import { type CalendarDate, fromDayNumber } from "./calendar-date";

/**
 * Whether `timeZone` is an IANA zone name this runtime knows ("America/New_York", "UTC"). Validate a
 * student's setting with this before storing it; `calendarDateIn` throws on anything else.
 */
export function isValidTimeZone(timeZone: string): boolean {
  return zoneDays(timeZone) !== null;
}

type ZoneDays = {
  formatter: Intl.DateTimeFormat;
  /** Dates already worked out, by instant: a dashboard asks about the same `now` for every student. */
  recent: Map<number, CalendarDate>;
};

// Building an Intl.DateTimeFormat costs far more than using one; dashboards ask about the same few
// zones thousands of times, so each zone's formatter (or its absence) is made once per process.
const zones = new Map<string, ZoneDays | null>();
const RECENT_LIMIT = 512;

function zoneDays(timeZone: string): ZoneDays | null {
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    try {
      zone =
        timeZone.trim() === ""
          ? null
          : {
              formatter: new Intl.DateTimeFormat("en-US", {
                timeZone,
                year: "numeric",
                month: "2-digit",
                day: "2-digit",
              }),
              recent: new Map(),
            };
    } catch {
      zone = null;
    }
    if (zones.size < 1000) zones.set(timeZone, zone);
  }
  return zone;
}

// What the en-US formatter above writes for years 1000–9999: month/day/year.
const US_DATE = /^\d{2}\/\d{2}\/\d{4}$/;
const DAY_MS = 86_400_000;
// Between these instants a UTC date has four-digit years, as the formatter would write them.
const FOUR_DIGIT_YEARS = [Date.UTC(1000, 0, 1), Date.UTC(10_000, 0, 1)] as const;

/** The zone a student's dates are judged in: their stored choice, or UTC until they make a valid one. */
export function studentTimeZone(stored: string | null | undefined): string {
  return stored && isValidTimeZone(stored) ? stored : "UTC";
}

/**
 * The calendar date an instant falls on for someone in `timeZone`: what "today" means for the student,
 * whatever zone the server runs in. 02:30 UTC on 10 March is still 9 March in New York.
 */
export function calendarDateIn(instant: Date, timeZone: string): CalendarDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("calendarDateIn needs a valid instant");
  // UTC, every student's zone until they choose one, needs no Intl: its days are plain 24-hour blocks.
  if (timeZone === "UTC" && ms >= FOUR_DIGIT_YEARS[0] && ms < FOUR_DIGIT_YEARS[1]) {
    return utcDate(Math.floor(ms / DAY_MS));
  }
  const zone = zoneDays(timeZone);
  if (!zone) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  let date = zone.recent.get(ms);
  if (date === undefined) {
    date = formatDate(zone.formatter, instant);
    if (zone.recent.size >= RECENT_LIMIT) zone.recent.clear();
    zone.recent.set(ms, date);
  }
  return date;
}

// The same few hundred days come up for every student of a dashboard (joined, last active, today): the
// same string each time rather than a new one, which the garbage collector would have to clear.
const utcDates = new Map<number, CalendarDate>();

function utcDate(dayNumber: number): CalendarDate {
  let date = utcDates.get(dayNumber);
  if (date === undefined) {
    date = fromDayNumber(dayNumber);
    if (utcDates.size >= RECENT_LIMIT) utcDates.clear();
    utcDates.set(dayNumber, date);
  }
  return date;
}

function formatDate(formatter: Intl.DateTimeFormat, instant: Date): CalendarDate {
  // The formatted string ("03/09/2026") is read by position: formatToParts builds an object per part.
  const text = formatter.format(instant);
  if (US_DATE.test(text)) return `${text.slice(6)}-${text.slice(0, 2)}-${text.slice(3, 5)}`;
  // Years before 1000 or after 9999 are not written with four digits: take the parts as they come.
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
