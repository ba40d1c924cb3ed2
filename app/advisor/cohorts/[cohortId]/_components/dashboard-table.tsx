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
import { daysAgoPhrase } from "@/lib/domain/nudge-rules";
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
  nowMs,
  selectForm,
}: {
  base: string;
  view: DashboardView;
  rows: CohortDashboardRow[];
  goalCount: number;
  today: CalendarDate;
  nowMs: number;
  /** The id of the form the row checkboxes belong to ("Nudge selected"). */
  selectForm: string;
}) {
  const sortHref = (key: DashboardSortKey) => {
    const direction =
      view.sort === key ? (view.direction === "asc" ? "desc" : "asc") : DEFAULT_SORT_DIRECTION[key];
    return `${base}?${cohortDashboardQuery({ ...view, sort: key, direction })}#students`;
  };
  const todayOn = toDayNumber(today);
  return (
    // Cell styles are set once here, not on each of the page's hundreds of cells: every byte of a row is
    // sent twice (the HTML and React's payload), and the rows are most of the page.
    <table
      className={[
        "block w-full text-sm md:table md:rounded-lg md:border md:border-slate-200 md:bg-white",
        "[&_td]:flex [&_td]:justify-between [&_td]:gap-3 [&_td]:py-0.5",
        "[&_td]:before:text-slate-600 [&_td]:before:content-[attr(data-label)]",
        "md:[&_td]:table-cell md:[&_td]:px-2 md:[&_td]:py-2 md:[&_td]:align-top md:[&_td]:before:content-none",
        "[&_td.n]:tabular-nums md:[&_td.n]:text-right",
        "[&_tbody>tr]:block [&_tbody>tr]:rounded-lg [&_tbody>tr]:border [&_tbody>tr]:border-slate-200 [&_tbody>tr]:bg-white [&_tbody>tr]:p-3",
        "md:[&_tbody>tr]:table-row md:[&_tbody>tr]:rounded-none md:[&_tbody>tr]:border-0 md:[&_tbody>tr]:p-0",
        "[&_tbody_th]:block [&_tbody_th]:pb-1 [&_tbody_th]:text-left [&_tbody_th]:font-medium",
        "md:[&_tbody_th]:table-cell md:[&_tbody_th]:px-2 md:[&_tbody_th]:py-2 md:[&_tbody_th]:align-top",
        "[&_.f]:rounded-full [&_.f]:border [&_.f]:border-red-200 [&_.f]:bg-red-50 [&_.m]:text-slate-600",
        "[&_.f]:px-2 [&_.f]:text-xs [&_.f]:font-medium [&_.f]:text-red-800 [&_.r]:whitespace-nowrap [&_.r]:text-red-800",
      ].join(" ")}
    >
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
            <tr key={row.studentId}>
              <th scope="row">
                <span className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name="student"
                    value={row.studentId}
                    form={selectForm}
                    aria-label={`Select ${row.name}`}
                    className="accent-brand-600 mt-0.5 size-4 shrink-0"
                  />
                  {/* A plain link: a Link would prefetch every student page on the screen. */}
                  <a href={`/advisor/students/${row.studentId}`} className="link">
                    {row.name}
                  </a>
                </span>
              </th>
              <td data-label="Stage">
                <span>
                  {row.stage === "done"
                    ? "All six done"
                    : `${row.stageIndex + 1}. ${METHOD_STEPS[row.stageIndex]!.label}`}
                </span>
              </td>
              <td data-label="Contacts" className="n">
                {row.contactsIdentified}
              </td>
              <td data-label="Outreach" className="n">
                {row.outreachSent}
              </td>
              <td data-label="Interviews" className="n">
                {row.interviewsCompleted}
              </td>
              <td data-label="Thank-yous">
                <span>
                  {row.thankYous.onTime} on time
                  {row.thankYous.late > 0 && <br />}
                  {row.thankYous.late > 0 && `${row.thankYous.late} late`}
                  {row.thankYous.missing > 0 && <br />}
                  {row.thankYous.missing > 0 && <span className="r">{row.thankYous.missing} missing</span>}
                </span>
              </td>
              <td data-label="Last activity">
                {row.lastActiveOn === null || daysAgo === null ? (
                  <span className="m">Never</span>
                ) : (
                  <span>
                    <span className="whitespace-nowrap">{formatDisplayDate(row.lastActiveOn)}</span>{" "}
                    <span className="whitespace-nowrap text-slate-600">({relativeDays(daysAgo)})</span>
                  </span>
                )}
              </td>
              <td data-label="Goals">
                {goalCount === 0 ? <span className="m">—</span> : `${row.goalsMet} of ${goalCount} met`}
              </td>
              <td data-label="Flags">
                <span>
                  {flags.length === 0 ? (
                    <span className="m">{row.handled.length > 0 ? "Handled" : "None"}</span>
                  ) : (
                    <ul className="flex flex-wrap justify-end gap-1 md:justify-start">
                      {flags.map((flag) => (
                        <li key={flag.kind} className="f">
                          {flag.text}
                        </li>
                      ))}
                    </ul>
                  )}
                  {row.lastNudgedAtMs !== null && (
                    <span className="m block text-xs">Nudged {daysAgoPhrase(row.lastNudgedAtMs, nowMs)}</span>
                  )}
                </span>
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
