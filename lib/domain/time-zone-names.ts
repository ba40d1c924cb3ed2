import { isValidTimeZone } from "./time-zone";

/**
 * Old IANA names and the names that replaced them. Runtimes still report the old ones (ICU keeps CLDR's
 * "Asia/Calcutta" and "Europe/Kiev", so Node and Chrome list and detect them), and students should see the
 * names they know: Kolkata, Kyiv.
 */
export const CURRENT_ZONE_NAME: Readonly<Record<string, string>> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Europe/Kiev": "Europe/Kyiv",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Rangoon": "Asia/Yangon",
  "America/Godthab": "America/Nuuk",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Africa/Asmera": "Africa/Asmara",
  "Pacific/Enderbury": "Pacific/Kanton",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Mendoza": "America/Argentina/Mendoza",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
  "Etc/UTC": "UTC",
  "Etc/GMT": "UTC",
  GMT: "UTC",
};

/** The current name of a zone: "Asia/Calcutta" → "Asia/Kolkata"; a current name is returned as it is. */
export function currentZoneName(zone: string): string {
  return CURRENT_ZONE_NAME[zone] ?? zone;
}

/** Where most students and the people they interview are: offered first, before the full list. */
export const COMMON_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/Toronto",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Kyiv",
  "Africa/Lagos",
  "Africa/Nairobi",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
  "UTC",
] as const;

export type ZoneChoices = { common: string[]; all: string[] };

let cached: ZoneChoices | null = null;

/**
 * The zones a student may choose: the common ones first, then every other zone this runtime knows, each
 * under its current name and once, alphabetically. Every choice passes `isValidTimeZone`.
 */
export function zoneChoices(): ZoneChoices {
  if (cached) return cached;
  const common = COMMON_ZONES.filter(isValidTimeZone);
  const rest = new Set<string>();
  for (const zone of Intl.supportedValuesOf("timeZone")) {
    const name = currentZoneName(zone);
    if (!common.includes(name as (typeof COMMON_ZONES)[number]) && isValidTimeZone(name)) rest.add(name);
  }
  cached = { common: [...common], all: [...rest].sort() };
  return cached;
}
