"use client";

import { useActionState } from "react";
import { Button } from "@/components/button";
import { controlClass, FieldFrame, fieldIds } from "@/components/field-frame";
import { FormAlert } from "@/components/form-alert";
import { TextArea } from "@/components/text-area";
import { useFileSizeLimit } from "@/components/use-file-size-limit";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/validation/uploads";
import type { RosterImportResult, RosterPreviewStatus } from "@/lib/data/cohort-enrolment";
import { importRosterAction, previewRosterAction } from "../actions";
import type { RosterImportState, RosterPreviewState } from "../roster-state";

const IDLE = { status: "idle", fieldErrors: {}, values: {} } as const;

const STATUS_LABEL: Record<RosterPreviewStatus, string> = {
  invite: "Will be invited",
  enrol: "Has a student account: will be enrolled",
  "already-enrolled": "Already enrolled",
  "already-invited": "Already invited",
  "not-a-student": "Has an advisor or admin account: not added",
  inactive: "Account deactivated: not added",
  malformed: "Not a valid email address",
  "duplicate-in-file": "Already earlier in the list",
};

const STATUS_TONE: Record<RosterPreviewStatus, string> = {
  invite: "text-green-800",
  enrol: "text-green-800",
  "already-enrolled": "text-slate-700",
  "already-invited": "text-slate-700",
  "not-a-student": "text-amber-800",
  inactive: "text-amber-800",
  malformed: "text-red-700",
  "duplicate-in-file": "text-amber-800",
};

const FILE_HINT =
  "A .csv or .txt file up to 1 MB, such as the class list from the registrar: we find the email column.";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Paste or upload → preview (nothing written) → confirm: invites new addresses, enrols existing students. */
export function RosterImport({ cohortId }: { cohortId: string }) {
  const [state, previewAction, previewing] = useActionState<RosterPreviewState, FormData>(
    previewRosterAction,
    IDLE,
  );
  const sizeLimit = useFileSizeLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
  const fileErrors = sizeLimit.error ? [sizeLimit.error] : state.fieldErrors.file;
  const fileIds = fieldIds("file", FILE_HINT, fileErrors, "roster-file");
  return (
    <div className="space-y-6">
      <form action={previewAction} onSubmit={sizeLimit.onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="cohortId" value={cohortId} />
        <TextArea
          id="roster-text"
          name="roster"
          label="Paste email addresses"
          hint="One per line, or copied columns from a spreadsheet with an “Email” header."
          rows={5}
          defaultValue={state.values.roster ?? ""}
          errors={state.fieldErrors.roster}
        />
        <FieldFrame ids={fileIds} label="Or upload a roster file" hint={FILE_HINT} errors={fileErrors}>
          <input
            id={fileIds.inputId}
            name="file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={sizeLimit.onChange}
            aria-invalid={fileIds.errorId ? true : undefined}
            aria-describedby={fileIds.describedBy}
            className={controlClass(Boolean(fileIds.errorId))}
          />
        </FieldFrame>
        <Button type="submit" variant="secondary" disabled={previewing}>
          {previewing ? "Reading…" : "Preview"}
        </Button>
      </form>
      {state.preview && (
        <RosterConfirm key={state.preview.previewKey} cohortId={cohortId} preview={state.preview} />
      )}
    </div>
  );
}

function RosterConfirm({
  cohortId,
  preview,
}: {
  cohortId: string;
  preview: NonNullable<RosterPreviewState["preview"]>;
}) {
  const [state, confirmAction, importing] = useActionState<RosterImportState, FormData>(
    importRosterAction,
    IDLE,
  );
  const { counts } = preview;
  const skipped = counts.malformed + counts["duplicate-in-file"];
  return (
    <div className="space-y-4">
      <p role="status" className="text-sm text-slate-700">
        From {preview.source}: {counts.invite} to invite, {counts.enrol} to enrol now,{" "}
        {counts["already-enrolled"]} already enrolled, {counts["already-invited"]} already invited,{" "}
        {counts["not-a-student"] + counts.inactive} that can’t be added, {skipped} malformed or repeated.
      </p>
      <div className="max-h-96 overflow-auto rounded-md border border-slate-200">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">What confirming will do with each row</caption>
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
            {preview.rows.map((row, index) => (
              // One line can hold two addresses (two rows), so the line number alone is not a key.
              <tr key={`${row.line}-${index}`}>
                <td className="p-2 text-slate-600">{row.line}</td>
                <th scope="row" className="p-2 font-medium break-all">
                  {row.email ?? (row.raw || <span className="text-slate-500">(empty)</span>)}
                </th>
                <td className={`p-2 ${STATUS_TONE[row.status]}`}>{STATUS_LABEL[row.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {state.result ? (
        <RosterResult result={state.result} />
      ) : preview.actionable.length === 0 ? (
        <p className="text-sm font-medium text-slate-700">Nobody on this list needs adding.</p>
      ) : (
        <form action={confirmAction} className="space-y-4">
          <FormAlert id="roster-confirm-error" message={state.formError} />
          <input type="hidden" name="cohortId" value={cohortId} />
          <input type="hidden" name="emails" value={preview.actionable.join("\n")} />
          {counts.invite > 0 && (
            <label className="flex items-start gap-3 text-sm text-slate-900">
              <input type="checkbox" name="mailInvitees" defaultChecked className="mt-0.5 size-5" />
              <span>Email each new invitee an invitation to sign in</span>
            </label>
          )}
          <Button type="submit" disabled={importing}>
            {importing
              ? "Adding…"
              : `Invite ${plural(counts.invite, "person", "people")} and enrol ${plural(counts.enrol, "student", "students")}`}
          </Button>
        </form>
      )}
    </div>
  );
}

function RosterResult({ result }: { result: RosterImportResult }) {
  const parts = [
    `Invited ${plural(result.invited, "person", "people")}`,
    `enrolled ${plural(result.enrolled, "student", "students")}`,
  ];
  if (result.alreadyEnrolled) parts.push(`${result.alreadyEnrolled} already enrolled`);
  if (result.alreadyInvited) parts.push(`${result.alreadyInvited} already invited`);
  if (result.notAStudent + result.inactive)
    parts.push(`${result.notAStudent + result.inactive} not added (not a student account)`);
  return (
    <div
      role="status"
      className="space-y-1 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
    >
      <p className="font-medium">{parts.join(", ")}.</p>
      {result.mailed + result.mailFailed > 0 && (
        <p>
          {plural(result.mailed, "invitation", "invitations")} emailed.
          {result.mailFailed > 0 &&
            ` ${result.mailFailed} could not be sent: those people can still sign in with their address.`}
        </p>
      )}
    </div>
  );
}
