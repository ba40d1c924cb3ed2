import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { AUDIT_ACTION_LABEL, auditActionLabel } from "@/app/_components/audit-action-label";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { AUDIT_ACTIONS } from "@/lib/domain/audit-actions";
import { listAuditEvents } from "@/lib/data/admin/audit-log";
import { auditLogFilterSchema } from "@/lib/validation/audit-log";
import { formatUtcDateTime, ROLE_LABEL, SECONDARY_LINK } from "../_components/labels";
import type { AuditEventRow } from "@/lib/data/admin/audit-log";

export const metadata: Metadata = { title: "Audit log" };

const ACTION_OPTIONS = [
  { value: "", label: "All actions" },
  ...AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABEL[action] })),
];

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = auditLogFilterSchema.parse(await searchParams);
  const events = await listAuditEvents(filter);
  const filtered = Boolean(filter.actor || filter.student || filter.action || filter.from || filter.to);
  const exportQuery = new URLSearchParams(
    Object.entries({
      actor: filter.actor,
      student: filter.student,
      action: filter.action,
      from: filter.from,
      to: filter.to,
    }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  const exportHref = `/admin/audit/export.csv${exportQuery ? `?${exportQuery}` : ""}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="mt-1 text-slate-600">
          Every time someone opened or exported a student&apos;s records (and through which cohort), and every
          change an admin made to someone&apos;s account. Entries can&apos;t be changed or deleted.
        </p>
      </div>

      <Card>
        <Form
          action="/admin/audit"
          role="search"
          aria-label="Filter the audit log"
          className="grid gap-4 sm:grid-cols-2"
        >
          <TextField name="actor" label="Who acted (name or email)" defaultValue={filter.actor ?? ""} />
          <TextField
            name="student"
            label="Whose records (name or email)"
            defaultValue={filter.student ?? ""}
          />
          <SelectField
            name="action"
            label="Action"
            options={ACTION_OPTIONS}
            defaultValue={filter.action ?? ""}
          />
          <div className="grid grid-cols-2 gap-4">
            <TextField name="from" label="From (UTC)" type="date" defaultValue={filter.from ?? ""} />
            <TextField name="to" label="To (UTC)" type="date" defaultValue={filter.to ?? ""} />
          </div>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
            <Button type="submit">Filter</Button>
            {filtered && (
              <Link href="/admin/audit" className="link text-sm">
                Clear filters
              </Link>
            )}
          </div>
        </Form>
      </Card>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" role="status">
          {events.total === 1 ? "1 entry" : `${events.total} entries`}
          {filtered ? (events.total === 1 ? " matches" : " match") : ""}.
        </p>
        {events.total > 0 && (
          <a href={exportHref} className={SECONDARY_LINK} download>
            Download CSV{filtered ? " of these entries" : ""}
          </a>
        )}
      </div>

      {events.items.length === 0 ? (
        <EmptyState title={filtered ? "No entries match" : "Nothing recorded yet"}>
          {filtered
            ? "Widen the dates or clear a filter."
            : "Entries appear when an advisor opens a student's records or exports a cohort."}
        </EmptyState>
      ) : (
        <>
          {/* Wide screens: a table that wraps rather than scrolls, so every cell is reachable at 1280 px. */}
          <div className="hidden rounded-lg border border-slate-200 bg-white md:block">
            <table className="w-full table-fixed text-left text-sm">
              <caption className="sr-only">Audit log entries, newest first</caption>
              <thead className="sticky top-0 border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="w-36 p-3 font-medium">
                    When
                  </th>
                  <th scope="col" className="w-[20%] p-3 font-medium">
                    Who
                  </th>
                  <th scope="col" className="p-3 font-medium">
                    Action
                  </th>
                  <th scope="col" className="w-[16%] p-3 font-medium">
                    About
                  </th>
                  <th scope="col" className="w-[14%] p-3 font-medium">
                    Through cohort
                  </th>
                  <th scope="col" className="w-28 p-3 font-medium">
                    Request
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {events.items.map((event) => (
                  <tr key={event.id} className="align-top">
                    <td className="p-3">
                      <time dateTime={event.at.toISOString()}>{formatUtcDateTime(event.at)}</time>
                    </td>
                    <th scope="row" className="p-3 font-normal break-words">
                      <Actor event={event} />
                    </th>
                    <td className="p-3 break-words">{auditActionLabel(event.action)}</td>
                    <td className="p-3 break-words">
                      {event.student ? (
                        (event.student.name ?? event.student.email)
                      ) : (
                        <span className="text-slate-500">—</span>
                      )}
                    </td>
                    <td className="p-3 break-words">
                      {event.basisCohortName ?? <span className="text-slate-500">—</span>}
                    </td>
                    <td className="p-3 font-mono text-xs break-all text-slate-600">
                      {event.requestId ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {/* Phones: one card per entry. */}
          <ul className="space-y-3 md:hidden" aria-label="Audit log entries, newest first">
            {events.items.map((event) => (
              <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
                <p className="font-medium text-slate-900">{auditActionLabel(event.action)}</p>
                <p className="text-slate-700">
                  <Actor event={event} />
                </p>
                {event.student && (
                  <p className="break-words text-slate-700">
                    About {event.student.name ?? event.student.email}
                    {event.basisCohortName && <> · through {event.basisCohortName}</>}
                  </p>
                )}
                <p className="text-slate-600">
                  <time dateTime={event.at.toISOString()}>{formatUtcDateTime(event.at)}</time>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}

      <Pagination
        path="/admin/audit"
        params={{
          actor: filter.actor,
          student: filter.student,
          action: filter.action,
          from: filter.from,
          to: filter.to,
        }}
        page={events.page}
        pageCount={events.pageCount}
        label="Audit log"
      />
    </div>
  );
}

function Actor({ event }: { event: AuditEventRow }) {
  if (!event.actor) return <span className="text-slate-500">System</span>;
  return (
    <>
      <span className="font-medium">{event.actor.name ?? event.actor.email}</span>
      {event.actor.role && <span className="text-slate-600"> · {ROLE_LABEL[event.actor.role]}</span>}
    </>
  );
}
