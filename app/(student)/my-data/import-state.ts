import type { ImportPreviewRow, ImportResult } from "@/lib/data/student/my-data/contact-import";
import type { ContactCsvFormat, RawContactRow } from "@/lib/domain/linkedin-connections";
import type { ActionState } from "@/lib/validation/action-state";

// The import's two action states: the ActionState shape, plus the preview or the result.

export type ImportPreview = {
  importKey: string;
  format: ContactCsvFormat;
  fileName: string;
  rows: ImportPreviewRow[];
  /** The rows as read from the file, posted back with the confirmation and validated again there. */
  raw: RawContactRow[];
};

export type ImportPreviewState = ActionState & { preview?: ImportPreview };
export type ImportConfirmState = ActionState & { result?: ImportResult };
