import { TZDate, tzName } from "@date-fns/tz";
import { format } from "date-fns";
import { isValidTimeZone } from "./time-zone";

function inZone(instant: Date, timeZone: string): TZDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("interview times need a valid instant");
  // TZDate quietly becomes an Invalid Date for an unknown zone; say which zone was wrong instead.
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return new TZDate(instant.getTime(), timeZone);
}

/**
 * When an interview starts, as the clock reads where it happens ("Thu 3 Dec, 14:00 EST"), followed by
 * the student's own clock when that reads differently ("(20:00 your time)", or "(Fri 4 Dec, 04:00 your
 * time)" across midnight). The year is shown only when it isn't the student's current one. The zone is
 * Intl's short name: an abbreviation where one is in common use (EST, GMT, UTC), else an offset (GMT+9).
 */
export function formatInterviewTime(
  startsAt: Date,
  interviewZone: string,
  viewer: { timeZone: string; now: Date },
): string {
  const there = inZone(startsAt, interviewZone);
  const here = inZone(startsAt, viewer.timeZone);
  const thisYear = format(inZone(viewer.now, viewer.timeZone), "yyyy");
  const day = format(there, "yyyy") === thisYear ? "EEE d MMM" : "EEE d MMM yyyy";
  const main = `${format(there, `${day}, HH:mm`)} ${tzName(interviewZone, startsAt, "short")}`;

  // Zones with different names can share a clock (New York and Detroit): nothing to convert then.
  if (format(here, "yyyy-MM-dd HH:mm") === format(there, "yyyy-MM-dd HH:mm")) return main;
  const sameDay = format(here, "yyyy-MM-dd") === format(there, "yyyy-MM-dd");
  return `${main} (${format(here, sameDay ? "HH:mm" : "EEE d MMM, HH:mm")} your time)`;
}

/** The schedule form's fields (date, time) for an instant, as the clock reads in `timeZone`. */
export function localDateAndTime(instant: Date, timeZone: string): { date: string; time: string } {
  const local = inZone(instant, timeZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}
