"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/button";
import { controlClass, FieldFrame, fieldIds } from "@/components/field-frame";
import { FormAlert } from "@/components/form-alert";
import { useFileSizeLimit } from "@/components/use-file-size-limit";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/validation/uploads";
import type { ImportPreviewRow } from "@/lib/data/student/my-data/contact-import";
import { confirmImportAction, previewImportAction } from "../actions";
import type { ImportConfirmState, ImportPreview, ImportPreviewState } from "../import-state";
import { plural } from "@/lib/domain/plural";
import { SavedBanner } from "@/components/saved-banner";

const IDLE = { status: "idle", fieldErrors: {}, values: {} } as const;

const STATUS_LABEL: Record<ImportPreviewRow["status"], string> = {
  new: "New",
  duplicate: "Duplicate",
  invalid: "Can’t import",
};

const FILE_HINT =
  "A .csv file up to 1 MB: LinkedIn’s Connections.csv, or columns name, title, organization, email, phone, linkedin.";

/** Upload → preview with ticks → confirm. The preview saves nothing; the confirmation imports once. */
export function ContactImport() {
  const [previewState, previewAction, previewing] = useActionState<ImportPreviewState, FormData>(
    previewImportAction,
    IDLE,
  );
  const sizeLimit = useFileSizeLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
  const fileErrors = sizeLimit.error ? [sizeLimit.error] : previewState.fieldErrors.file;
  const ids = fieldIds("file", FILE_HINT, fileErrors);

  return (
    <div className="space-y-6">
      <p className="text-slate-700">
        To get your LinkedIn connections: LinkedIn → Settings → Data privacy → Get a copy of your data →
        Connections. Nothing is saved until you review the list and confirm.
      </p>
      <form action={previewAction} onSubmit={sizeLimit.onSubmit} className="space-y-4" noValidate>
        <FieldFrame ids={ids} label="Contacts file" hint={FILE_HINT} errors={fileErrors}>
          <input
            id={ids.inputId}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            onChange={sizeLimit.onChange}
            aria-invalid={ids.errorId ? true : undefined}
            aria-describedby={ids.describedBy}
            className={controlClass(Boolean(ids.errorId))}
          />
        </FieldFrame>
        <Button type="submit" variant="secondary" disabled={previewing}>
          {previewing ? "Reading…" : "Preview import"}
        </Button>
      </form>
      {previewState.preview && (
        <ImportConfirm key={previewState.preview.importKey} preview={previewState.preview} />
      )}
    </div>
  );
}

function ImportConfirm({ preview }: { preview: ImportPreview }) {
  const [state, confirmAction, importing] = useActionState<ImportConfirmState, FormData>(
    confirmImportAction,
    IDLE,
  );
  const [chosen, setChosen] = useState(
    () => new Set(preview.rows.filter((r) => r.status === "new").map((r) => r.index)),
  );
  const counts = {
    new: preview.rows.filter((r) => r.status === "new").length,
    duplicate: preview.rows.filter((r) => r.status === "duplicate").length,
    invalid: preview.rows.filter((r) => r.status === "invalid").length,
  };

  if (state.result) {
    const { imported, skippedDuplicates, skippedOther } = state.result;
    const parts = [`Imported ${plural(imported, "contact")}`];
    if (skippedDuplicates) parts.push(`skipped ${plural(skippedDuplicates, "duplicate")}`);
    if (skippedOther) parts.push(`skipped ${skippedOther} other ${skippedOther === 1 ? "row" : "rows"}`);
    return (
      <SavedBanner>
        {parts.join(", ")}.{" "}
        <Link href="/contacts" className="link-in-text">
          See your contacts
        </Link>
      </SavedBanner>
    );
  }

  const toggle = (index: number, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });

  return (
    <form action={confirmAction} className="space-y-4">
      <FormAlert id="import-error" message={state.formError} />
      <input type="hidden" name="importKey" value={preview.importKey} />
      <input type="hidden" name="format" value={preview.format} />
      <input type="hidden" name="rows" value={JSON.stringify(preview.raw)} />
      <p className="text-sm text-slate-700" role="status">
        {preview.fileName}
        {preview.format === "linkedin" ? " (LinkedIn connections)" : ""}: {counts.new} new, {counts.duplicate}{" "}
        possible {counts.duplicate === 1 ? "duplicate" : "duplicates"}, {counts.invalid} that can’t be
        imported. New people are ticked; tick a duplicate only if it is really someone else.
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-slate-900">
            Contacts found in {preview.fileName}
          </caption>
          <thead className="border-b border-slate-200 text-slate-700">
            <tr>
              <th scope="col" className="p-2">
                Import
              </th>
              <th scope="col" className="p-2">
                Name
              </th>
              <th scope="col" className="p-2">
                Title
              </th>
              <th scope="col" className="p-2">
                Organization
              </th>
              <th scope="col" className="p-2">
                Email
              </th>
              <th scope="col" className="p-2">
                LinkedIn
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.rows.map((row) => {
              const id = `import-row-${row.index}`;
              return (
                <tr key={row.index}>
                  <td className="p-2">
                    <input
                      id={id}
                      type="checkbox"
                      name="chosen"
                      value={row.index}
                      checked={chosen.has(row.index)}
                      disabled={row.status === "invalid"}
                      onChange={(e) => toggle(row.index, e.target.checked)}
                      aria-label={`Import ${row.name || `row ${row.index + 1}`}`}
                      className="size-5 rounded border-slate-400"
                    />
                  </td>
                  <th scope="row" className="p-2 font-medium">
                    {row.name || <span className="text-slate-500">(no name)</span>}
                  </th>
                  <td className="p-2">{row.title}</td>
                  <td className="p-2">{row.organization}</td>
                  <td className="p-2">{row.email}</td>
                  <td className="p-2 break-all">{row.linkedinUrl}</td>
                  <td className="p-2">
                    <span
                      className={
                        row.status === "new"
                          ? "text-green-800"
                          : row.status === "invalid"
                            ? "text-red-700"
                            : "text-amber-800"
                      }
                    >
                      {STATUS_LABEL[row.status]}
                    </span>
                    {row.reason && <span className="block text-slate-600">{row.reason}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Button type="submit" disabled={importing || chosen.size === 0}>
        {importing ? "Importing…" : `Import ${plural(chosen.size, "contact")}`}
      </Button>
    </form>
  );
}
