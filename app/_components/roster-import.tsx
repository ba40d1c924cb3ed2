"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/button";
import { controlClass, FieldFrame, fieldIds } from "@/components/field-frame";
import { FormAlert } from "@/components/form-alert";
import { SelectField } from "@/components/select-field";
import { TextArea } from "@/components/text-area";
import { useFileSizeLimit } from "@/components/use-file-size-limit";
import type { RosterStatus } from "@/lib/domain/roster";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/validation/uploads";
import type { RosterConfirmViewState, RosterPreviewView, RosterPreviewViewState } from "./roster-import-view";

const IDLE = { status: "idle", fieldErrors: {}, values: {} } as const;

const STATUS_TONE: Record<RosterStatus, string> = {
  invite: "text-green-800",
  enrol: "text-green-800",
  "already-enrolled": "text-slate-700",
  "already-invited": "text-slate-700",
  "already-registered": "text-amber-800",
  "not-a-student": "text-amber-800",
  inactive: "text-amber-800",
  malformed: "text-red-700",
  "duplicate-in-file": "text-amber-800",
};

type Option = { value: string; label: string };

/**
 * Upload (or paste) → preview, which saves nothing → confirm. Admins and advisors share it; their actions
 * decide what each row means and word the outcome (app/_components/roster-import-view.ts).
 */
export function RosterImport<P extends RosterPreviewViewState, C extends RosterConfirmViewState>({
  previewAction,
  confirmAction,
  hiddenFields = {},
  paste,
  file,
  choices,
}: {
  previewAction: (previous: P, formData: FormData) => Promise<P>;
  confirmAction: (previous: C, formData: FormData) => Promise<C>;
  /** Sent with the preview, e.g. the cohort the roster is for. */
  hiddenFields?: Record<string, string>;
  paste?: { label: string; hint: string };
  file: { label: string; hint: string; required: boolean };
  /** Who everyone is invited as, and into which cohort (an admin's roster). */
  choices?: { roles: Option[]; cohorts: Option[] };
}) {
  const [state, preview, previewing] = useActionState<P, FormData>(previewAction, IDLE as Awaited<P>);
  const sizeLimit = useFileSizeLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
  const fileErrors = sizeLimit.error ? [sizeLimit.error] : state.fieldErrors.file;
  const fileIds = fieldIds("file", file.hint, fileErrors, "roster-file");
  return (
    <div className="space-y-6">
      <form action={preview} onSubmit={sizeLimit.onSubmit} className="space-y-5" noValidate>
        {Object.entries(hiddenFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {paste && (
          <TextArea
            id="roster-text"
            name="roster"
            label={paste.label}
            hint={paste.hint}
            rows={5}
            defaultValue={state.values.roster ?? ""}
            errors={state.fieldErrors.roster}
          />
        )}
        <FieldFrame ids={fileIds} label={file.label} hint={file.hint} errors={fileErrors}>
          <input
            id={fileIds.inputId}
            name="file"
            type="file"
            onChange={sizeLimit.onChange}
            accept=".csv,.txt,text/csv,text/plain"
            required={file.required}
            aria-invalid={fileIds.errorId ? true : undefined}
            aria-describedby={fileIds.describedBy}
            className={controlClass(Boolean(fileIds.errorId))}
          />
        </FieldFrame>
        {choices && (
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              id="roster-role"
              name="role"
              label="Invite everyone as"
              options={choices.roles}
              defaultValue={state.values.role ?? "student"}
              errors={state.fieldErrors.role}
            />
            <SelectField
              id="roster-cohort"
              name="cohortId"
              label="Into cohort"
              hint="Students only."
              options={choices.cohorts}
              defaultValue={state.values.cohortId ?? ""}
              errors={state.fieldErrors.cohortId}
            />
          </div>
        )}
        <Button type="submit" variant="secondary" disabled={previewing}>
          {previewing ? "Reading…" : "Preview"}
        </Button>
      </form>
      {state.preview && (
        <RosterConfirm key={state.preview.view.key} view={state.preview.view} confirmAction={confirmAction} />
      )}
    </div>
  );
}

function RosterConfirm<C extends RosterConfirmViewState>({
  view,
  confirmAction,
}: {
  view: RosterPreviewView;
  confirmAction: (previous: C, formData: FormData) => Promise<C>;
}) {
  const [state, confirm, confirming] = useActionState<C, FormData>(confirmAction, IDLE as Awaited<C>);
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-slate-700">
        {view.summary}
      </p>
      <div className="max-h-96 overflow-auto rounded-md border border-slate-200">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">{view.caption}</caption>
          <thead className="sticky top-0 border-b border-slate-200 bg-white text-slate-700">
            <tr>
              <th scope="col" className="p-2">
                Row
              </th>
              <th scope="col" className="p-2">
                Email
              </th>
              <th scope="col" className="p-2">
                What happens
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.rows.map((row, index) => (
              // One line can hold two addresses (two rows), so the line number alone is not a key.
              <tr key={`${row.line}-${index}`}>
                <td className="p-2 text-slate-600">{row.line}</td>
                <th scope="row" className="p-2 font-medium break-all">
                  {row.shown || <span className="text-slate-500">(empty)</span>}
                </th>
                <td className={`p-2 ${STATUS_TONE[row.status]}`}>{row.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {state.resultView ? (
        <div
          role="status"
          className="space-y-1 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
        >
          {state.resultView.lines.map((line, index) => (
            <p key={line} className={index === 0 ? "font-medium" : undefined}>
              {line}
            </p>
          ))}
          {state.resultView.link && (
            <Link href={state.resultView.link.href} className="link-in-text">
              {state.resultView.link.label}
            </Link>
          )}
        </div>
      ) : view.confirm === null ? (
        <p className="text-sm font-medium text-slate-700">{view.nothingToDo}</p>
      ) : (
        <form action={confirm} className="space-y-4">
          <FormAlert id="roster-confirm-error" message={state.formError} />
          {Object.entries(view.confirm.fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {view.confirm.offerMail && (
            <label className="flex items-start gap-3 text-sm text-slate-900">
              <input type="checkbox" name="mailInvitees" defaultChecked className="mt-0.5 size-5" />
              <span>Email each new invitee an invitation to sign in</span>
            </label>
          )}
          <Button type="submit" disabled={confirming}>
            {confirming ? "Adding…" : view.confirm.label}
          </Button>
        </form>
      )}
    </div>
  );
}
