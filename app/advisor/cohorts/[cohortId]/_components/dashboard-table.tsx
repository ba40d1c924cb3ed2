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
import { DashboardRows, type DashboardRowView } from "./dashboard-rows";

// The phone's cards name each cell from this order (app/globals.css `.dash-table`): change both together.
export const COLUMNS: { key: DashboardSortKey | null; label: string }[] = [
  { key: "name", label: "Student" },
  { key: "stage", label: "Stage" },
  { key: "contacts", label: "Contacts" },
  { key: "outreach", label: "Outreach" },
  { key: "interviews", label: "Interviews" },
  { key: null, label: "Thank-yous" },
  { key: "last-activity", label: "Last activity" },
  { key: "goal-progress", label: "Goals" },
  { key: "attention", label: "Flags" },
];

/**
 * One page of students. Sorting is a link per column header, so it works without JavaScript, by keyboard,
 * and can be bookmarked. From `md` up a table with a sticky header that fits 1280 px without sideways
 * scrolling; on a phone each row is a card whose cells carry their column's name. The row checkboxes
 * belong to the form around the table ("Nudge selected").
 */
export function DashboardTable({
  base,
  view,
  rows,
  goalCount,
  today,
  nowMs,
}: {
  base: string;
  view: DashboardView;
  rows: CohortDashboardRow[];
  goalCount: number;
  today: CalendarDate;
  nowMs: number;
}) {
  const sortHref = (key: DashboardSortKey) => {
    const direction =
      view.sort === key ? (view.direction === "asc" ? "desc" : "asc") : DEFAULT_SORT_DIRECTION[key];
    return `${base}?${cohortDashboardQuery({ ...view, sort: key, direction })}#students`;
  };
  const todayOn = toDayNumber(today);
  const rowViews = rows.map((row): DashboardRowView => {
    const flags = shortAttentionLabels(row.attention).map((flag) => flag.text);
    return [
      row.studentId,
      row.name,
      row.stage === "done" ? "All six done" : `${row.stageIndex + 1}. ${METHOD_STEPS[row.stageIndex]!.label}`,
      row.contactsIdentified,
      row.outreachSent,
      row.interviewsCompleted,
      [row.thankYous.onTime, row.thankYous.late, row.thankYous.missing],
      row.lastActiveOn === null
        ? null
        : [formatDisplayDate(row.lastActiveOn), relativeDays(todayOn - toDayNumber(row.lastActiveOn))],
      goalCount === 0 ? null : `${row.goalsMet} of ${goalCount} met`,
      flags,
      row.handled.length > 0 ? "Handled" : "None",
      row.lastNudgedAtMs === null ? null : `Nudged ${daysAgoPhrase(row.lastNudgedAtMs, nowMs)}`,
    ];
  });
  return (
    <table className="dash-table">
      <caption className="sr-only">
        Students, sorted by {COLUMNS.find((c) => c.key === view.sort)?.label.toLowerCase()}{" "}
        {view.direction === "asc" ? "ascending" : "descending"}
      </caption>
      <thead>
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
      <DashboardRows rows={rowViews} />
    </table>
  );
}

function relativeDays(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${days} days ago`;
}
