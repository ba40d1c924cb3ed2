import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** "Fri 20 Nov 2026, 14:00 (Asia/Tokyo)": an instant as the clock reads in `timeZone`. */
export function formatInterviewTime(instant: Date, timeZone: string) {
  return `${format(new TZDate(instant.getTime(), timeZone), "EEE d MMM yyyy, HH:mm")} (${timeZone.replaceAll("_", " ")})`;
}

/** The form fields (date, time) for an instant in `timeZone`. */
export function localDateAndTime(instant: Date, timeZone: string) {
  const local = new TZDate(instant.getTime(), timeZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
