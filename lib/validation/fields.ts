import { z } from "zod";

// Field shapes shared by the student's forms. Form posts are strings; these turn them into clean values.

export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max} characters`);

export const optionalText = (max = 5000) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .optional()
    .transform((v) => v ?? "");

/** An empty field means "none". */
export const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null));

/** A checkbox posts "on" when ticked and nothing otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

export const webAddress = (message: string) =>
  z
    .string()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), message);

/** The version a form was opened at; a save from an older version is refused, not merged. */
export const formVersion = z.coerce.number({ error: "Reload the page and try again" }).int().min(1);

/** One per rendered "new" form: a double-clicked submit sends the same key twice and creates one record. */
export const creationKey = z.uuid({ error: "Reload the page and try again" });
