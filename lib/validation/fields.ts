import { z } from "zod";

// Field shapes shared by every form, URL and upload. Form posts are strings; these turn them into clean
// values. Every string schema starts from `text()` (lint keeps `z.string()` out of the other files here).

// C0 and C1 control characters and DEL, less tab, line feed and carriage return, which text areas hold.
// PostgreSQL refuses NUL in text (a 500, and the typed text lost), and none of the rest shows on screen.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
export const CONTROL_CHARACTER_MESSAGE =
  "Remove the invisible control character from this text (it often comes with text pasted from another program)";

export function hasNoControlCharacters(value: string): boolean {
  return !CONTROL_CHARACTER.test(value);
}

/** The one refinement every string from outside passes: a form field, a URL segment, a search, a file cell. */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(hasNoControlCharacters, CONTROL_CHARACTER_MESSAGE);

/** A record's id from a form or a URL; what it names is checked (and scoped) by lib/data. */
export const recordId = text().min(1).max(100);

// Characters that take no space: a name made of them only looks empty, and is.
const INVISIBLE =
  /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF]/g;
// Bidirectional overrides and isolates reorder the text around them: "Ana\u202Egpj.exe" shows as "Anaexe.jpg".
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** A name or title someone must give: visible characters, no text-direction tricks. */
export const requiredText = (label: string, max = 200) =>
  text({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max} characters`)
    .refine((v) => v === "" || v.replace(INVISIBLE, "") !== "", `Enter ${label}`)
    .refine((v) => !BIDI_CONTROL.test(v), `Remove the invisible text-direction characters from ${label}`);

export const optionalText = (max = 5000) =>
  text()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .optional()
    .transform((v) => v ?? "");

/** An empty field means "none". */
export const optionalId = text()
  .trim()
  .max(100)
  .optional()
  .transform((v) => (v ? v : null));

/** A checkbox posts "on" when ticked and nothing otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

export const webAddress = (message: string) =>
  text()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), message);

/** The version a form was opened at; a save from an older version is refused, not merged. */
export const formVersion = z.coerce.number({ error: "Reload the page and try again" }).int().min(1);

/** One per rendered "new" form: a double-clicked submit sends the same key twice and creates one record. */
export const creationKey = z.uuid({ error: "Reload the page and try again" });
