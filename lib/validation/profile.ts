import { z } from "zod";
import { optionalText, requiredText, text } from "./fields";
import { ACADEMIC_YEARS } from "./form-options";
import { timeZoneSchema } from "./time-zone";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A person's name as the profile keeps it; a roster's name column is held to the same rule. */
export const personNameSchema = requiredText("your name", 100);

/** The first-sign-in step: what to call you and where your days start and end. */
export const welcomeSchema = z.object({
  name: personNameSchema,
  pronouns: optionalText(40),
  timeZone: timeZoneSchema,
});
export type WelcomeInput = z.output<typeof welcomeSchema>;

/** The whole profile. Empty optional fields mean "not given". */
export const profileSchema = welcomeSchema.extend({
  academicYear: z.union([z.literal(""), z.enum(ACADEMIC_YEARS)], { error: "Choose your year from the list" }),
  major: optionalText(100),
  expectedGraduation: text()
    .trim()
    .refine((v) => v === "" || MONTH.test(v), "Enter the month as YYYY-MM, for example 2027-05")
    .refine((v) => v === "" || (v >= "2000-01" && v <= "2100-12"), "Enter a month between 2000 and 2100"),
});
export type ProfileInput = z.output<typeof profileSchema>;

export const PROFILE_FORM_KEYS = [
  "name",
  "pronouns",
  "timeZone",
  "academicYear",
  "major",
  "expectedGraduation",
] as const;
