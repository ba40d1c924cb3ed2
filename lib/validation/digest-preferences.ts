import { z } from "zod";
import { text } from "./fields";

// The notifications form. Checkboxes send "on" when ticked and nothing when not; the weekday is "" for the
// instance's default or an ISO weekday (1 = Monday … 7 = Sunday), matching digest_preferences' CHECK.

const checkbox = z
  .enum(["on", "true", ""])
  .optional()
  .transform((v) => v === "on" || v === "true");

export const digestPreferencesSchema = z.object({
  studentDigest: checkbox,
  advisorDigest: checkbox,
  dailyReminder: checkbox,
  weekday: text()
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : Number(v)))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 7), "Choose a weekday"),
});
export type DigestPreferencesInput = z.output<typeof digestPreferencesSchema>;

export const DIGEST_PREFERENCES_FORM_KEYS = [
  "studentDigest",
  "advisorDigest",
  "dailyReminder",
  "weekday",
] as const;

/** The admin's digest preview: whose digest, which kind. */
export const digestPreviewSchema = z.object({
  userId: text().trim().min(1, "Choose a person").max(100),
  kind: z.enum(["student", "advisor"], { error: "Choose a digest" }),
});
export type DigestPreviewInput = z.output<typeof digestPreviewSchema>;
