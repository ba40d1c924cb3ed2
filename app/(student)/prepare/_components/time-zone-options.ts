import { isValidTimeZone } from "@/lib/domain/time-zone";
import { zoneChoices } from "@/lib/domain/time-zone-names";

export type TimeZoneOption = { value: string; label: string };
export type TimeZoneOptions = { common: TimeZoneOption[]; all: TimeZoneOption[] };

const option = (zone: string) => ({ value: zone, label: zone.replaceAll("_", " ") });

/**
 * The profile's zones (common ones first, current names only: Asia/Kolkata, never Asia/Calcutta). The
 * stored zone is always offered, even an old name saved before, so the form never changes it silently.
 */
export function timeZoneOptions(current: string): TimeZoneOptions {
  const { common, all } = zoneChoices();
  const offered = [...common];
  if (isValidTimeZone(current) && !common.includes(current) && !all.includes(current))
    offered.unshift(current);
  return { common: offered.map(option), all: all.map(option) };
}
