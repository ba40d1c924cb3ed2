import { z } from "zod";
import { MAX_IMPORT_ROWS, normaliseLinkedinUrl } from "@/lib/domain/linkedin-connections";
import { contactFields } from "./contact";
import { optionalText, requiredText, text } from "./fields";

/** One imported row, checked like the contact form checks a typed contact. */
export const importRowSchema = z.object({
  name: requiredText("a name"),
  title: optionalText(200),
  organization: optionalText(200),
  email: contactFields.shape.email,
  phone: contactFields.shape.phone,
  // A LinkedIn export's own column: an address that isn't a LinkedIn profile is dropped, not an error.
  linkedinUrl: text().optional().transform(normaliseLinkedinUrl),
});
export type ImportRow = z.output<typeof importRowSchema>;

const rawCell = text().max(5000);

/**
 * What the confirm form posts back: the rows the preview showed (as raw text, validated again row by row
 * before anything is saved), which of them are ticked, and the preview's one-time key.
 */
export const importConfirmSchema = z.object({
  importKey: z.uuid({ error: "Reload the page and upload the file again" }),
  format: z.enum(["linkedin", "plain"]),
  rows: z
    .array(
      z.object({
        name: rawCell,
        title: rawCell,
        organization: rawCell,
        email: rawCell,
        phone: rawCell,
        linkedinUrl: rawCell,
      }),
    )
    .min(1)
    .max(MAX_IMPORT_ROWS),
  chosen: z.array(z.number().int().min(0)).max(MAX_IMPORT_ROWS),
});
export type ImportConfirmInput = z.output<typeof importConfirmSchema>;

const FIELD_LABEL: Record<string, string> = {
  name: "Name",
  title: "Title",
  organization: "Organization",
  email: "Email",
  phone: "Phone",
};

/** Why a row can't be imported, in one sentence: its first problem. */
export function importRowProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = String(issue?.path[0] ?? "");
  return `${FIELD_LABEL[field] ?? "Row"}: ${issue?.message ?? "not valid"}`;
}
