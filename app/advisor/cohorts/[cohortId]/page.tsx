import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { getCohortDashboard } from "@/lib/data/advisor/cohorts/dashboard";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { cohortDashboardQuery, parseCohortDashboardQuery } from "@/lib/validation/cohort-dashboard-view";
import { ActivityChart } from "./_components/activity-chart";
import { AttentionGroups } from "./_components/attention-groups";
import { DashboardFilters } from "./_components/dashboard-filters";
import { DashboardTable } from "./_components/dashboard-table";
import { FunnelSteps } from "./_components/funnel-steps";
import { SummaryBand } from "./_components/summary-band";
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
  const { view, page } = parseCohortDashboardQuery(await searchParams);
  const now = new Date();
  const dashboard = await getCohortDashboard(cohortId, view, page, now);
  const { cohort } = dashboard;
  const base = `/advisor/cohorts/${cohort.id}`;
  const query = cohortDashboardQuery(view);

  return (
    // A data page: the shell widens its main column for it (app-shell.tsx).
    <div className="space-y-6" data-layout="wide">
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
            {cohort.term} · {formatDisplayDate(cohort.startsOn)} – {formatDisplayDate(cohort.endsOn)}
          </p>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm font-semibold">
          <li>
            <Link href={`${base}/enrol`} className="link">
              Add students
            </Link>
          </li>
          <li>
            <Link href={`${base}/report`} className="link">
              Term report
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
          <SummaryBand
            base={base}
            summary={dashboard.summary}
            goalsDue={dashboard.goalsDue}
            hasGoals={dashboard.goals.length > 0}
          />

          <div className="grid grid-cols-1 gap-6 xl:grid-cols-2 [&>*]:min-w-0">
            <Card title="Needs attention">
              <AttentionGroups base={base} groups={dashboard.summary.groups} />
            </Card>
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
                    <li key={summary.goal.id} className="flex flex-wrap justify-between gap-x-4">
                      <span>{summary.label}</span>
                      <span className="tabular-nums">
                        <span className="font-semibold">{summary.met}</span> met
                        {summary.behind > 0 && (
                          <span className="text-red-800"> · {summary.behind} behind</span>
                        )}
                        {summary.notYetMeasured > 0 && (
                          <span> · {summary.notYetMeasured} not yet measured</span>
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title="The six steps">
              <p className="mb-3 text-sm text-slate-600">
                Students who have done each step and the ones before it, as their own tracker counts.
              </p>
              <FunnelSteps
                steps={dashboard.funnel.map(({ step, label, reached, share }) => ({
                  step,
                  label,
                  reached,
                  share,
                }))}
                studentCount={dashboard.studentCount}
              />
            </Card>
            <Card title="Activity over the term">
              {dashboard.weeks.length === 0 ? (
                <p className="text-sm text-slate-600">The term has not started yet.</p>
              ) : (
                <ActivityChart weeks={dashboard.weeks} />
              )}
            </Card>
          </div>

          <section id="students" aria-labelledby="students-heading" className="space-y-4">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <h2 id="students-heading" className="text-lg font-semibold">
                Students
              </h2>
              <a href={`${base}/export.csv${query ? `?${query}` : ""}`} className="link text-sm" download>
                Download all {dashboard.matching} as CSV
              </a>
            </div>
            <DashboardFilters base={base} view={view} />
            {/* "Nudge selected" opens the compose page with the students ticked in the table, and works
                without JavaScript. */}
            <form method="get" action={`${base}/nudge`} className="space-y-4">
              <div className="flex flex-wrap items-center gap-3">
                <Button type="submit" variant="secondary" size="sm">
                  Nudge selected
                </Button>
                <span className="text-sm text-slate-600">
                  Tick students in the table, then nudge them together.
                </span>
              </div>
              <p className="text-sm text-slate-600" role="status">
                {dashboard.matching === dashboard.studentCount
                  ? `${dashboard.studentCount} ${dashboard.studentCount === 1 ? "student" : "students"}`
                  : `${dashboard.matching} of ${dashboard.studentCount} students match`}
                {dashboard.pageCount > 1 &&
                  `, ${(dashboard.page - 1) * dashboard.pageSize + 1}–${(dashboard.page - 1) * dashboard.pageSize + dashboard.rows.length} shown`}
              </p>
              {dashboard.rows.length === 0 ? (
                <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
                  No student matches these filters.
                </p>
              ) : (
                <DashboardTable
                  base={base}
                  view={view}
                  rows={dashboard.rows}
                  goalCount={dashboard.goals.length}
                  today={calendarDateIn(now, "UTC")}
                  nowMs={now.getTime()}
                />
              )}
            </form>
            <Pagination
              path={base}
              params={Object.fromEntries(new URLSearchParams(query))}
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
