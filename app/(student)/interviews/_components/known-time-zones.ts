/** Every zone this runtime knows, for the schedule form's select; UTC first if Intl leaves it out. */
export function knownTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
