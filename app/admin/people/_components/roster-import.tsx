"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/button";
import { controlClass, FieldFrame, fieldIds } from "@/components/field-frame";
import { FormAlert } from "@/components/form-alert";
import { SelectField } from "@/components/select-field";
import type { RosterPreviewRow } from "@/lib/data/admin-people";
import { ROLE_LABEL, ROLE_OPTIONS } from "../../_components/labels";
import { confirmRosterAction, previewRosterAction } from "../actions";
import type { RosterConfirmState, RosterPreview, RosterPreviewState } from "../form-states";
import { cohortOptions, type CohortChoice } from "./invite-form";
import { useFileSizeLimit } from "@/components/use-file-size-limit";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/validation/uploads";

const IDLE = { status: "idle", fieldErrors: {}, values: {} } as const;

const FILE_HINT =
  "A .csv file up to 1 MB with an “Email” column (other columns are ignored), or one address per line.";

const STATUS_TEXT: Record<RosterPreviewRow["status"], string> = {
  new: "Will be invited",
  "already-invited": "Already invited: the invite is renewed",
  "already-registered": "Already has an account: not invited",
  malformed: "Not a valid email address",
  "duplicate-in-file": "Already earlier in the file",
};

const STATUS_STYLE: Record<RosterPreviewRow["status"], string> = {
  new: "text-green-800",
  "already-invited": "text-slate-700",
  "already-registered": "text-amber-800",
  malformed: "text-red-700",
  "duplicate-in-file": "text-slate-600",
};

/** Upload → preview → invite. The preview saves nothing; bad rows are listed, never fatal. */
export function RosterImport({ cohorts }: { cohorts: CohortChoice[] }) {
  const [state, previewAction, previewing] = useActionState<RosterPreviewState, FormData>(
    previewRosterAction,
    IDLE,
  );
  const sizeLimit = useFileSizeLimit(MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE);
  const fileErrors = sizeLimit.error ? [sizeLimit.error] : state.fieldErrors.file;
  const ids = fieldIds("roster-file", FILE_HINT, fileErrors);
  return (
    <div className="space-y-6">
      <form action={previewAction} onSubmit={sizeLimit.onSubmit} noValidate className="space-y-5">
        <FieldFrame ids={ids} label="Roster file" hint={FILE_HINT} errors={fileErrors}>
          <input
            id={ids.inputId}
            name="file"
            type="file"
            accept=".csv,text/csv,.txt,text/plain"
            required
            onChange={sizeLimit.onChange}
            aria-invalid={ids.errorId ? true : undefined}
            aria-describedby={ids.describedBy}
            className={controlClass(Boolean(ids.errorId))}
          />
        </FieldFrame>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            id="roster-role"
            name="role"
            label="Invite everyone as"
            options={ROLE_OPTIONS}
            defaultValue={state.values.role ?? "student"}
            errors={state.fieldErrors.role}
          />
          <SelectField
            id="roster-cohort"
            name="cohortId"
            label="Into cohort"
            hint="Students only."
            options={cohortOptions(cohorts)}
            defaultValue={state.values.cohortId ?? ""}
            errors={state.fieldErrors.cohortId}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={previewing}>
          {previewing ? "Reading…" : "Preview"}
        </Button>
      </form>
      {state.preview && <RosterConfirm key={JSON.stringify(state.preview)} preview={state.preview} />}
    </div>
  );
}

function RosterConfirm({ preview }: { preview: RosterPreview }) {
  const [state, confirmAction, inviting] = useActionState<RosterConfirmState, FormData>(
    confirmRosterAction,
    IDLE,
  );
  const invitable = preview.rows.filter((r) => r.status === "new" || r.status === "already-invited");
  const count = (status: RosterPreviewRow["status"]) =>
    preview.rows.filter((r) => r.status === status).length;

  if (state.result) {
    const { invited, renewed, alreadyRegistered, invalid } = state.result;
    const parts = [`Invited ${invited} ${invited === 1 ? "person" : "people"}`];
    if (renewed) parts.push(`renewed ${renewed} open ${renewed === 1 ? "invite" : "invites"}`);
    if (alreadyRegistered) parts.push(`skipped ${alreadyRegistered} with an account`);
    if (invalid) parts.push(`skipped ${invalid} invalid ${invalid === 1 ? "address" : "addresses"}`);
    return (
      <p
        role="status"
        className="rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
      >
        {parts.join(", ")}.{" "}
        <Link href="/admin/invites" className="text-brand-700 underline">
          See pending invites
        </Link>
      </p>
    );
  }

  return (
    <form action={confirmAction} className="space-y-4">
      <FormAlert id="roster-error" message={state.formError} />
      <input type="hidden" name="role" value={preview.role} />
      <input type="hidden" name="cohortId" value={preview.cohortId ?? ""} />
      <input type="hidden" name="emails" value={JSON.stringify(invitable.map((r) => r.email))} />
      <p className="text-sm text-slate-700" role="status">
        {preview.fileName}: {count("new")} to invite, {count("already-invited")} already invited,{" "}
        {count("already-registered")} with an account, {count("malformed")} not valid,{" "}
        {count("duplicate-in-file")} repeated. Everyone is invited as {ROLE_LABEL[preview.role].toLowerCase()}
        {preview.cohortName ? ` into ${preview.cohortName}` : ""}.
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-slate-900">
            Addresses found in {preview.fileName}
          </caption>
          <thead className="border-b border-slate-200 text-slate-700">
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
                  {row.email || <span className="text-slate-500">(empty)</span>}
                </th>
                <td className={`p-2 ${STATUS_STYLE[row.status]}`}>
                  {STATUS_TEXT[row.status]}
                  {row.currentRole && ` (${ROLE_LABEL[row.currentRole].toLowerCase()})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="submit" disabled={inviting || invitable.length === 0}>
        {inviting
          ? "Inviting…"
          : invitable.length === 0
            ? "Nobody to invite"
            : `Invite ${invitable.length} ${invitable.length === 1 ? "person" : "people"}`}
      </Button>
    </form>
  );
}
