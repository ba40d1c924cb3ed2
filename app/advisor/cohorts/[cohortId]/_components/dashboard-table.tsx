import Link from "next/link";
import {
  DASHBOARD_FILTER_LABEL,
  DASHBOARD_FILTERS,
  DEFAULT_SORT_DIRECTION,
  type CohortDashboardRow,
  type DashboardSortKey,
  type DashboardView,
} from "@/lib/domain/cohort-dashboard";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { ATTENTION_KIND_LABEL } from "@/lib/domain/needs-attention";

const COLUMNS: { key: DashboardSortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Student", numeric: false },
  { key: "contacts", label: "Contacts", numeric: true },
  { key: "outreach", label: "Outreach", numeric: true },
  { key: "interviews", label: "Interviews", numeric: true },
  { key: "last-activity", label: "Last activity", numeric: false },
  { key: "goal-progress", label: "Goal progress", numeric: true },
];

export function viewQuery(view: DashboardView) {
  return new URLSearchParams({ sort: view.sort, dir: view.direction, filter: view.filter }).toString();
}

/** Sorting and filtering are links, so they work without JavaScript, by keyboard, and can be bookmarked. */
export function DashboardTable({
  base,
  view,
  rows,
  goalCount,
  matching,
}: {
  base: string;
  view: DashboardView;
  rows: CohortDashboardRow[];
  goalCount: number;
  matching: number;
}) {
  const sortHref = (key: DashboardSortKey) => {
    const direction =
      view.sort === key ? (view.direction === "asc" ? "desc" : "asc") : DEFAULT_SORT_DIRECTION[key];
    return `${base}?${viewQuery({ ...view, sort: key, direction })}#students`;
  };
  return (
    <div className="space-y-3">
      <nav aria-label="Filter students">
        <ul className="flex flex-wrap gap-2 text-sm">
          {DASHBOARD_FILTERS.map((filter) => (
            <li key={filter}>
              <Link
                href={`${base}?${viewQuery({ ...view, filter })}#students`}
                aria-current={view.filter === filter ? "page" : undefined}
                className={`inline-flex min-h-9 items-center rounded-full border px-3 font-medium ${
                  view.filter === filter
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                }`}
              >
                {DASHBOARD_FILTER_LABEL[filter]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-slate-600" role="status">
        {matching} {matching === 1 ? "student" : "students"} shown
      </p>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
          No student matches this filter.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left">
              <tr>
                {COLUMNS.map((column) => (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={
                      view.sort === column.key
                        ? view.direction === "asc"
                          ? "ascending"
                          : "descending"
                        : undefined
                    }
                    className={`px-3 py-2 align-bottom font-semibold ${column.numeric ? "text-right" : ""}`}
                  >
                    <Link href={sortHref(column.key)} className="hover:underline">
                      {column.label}
                      {view.sort === column.key && (
                        <span aria-hidden="true">{view.direction === "asc" ? " ▲" : " ▼"}</span>
                      )}
                    </Link>
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-right align-bottom font-semibold">
                  Thank-yous on time / late / missing
                </th>
                <th scope="col" className="px-3 py-2 align-bottom font-semibold">
                  Attention
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.studentId}>
                  <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                    <Link href={`/advisor/students/${row.studentId}`} className="link">
                      {row.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right">{row.contactsIdentified}</td>
                  <td className="px-3 py-2 text-right">{row.outreachSent}</td>
                  <td className="px-3 py-2 text-right">{row.interviewsCompleted}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {row.lastActiveOn ? formatDisplayDate(row.lastActiveOn) : "Never"}
                  </td>
                  <td className="px-3 py-2 text-right whitespace-nowrap">
                    {goalCount === 0 || row.goalScore === null
                      ? "—"
                      : `${row.goals.filter((goal) => goal.met).length} of ${goalCount} met`}
                  </td>
                  <td className="px-3 py-2 text-right whitespace-nowrap">
                    {row.thankYous.onTime} / {row.thankYous.late} / {row.thankYous.missing}
                  </td>
                  <td className="px-3 py-2">
                    {row.attention.length === 0 ? (
                      <span className="text-slate-500">—</span>
                    ) : (
                      // The short kind here; the full reasons are in the Needs attention list and on hover.
                      <ul className="space-y-0.5 text-red-800">
                        {[...new Set(row.attention.map((reason) => reason.kind))].map((kind) => (
                          <li
                            key={kind}
                            title={row.attention
                              .filter((reason) => reason.kind === kind)
                              .map((reason) => reason.text)
                              .join("\n")}
                          >
                            {ATTENTION_KIND_LABEL[kind]}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
