import { currentZoneName } from "@/lib/domain/time-zone-names";
import { isValidTimeZone } from "@/lib/domain/time-zone";
import { text } from "./fields";

/**
 * The one time-zone field of every form (the profile, the first-sign-in step, an interview's schedule): an
 * IANA zone this runtime knows, stored under its current name. An old alias a browser or an earlier save
 * still carries ("Asia/Calcutta", "Europe/Kiev") is accepted and saved as the name that replaced it.
 */
export const timeZoneSchema = text({ error: "Choose a time zone" })
  .trim()
  .min(1, "Choose a time zone")
  .transform(currentZoneName)
  .refine(isValidTimeZone, "Choose a time zone from the list");
