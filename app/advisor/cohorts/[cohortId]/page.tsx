import { format } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { getCohortDashboard } from "@/lib/data/advisor/cohorts/dashboard";
import { parseCalendarDate } from "@/lib/domain/calendar-date";
import { parseDashboardView } from "@/lib/domain/cohort-dashboard";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { ActivityChart } from "./_components/activity-chart";
import { DashboardTable, viewQuery } from "./_components/dashboard-table";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Cohort dashboard" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CohortDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: SearchParams;
}) {
  const cohortId = routeParam((await params).cohortId);
  const search = await searchParams;
  const view = parseDashboardView(search);
  const page = Number(Array.isArray(search.page) ? search.page[0] : search.page) || 1;
  const dashboard = await getCohortDashboard(cohortId, view, page);
  const { cohort } = dashboard;
  const base = `/advisor/cohorts/${cohort.id}`;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/advisor" className="link-in-text">
          My cohorts
        </Link>{" "}
        › {cohort.name}
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{cohort.name}</h1>
          <p className="text-sm text-slate-600">
            {cohort.term} · {formatDisplayDate(cohort.startsOn)} – {formatDisplayDate(cohort.endsOn)} ·{" "}
            {dashboard.studentCount} {dashboard.studentCount === 1 ? "student" : "students"}
          </p>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-semibold">
          <li>
            <Link href={`${base}/enrol`} className="link">
              Add students
            </Link>
          </li>
          <li>
            <Link href={`${base}/settings`} className="link">
              Settings and goals
            </Link>
          </li>
        </ul>
      </div>

      {dashboard.studentCount === 0 ? (
        <EmptyState title="No students yet">
          Share a join link or upload a roster on{" "}
          <Link href={`${base}/enrol`} className="link-in-text">
            Add students
          </Link>
          . Their progress appears here as soon as they start logging their work.
        </EmptyState>
      ) : (
        <>
          <Card title={`Needs attention (${dashboard.needsAttention.length})`}>
            {dashboard.needsAttention.length === 0 ? (
              <p className="text-sm text-slate-600">Nobody needs a nudge right now.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {dashboard.needsAttention.slice(0, 12).map((row) => (
                  <li key={row.studentId} className="py-2">
                    <Link href={`/advisor/students/${row.studentId}`} className="link">
                      {row.name}
                    </Link>
                    <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                      {row.attention.map((reason) => (
                        <li key={`${reason.kind}-${reason.text}`}>{reason.text}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
            {dashboard.needsAttention.length > 12 && (
              <p className="mt-3 text-sm">
                <Link
                  href={`${base}?${viewQuery({ ...view, filter: "needs-attention" })}#students`}
                  className="link"
                >
                  See all {dashboard.needsAttention.length} in the table
                </Link>
              </p>
            )}
          </Card>

          <div className="grid gap-6 lg:grid-cols-2">
            <Card title="The six steps">
              <p className="mb-3 text-sm text-slate-600">Students who reached each step of the method.</p>
              <ol className="space-y-2">
                {dashboard.funnel.map((step, index) => (
                  <li key={step.step} className="text-sm">
                    <div className="flex justify-between gap-2">
                      <span>
                        {index + 1}. {step.label}
                      </span>
                      <span className="font-semibold">
                        {step.reached} of {dashboard.studentCount}
                      </span>
                    </div>
                    <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
                      <div
                        className="bg-brand-600 h-2 rounded-full"
                        style={{ width: `${Math.round(step.share * 100)}%` }}
                      />
                    </div>
                  </li>
                ))}
              </ol>
            </Card>
            <Card title="Activity over the term">
              {dashboard.weeks.length === 0 ? (
                <p className="text-sm text-slate-600">The term has not started yet.</p>
              ) : (
                <ActivityChart
                  weeks={dashboard.weeks.map((week) => ({
                    weekStart: week.weekStart,
                    label: week.label,
                    shortLabel: format(parseCalendarDate(week.weekStart), "d MMM"),
                    count: week.count,
                  }))}
                />
              )}
            </Card>
          </div>

          <Card title="Goals">
            {dashboard.goalSummaries.length === 0 ? (
              <p className="text-sm text-slate-600">
                No goals yet.{" "}
                <Link href={`${base}/settings`} className="link-in-text">
                  Set goals
                </Link>{" "}
                to see who is on track.
              </p>
            ) : (
              <ul className="space-y-2 text-sm">
                {dashboard.goalSummaries.map((summary) => (
                  <li key={summary.goal.id} className="flex flex-wrap justify-between gap-2">
                    <span>{summary.label}</span>
                    <span>
                      <strong>{summary.met}</strong> met
                      {summary.behind > 0 && <span className="text-red-700"> · {summary.behind} behind</span>}
                      {summary.notYetMeasured > 0 && (
                        <span> · {summary.notYetMeasured} not yet measured</span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <section id="students" aria-labelledby="students-heading" className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="students-heading" className="text-lg font-semibold">
                Students
              </h2>
              <a href={`${base}/export.csv?${viewQuery(view)}`} className="link text-sm" download>
                Export this table as CSV
              </a>
            </div>
            <DashboardTable
              base={base}
              view={view}
              rows={dashboard.rows}
              goalCount={dashboard.goals.length}
              matching={dashboard.matching}
            />
            <Pagination
              path={base}
              params={{ sort: view.sort, dir: view.direction, filter: view.filter }}
              page={dashboard.page}
              pageCount={dashboard.pageCount}
              label="Students"
            />
          </section>
        </>
      )}
    </div>
  );
}
