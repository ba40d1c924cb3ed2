import Link from "next/link";
import { DEFAULT_DASHBOARD_VIEW, type DashboardView } from "@/lib/domain/cohort-dashboard";
import type { CohortSummary, GoalDue } from "@/lib/domain/cohort-summary";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { cohortDashboardQuery } from "@/lib/validation/cohort-dashboard-view";

/** The cohort in four figures, each a way into the table. */
export function SummaryBand({
  base,
  summary,
  goalsDue,
  hasGoals,
}: {
  base: string;
  summary: CohortSummary;
  goalsDue: GoalDue[];
  hasGoals: boolean;
}) {
  const tableWith = (view: Partial<DashboardView>) =>
    `${base}?${cohortDashboardQuery({ ...DEFAULT_DASHBOARD_VIEW, ...view })}#students`;
  const percent = (n: number) => (summary.students === 0 ? 0 : Math.round((n / summary.students) * 100));
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-slate-200 bg-slate-200 lg:grid-cols-4">
      <Stat label="Students">
        <Figure>{summary.students}</Figure>
      </Stat>
      <Stat label="On track">
        <Figure>
          <Link href={tableWith({ reason: "none" })} className="link">
            {summary.onTrack}
          </Link>
        </Figure>
        <p className="text-sm text-slate-600">{percent(summary.onTrack)}% with nothing flagged</p>
      </Stat>
      <Stat label="Needs attention">
        <Figure>
          <Link href={tableWith({ reason: "any" })} className="link">
            {summary.needsAttention}
          </Link>
        </Figure>
        {summary.groups.length > 0 && (
          <ul className="text-sm text-slate-700">
            {summary.groups.map((group) => (
              <li key={group.kind}>
                {/* At least 24 px tall: stacked links need room to be hit by a finger (WCAG 2.5.8). */}
                <Link
                  href={tableWith({ reason: group.kind })}
                  className="link-in-text inline-flex min-h-6 items-center"
                >
                  {group.count} {group.label.toLowerCase()}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Stat>
      <Stat label="Goals due">
        {goalsDue.length === 0 ? (
          <p className="text-sm text-slate-600">
            {hasGoals ? "No goal due from today on." : "No goals set."}
          </p>
        ) : (
          <ul className="space-y-1 text-sm text-slate-700">
            {goalsDue.map((goal) => (
              <li key={goal.goal.id}>
                <span className="font-medium text-slate-900">
                  {goal.met} of {goal.students} met
                </span>{" "}
                {goal.target}, due {formatDisplayDate(goal.dueOn)}
                {goal.daysLeft === 0
                  ? " (today)"
                  : ` (in ${goal.daysLeft} ${goal.daysLeft === 1 ? "day" : "days"})`}
              </li>
            ))}
          </ul>
        )}
      </Stat>
    </dl>
  );
}

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 space-y-1 bg-white p-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="space-y-1">{children}</dd>
    </div>
  );
}

function Figure({ children }: { children: React.ReactNode }) {
  return <p className="text-3xl font-semibold text-slate-900 tabular-nums">{children}</p>;
}
