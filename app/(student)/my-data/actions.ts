"use server";

import { revalidatePath } from "next/cache";
import { importContacts, previewContactImport } from "@/lib/data/student/my-data/contact-import";
import { requireStudent } from "@/lib/data/student/scope";
import { parseContactCsv } from "@/lib/domain/linkedin-connections";
import { importConfirmSchema } from "@/lib/validation/contact-import";
import type { ImportConfirmState, ImportPreviewState } from "./import-state";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/uploads";

const PARSE_ERROR = {
  "no-header":
    "No header row found. The first row of your file (after any notes) should name its columns: name, title, organization, email, phone, linkedin — or be LinkedIn's Connections.csv.",
  "no-rows": "The file has a header row but no contacts under it.",
  "too-many-rows": "That file has more than 3,000 contacts. Split it into smaller files and import each one.",
} as const;

/** Step 1: read the uploaded file and show what would be imported. Nothing is saved. */
export async function previewImportAction(
  _previous: ImportPreviewState,
  formData: FormData,
): Promise<ImportPreviewState> {
  await requireStudent();
  const file = formData.get("file");
  const fail = (message: string): ImportPreviewState => ({
    status: "error",
    fieldErrors: { file: [message] },
    values: {},
  });
  if (!(file instanceof File) || file.size === 0) return fail("Choose a .csv file to import.");
  if (!/\.csv$/i.test(file.name))
    return fail("That isn't a CSV file. Choose a file whose name ends in .csv.");
  if (file.size > MAX_UPLOAD_BYTES)
    return fail("That file is larger than 1 MB. Split it and import each part.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return fail("That file isn't readable text. Save it as CSV (UTF-8) and try again.");
  }
  const parsed = parseContactCsv(text);
  if (!parsed.ok) return fail(PARSE_ERROR[parsed.error]);
  const rows = await previewContactImport(parsed.rows);
  return {
    status: "success",
    fieldErrors: {},
    values: {},
    preview: {
      importKey: crypto.randomUUID(),
      format: parsed.format,
      fileName: file.name,
      rows,
      raw: parsed.rows,
    },
  };
}

/** Step 2: import the ticked rows, once per preview (its key makes a double-click harmless). */
export async function confirmImportAction(
  _previous: ImportConfirmState,
  formData: FormData,
): Promise<ImportConfirmState> {
  await requireStudent();
  const again = "Something about this import changed. Upload the file again to see a fresh preview.";
  let rows: unknown;
  try {
    rows = JSON.parse(String(formData.get("rows") ?? ""));
  } catch {
    return { status: "error", fieldErrors: {}, formError: again, values: {} };
  }
  const parsed = importConfirmSchema.safeParse({
    importKey: formData.get("importKey"),
    format: formData.get("format"),
    rows,
    chosen: formData.getAll("chosen").map(Number),
  });
  if (!parsed.success) return { status: "error", fieldErrors: {}, formError: again, values: {} };
  const result = await importContacts(parsed.data);
  if (result.imported > 0) {
    revalidatePath("/contacts", "layout");
    revalidatePath("/research", "layout");
  }
  return { status: "success", fieldErrors: {}, values: {}, result };
}
