import { z } from "zod";
import { formVersion, text } from "./fields";

export const MAX_ALLOWED_DOMAINS = 50;

// A host name like uni.edu or mail.uni.ac.uk: the same label rules the sign-in address check uses.
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * The allowed-domains box: one domain per line (commas and spaces also separate), "@uni.edu" accepted
 * as "uni.edu", lower-cased, duplicates dropped. Each bad entry is named, so it can be found and fixed.
 */
export const allowedDomainsField = text()
  .optional()
  .transform((text) => [
    ...new Set(
      (text ?? "")
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ])
  .superRefine((domains, ctx) => {
    const bad = domains.filter((d) => d.length > 253 || !DOMAIN.test(d));
    if (bad.length > 0) {
      ctx.addIssue({
        code: "custom",
        message: `${bad.map((d) => `“${d}”`).join(", ")} ${bad.length === 1 ? "isn't a domain" : "aren't domains"}. Enter domains like university.edu, one per line.`,
      });
    } else if (domains.length > MAX_ALLOWED_DOMAINS) {
      ctx.addIssue({ code: "custom", message: `List at most ${MAX_ALLOWED_DOMAINS} domains` });
    }
  });

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Enter ${label}` })
    .int(`Enter ${label} as a whole number`)
    .min(min, `Enter ${label} from ${min} to ${max}`)
    .max(max, `Enter ${label} from ${min} to ${max}`);

/** Blank: never purge. Otherwise whole days, the range the database's CHECK allows. */
const retentionDaysField = text()
  .optional()
  .transform((value, ctx): number | null => {
    const typed = (value ?? "").trim();
    if (typed === "") return null;
    const days = Number(typed);
    if (!/^\d+$/.test(typed) || days < 30 || days > 3650) {
      ctx.addIssue({ code: "custom", message: "Enter from 30 to 3650 days, or leave the box empty" });
      return z.NEVER;
    }
    return days;
  });

export const instanceSettingsFields = z
  .object({
    allowedEmailDomains: allowedDomainsField,
    // The ranges match the database's CHECKs (migration 0005).
    thankYouDueBusinessDays: wholeNumber("the business days", 0, 10),
    thankYouOverdueDays: wholeNumber("the days", 1, 30),
    digestWeekday: z.coerce
      .number({ error: "Choose a weekday" })
      .int("Choose a weekday")
      .min(1, "Choose a weekday")
      .max(7, "Choose a weekday"),
    archivedCohortRetentionDays: retentionDaysField,
  })
  // n business days are never fewer than n calendar days, so this only catches the plainly backwards case.
  .refine(
    (v) => !inRange(v.thankYouDueBusinessDays, 0, 10) || v.thankYouOverdueDays >= v.thankYouDueBusinessDays,
    {
      path: ["thankYouOverdueDays"],
      message: "A thank-you can't be overdue before it is due: use at least as many days as the due line",
    },
  );
export type InstanceSettingsInput = z.output<typeof instanceSettingsFields>;

export const updateInstanceSettingsSchema = instanceSettingsFields.safeExtend({ version: formVersion });
export type UpdateInstanceSettingsInput = z.output<typeof updateInstanceSettingsSchema>;
export const INSTANCE_SETTINGS_FORM_KEYS = [
  "allowedEmailDomains",
  "thankYouDueBusinessDays",
  "thankYouOverdueDays",
  "digestWeekday",
  "archivedCohortRetentionDays",
] as const;
