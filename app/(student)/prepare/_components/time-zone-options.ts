import { isValidTimeZone } from "@/lib/domain/time-zone";

export type TimeZoneOption = { value: string; label: string };
export type TimeZoneOptions = { common: TimeZoneOption[]; all: TimeZoneOption[] };

// Where most students and the people they interview are; the full list follows for everyone else.
const COMMON = [
  "UTC",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Toronto",
  "America/Halifax",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Madrid",
  "Europe/Athens",
  "Africa/Lagos",
  "Africa/Nairobi",
  "Africa/Johannesburg",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Asia/Seoul",
  "Australia/Sydney",
  "Pacific/Auckland",
];

const option = (zone: string) => ({ value: zone, label: zone.replaceAll("_", " ") });

/**
 * The zones to offer, from this runtime's own list, so every choice passes `isValidTimeZone`. The stored
 * zone is always offered, even when the runtime lists it under another name (it omits "UTC", for one).
 */
export function timeZoneOptions(current: string): TimeZoneOptions {
  const common = COMMON.filter(isValidTimeZone);
  if (isValidTimeZone(current) && !common.includes(current)) common.unshift(current);
  const all = Intl.supportedValuesOf("timeZone").filter((zone) => !common.includes(zone));
  return { common: common.map(option), all: all.map(option) };
}
