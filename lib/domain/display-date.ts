import { type CalendarDate, toDayNumber } from "./calendar-date";
import { civilFromDayNumber, isoWeekday } from "./day-number";
import { calendarDateIn } from "./time-zone";

// date-fns's English short month names ("MMM"), written out: this label is built for every flag and goal on
// a dashboard, and the property tests hold it to date-fns's `format(…, "d MMM yyyy")`.
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A calendar date as people read it in labels, flags and digests: "15 Oct 2026". Day-month order with a
 * short month name is unambiguous for readers on both sides of the Atlantic, unlike 10/15/2026.
 */
export function formatDisplayDate(date: CalendarDate): string {
  const { year, month, day } = civilFromDayNumber(toDayNumber(date));
  return `${day} ${SHORT_MONTHS[month - 1]} ${String(year).padStart(4, "0")}`;
}

const SHORT_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/** Dates this many days either side of today are "near": the weekday says more than the year. */
const NEAR_DAYS = 60;

/**
 * A calendar date relative to the student's today, as every student page and digest shows one: "Wed 2 Dec"
 * when it is within two months either side of today, "2 Dec 2026" otherwise.
 */
export function formatNearDate(date: CalendarDate, today: CalendarDate): string {
  const day = toDayNumber(date);
  if (Math.abs(day - toDayNumber(today)) > NEAR_DAYS) return formatDisplayDate(date);
  const { month, day: dayOfMonth } = civilFromDayNumber(day);
  const weekday = SHORT_WEEKDAYS[isoWeekday(day) - 1];
  return `${weekday} ${dayOfMonth} ${SHORT_MONTHS[month - 1]}`;
}

/** The phrase beside an absolute date in lists: "today", "tomorrow", "in 3 days", "yesterday", "5 days ago". */
export function relativeDay(date: CalendarDate, today: CalendarDate): string {
  const days = toDayNumber(date) - toDayNumber(today);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const clocks = new Map<string, Intl.DateTimeFormat>();

/** The time of day on the student's clock, 24-hour: "14:05". */
export function formatTimeOfDay(at: Date, timeZone: string): string {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    clocks.set(timeZone, clock);
  }
  return clock.format(at);
}

/**
 * A moment in a list (a comment posted, a record viewed, an event logged), on the student's calendar and
 * clock: "Today, 14:05", "Yesterday, 09:30", "Tue 17 Nov, 16:30", "31 Dec 2025, 10:00".
 */
export function formatMoment(at: Date, timeZone: string, now: Date): string {
  const day = calendarDateIn(at, timeZone);
  const today = calendarDateIn(now, timeZone);
  const time = formatTimeOfDay(at, timeZone);
  // The day before on the calendar, not 24 hours back: a DST day lasts 23 or 25 hours.
  const daysAgo = toDayNumber(today) - toDayNumber(day);
  if (daysAgo === 0) return `Today, ${time}`;
  if (daysAgo === 1) return `Yesterday, ${time}`;
  return `${formatNearDate(day, today)}, ${time}`;
}

// One formatter per zone for its short name ("EST", "GMT+9"), as for the clock above.
const zoneNames = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at that instant: an abbreviation where one is in common use (EST, UTC), else an offset. */
function shortZoneName(at: Date, timeZone: string): string {
  let names = zoneNames.get(timeZone);
  if (!names) {
    names = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" });
    zoneNames.set(timeZone, names);
  }
  return names.formatToParts(at).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * When something happens in another zone (an interview), as the clock reads there, in the same words as
 * every other date: "Thu 3 Dec, 14:00 EST", followed by the student's own clock when that reads differently
 * ("(20:00 your time)", or "(Fri 4 Dec, 04:00 your time)" across midnight). Dates are near or far from the
 * student's today as formatNearDate has them. Throws a RangeError for a zone nobody knows.
 */
export function formatInterviewTime(
  startsAt: Date,
  interviewZone: string,
  viewer: { timeZone: string; now: Date },
): string {
  if (Number.isNaN(startsAt.getTime())) throw new RangeError("interview times need a valid instant");
  const today = calendarDateIn(viewer.now, viewer.timeZone);
  const dayThere = calendarDateIn(startsAt, interviewZone);
  const timeThere = formatTimeOfDay(startsAt, interviewZone);
  const main = `${formatNearDate(dayThere, today)}, ${timeThere} ${shortZoneName(startsAt, interviewZone)}`;

  // Zones with different names can share a clock (New York and Detroit): nothing to convert then.
  const dayHere = calendarDateIn(startsAt, viewer.timeZone);
  const timeHere = formatTimeOfDay(startsAt, viewer.timeZone);
  if (dayHere === dayThere && timeHere === timeThere) return main;
  return `${main} (${dayHere === dayThere ? timeHere : `${formatNearDate(dayHere, today)}, ${timeHere}`} your time)`;
}
