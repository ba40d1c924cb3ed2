import Link from "next/link";
import {
  DEFAULT_SORT_DIRECTION,
  type CohortDashboardRow,
  type DashboardSortKey,
  type DashboardView,
} from "@/lib/domain/cohort-dashboard";
import { type CalendarDate, toDayNumber } from "@/lib/domain/calendar-date";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { shortAttentionLabels } from "@/lib/domain/needs-attention";
import { METHOD_STEPS } from "@/lib/domain/student-stage";
import { cohortDashboardQuery } from "@/lib/validation/cohort-dashboard-view";

type Column = { key: DashboardSortKey | null; label: string; numeric?: boolean; className?: string };

const COLUMNS: Column[] = [
  { key: "name", label: "Student" },
  { key: "stage", label: "Stage" },
  { key: "contacts", label: "Contacts", numeric: true },
  { key: "outreach", label: "Outreach", numeric: true },
  { key: "interviews", label: "Interviews", numeric: true },
  { key: null, label: "Thank-yous" },
  { key: "last-activity", label: "Last activity" },
  { key: "goal-progress", label: "Goals" },
  { key: "attention", label: "Flags" },
];

/**
 * One page of students. Sorting is a link per column header, so it works without JavaScript, by keyboard,
 * and can be bookmarked. From `md` up a table with a sticky header that fits 1280 px without sideways
 * scrolling; on a phone each row is a card whose cells carry their column's name.
 */
export function DashboardTable({
  base,
  view,
  rows,
  goalCount,
  today,
}: {
  base: string;
  view: DashboardView;
  rows: CohortDashboardRow[];
  goalCount: number;
  today: CalendarDate;
}) {
  const sortHref = (key: DashboardSortKey) => {
    const direction =
      view.sort === key ? (view.direction === "asc" ? "desc" : "asc") : DEFAULT_SORT_DIRECTION[key];
    return `${base}?${cohortDashboardQuery({ ...view, sort: key, direction })}#students`;
  };
  const todayOn = toDayNumber(today);
  const cell = "flex justify-between gap-3 py-0.5 md:table-cell md:px-2 md:py-2 md:align-top";
  const label = "before:text-slate-600 before:content-[attr(data-label)] md:before:content-none";
  return (
    <table className="block w-full text-sm md:table">
      <caption className="sr-only">
        Students, sorted by {COLUMNS.find((c) => c.key === view.sort)?.label.toLowerCase()}{" "}
        {view.direction === "asc" ? "ascending" : "descending"}
      </caption>
      <thead className="hidden text-left md:table-header-group">
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.label}
              scope="col"
              aria-sort={
                column.key !== null && view.sort === column.key
                  ? view.direction === "asc"
                    ? "ascending"
                    : "descending"
                  : undefined
              }
              className={`sticky top-14 z-10 border-b border-slate-200 bg-slate-50 px-2 py-2 align-bottom font-semibold lg:top-0 ${column.numeric ? "text-right" : ""}`}
            >
              {column.key === null ? (
                column.label
              ) : (
                <Link href={sortHref(column.key)} className="hover:underline">
                  {column.label}
                  {view.sort === column.key && (
                    <span aria-hidden="true">{view.direction === "asc" ? " ▲" : " ▼"}</span>
                  )}
                </Link>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100">
        {rows.map((row) => {
          const flags = shortAttentionLabels(row.attention);
          const daysAgo = row.lastActiveOn === null ? null : todayOn - toDayNumber(row.lastActiveOn);
          return (
            <tr
              key={row.studentId}
              className="block rounded-lg border border-slate-200 bg-white p-3 md:table-row md:rounded-none md:border-0 md:p-0"
            >
              <th
                scope="row"
                className="block pb-1 text-left font-medium md:table-cell md:px-2 md:py-2 md:align-top"
              >
                <Link href={`/advisor/students/${row.studentId}`} className="link break-words">
                  {row.name}
                </Link>
              </th>
              <td data-label="Stage" className={`${cell} ${label}`}>
                <span>
                  {row.stage === null ? (
                    <span className="text-slate-600">Not started</span>
                  ) : (
                    `${row.stageIndex + 1}. ${METHOD_STEPS[row.stageIndex]!.label}`
                  )}
                </span>
              </td>
              <td data-label="Contacts" className={`${cell} ${label} tabular-nums md:text-right`}>
                {row.contactsIdentified}
              </td>
              <td data-label="Outreach" className={`${cell} ${label} tabular-nums md:text-right`}>
                {row.outreachSent}
              </td>
              <td data-label="Interviews" className={`${cell} ${label} tabular-nums md:text-right`}>
                {row.interviewsCompleted}
              </td>
              <td data-label="Thank-yous" className={`${cell} ${label}`}>
                <span>
                  {row.thankYous.onTime} on time
                  {row.thankYous.late > 0 && `, ${row.thankYous.late} late`}
                  {row.thankYous.missing > 0 && (
                    <span className="text-red-800">, {row.thankYous.missing} missing</span>
                  )}
                </span>
              </td>
              <td data-label="Last activity" className={`${cell} ${label}`}>
                {row.lastActiveOn === null || daysAgo === null ? (
                  <span className="text-slate-600">Never</span>
                ) : (
                  <span>
                    <span className="whitespace-nowrap">{formatDisplayDate(row.lastActiveOn)}</span>{" "}
                    <span className="whitespace-nowrap text-slate-600">({relativeDays(daysAgo)})</span>
                  </span>
                )}
              </td>
              <td data-label="Goals" className={`${cell} ${label}`}>
                {goalCount === 0 ? (
                  <span className="text-slate-600">—</span>
                ) : (
                  <span className="whitespace-nowrap">
                    {row.goalsMet} of {goalCount} met
                  </span>
                )}
              </td>
              <td data-label="Flags" className={`${cell} ${label}`}>
                {flags.length === 0 ? (
                  <span className="text-slate-600">None</span>
                ) : (
                  <ul className="flex flex-wrap justify-end gap-1 md:justify-start">
                    {flags.map((flag) => (
                      <li
                        key={flag.kind}
                        className="rounded-full border border-red-200 bg-red-50 px-2 text-xs font-medium text-red-800"
                      >
                        {flag.text}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function relativeDays(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}
