import { z } from "zod";
import { CONTACT_SOURCES, KEEP_IN_TOUCH_CADENCES } from "@/lib/domain/vocabulary";
import {
  checkbox,
  creationKey,
  formVersion,
  optionalId,
  optionalText,
  recordId,
  requiredText,
  text,
} from "./fields";

// A select left on its placeholder posts "": treat it as "not chosen" so the default applies.
const blankAsMissing = (v: unknown) => (v === "" ? undefined : v);

/** Stored lower-cased, so duplicate checks and search compare like with like. */
const optionalEmail = text()
  .trim()
  .toLowerCase()
  .max(254, "Keep the email address under 254 characters")
  .optional()
  .transform((v) => v || null)
  .refine(
    (v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
    "Enter an email address like name@example.com",
  );

const optionalPhone = text()
  .trim()
  .max(40, "Keep the phone number under 40 characters")
  .optional()
  .transform((v) => v || null)
  .refine(
    (v) => v === null || /^[0-9 +\-().]+$/.test(v),
    "Use only digits, spaces and + - ( ) . in a phone number",
  );

// The database accepts only "https://" (case-sensitive), so a pasted "HTTPS://" is normalised first.
const linkedinAddress = text()
  .trim()
  .max(500, "Keep the LinkedIn address under 500 characters")
  .optional()
  .transform((v) => (v ? v.replace(/^https:\/\//i, "https://") : null))
  .refine(
    (v) => v === null || /^https:\/\/[^\s]+\.[^\s]+$/.test(v),
    "Enter a LinkedIn address starting with https://",
  );

export const contactFields = z.object({
  name: requiredText("the person's name"),
  title: optionalText(200),
  organizationId: optionalId,
  email: optionalEmail,
  phone: optionalPhone,
  linkedinUrl: linkedinAddress,
  source: z.preprocess(
    blankAsMissing,
    z.enum(CONTACT_SOURCES, { error: "Choose how you found this person" }).default("other"),
  ),
  notes: optionalText(),
  notesPrivate: checkbox,
  referredByContactId: optionalId,
  keepInTouchCadence: z.preprocess(
    blankAsMissing,
    z.enum(KEEP_IN_TOUCH_CADENCES, { error: "Choose how often to keep in touch" }).default("off"),
  ),
});

export const createContactSchema = contactFields.extend({ creationKey });
export const updateContactSchema = contactFields.extend({ id: recordId, version: formVersion });

export type ContactInput = z.output<typeof contactFields>;
export const CONTACT_FORM_KEYS = [
  "name",
  "title",
  "organizationId",
  "email",
  "phone",
  "linkedinUrl",
  "source",
  "notes",
  "notesPrivate",
  "referredByContactId",
  "keepInTouchCadence",
] as const;
