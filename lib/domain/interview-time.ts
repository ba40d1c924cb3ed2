import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { isValidTimeZone } from "./time-zone";

function inZone(instant: Date, timeZone: string): TZDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("interview times need a valid instant");
  // TZDate quietly becomes an Invalid Date for an unknown zone; say which zone was wrong instead.
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return new TZDate(instant.getTime(), timeZone);
}

/** The schedule form's fields (date, time) for an instant, as the clock reads in `timeZone`. */
export function localDateAndTime(instant: Date, timeZone: string): { date: string; time: string } {
  const local = inZone(instant, timeZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}
