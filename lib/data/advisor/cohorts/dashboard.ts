import "server-only";
import {
  buildCohortDashboard,
  filterDashboardRows,
  sortDashboardRows,
  type CohortDashboardRow,
  type DashboardView,
} from "@/lib/domain/cohort-dashboard";
import { cohortDashboardCsv, cohortDashboardCsvFilename } from "@/lib/domain/cohort-dashboard-csv";
import { goalsComingDue, summarizeCohort } from "@/lib/domain/cohort-summary";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { weeklyActivity } from "@/lib/domain/weekly-activity";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { recordAudit } from "@/lib/data/internal/audit";
import { loadCohortFacts, loadCohortGoals } from "@/lib/data/internal/cohort-facts";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { loadCohortFollowUps } from "@/lib/data/internal/nudge-records";
import { countOutcomesInCohort } from "@/lib/data/internal/outcome-records";

// 25 rows keep the page near 100 KB: each row is sent twice (HTML, then React's payload).
export const DASHBOARD_PAGE_SIZE = 25;
/**
 * Students named under each needs-attention reason, as many as its one-line summary has room for; the
 * table's reason filter lists the rest.
 */
export const ATTENTION_NAMES_SHOWN = 3;

// The advisor's view of one cohort. The number of queries is fixed (access, goals, settings, the members'
// facts and one of nudges and handled flags) whatever the cohort's size. Every rule runs once per student over the whole cohort (the summary,
// the needs-attention groups, the funnel, sorting and filtering see everyone); what reaches the page is
// bounded: a few names per reason and one page of the table, so the HTML stays small at any size.

async function computeDashboard(cohortId: string, now: Date) {
  const { advisor, cohort } = await requireAssignedCohort(cohortId);
  const [goals, settings, facts, followUps] = await Promise.all([
    loadCohortGoals(cohort.id),
    loadInstanceSettings(),
    loadCohortFacts(cohort.id, cohort.startsOn),
    loadCohortFollowUps(cohort.id),
  ]);
  const dashboard = buildCohortDashboard(
    facts.students,
    { goals, startsOn: cohort.startsOn, rules: { thankYouOverdueDays: settings.thankYou.overdueDays } },
    now,
    followUps,
  );
  return { advisor, cohort, goals, facts, dashboard };
}

export type CohortDashboardPage = Awaited<ReturnType<typeof getCohortDashboard>>;

export async function getCohortDashboard(
  cohortId: string,
  view: DashboardView,
  page: number,
  now = new Date(),
) {
  const { cohort, goals, facts, dashboard } = await computeDashboard(cohortId, now);
  const today = calendarDateIn(now, "UTC");
  const shown = sortDashboardRows(filterDashboardRows(dashboard.rows, view), view.sort, view.direction);
  const pageCount = Math.max(1, Math.ceil(shown.length / DASHBOARD_PAGE_SIZE));
  const currentPage = Math.min(Math.max(1, page), pageCount);
  return {
    cohort,
    goals,
    goalSummaries: dashboard.goals,
    goalsDue: goalsComingDue(dashboard.goals, today),
    funnel: dashboard.funnel,
    weeks: weeklyActivity(facts.weeklyActivity, cohort, today),
    summary: summarizeCohort(dashboard.rows, ATTENTION_NAMES_SHOWN),
    studentCount: dashboard.rows.length,
    matching: shown.length,
    page: currentPage,
    pageCount,
    pageSize: DASHBOARD_PAGE_SIZE,
    rows: shown.slice((currentPage - 1) * DASHBOARD_PAGE_SIZE, currentPage * DASHBOARD_PAGE_SIZE),
  };
}

/**
 * Every student the view's filters keep (not one page), as CSV, every cell escaped against spreadsheet
 * formulas. An export takes every student's figures out of the app, so it writes one audit row per student,
 * in one statement, before returning.
 */
export async function exportCohortDashboardCsv(cohortId: string, view: DashboardView, now = new Date()) {
  const { advisor, cohort, goals, dashboard } = await computeDashboard(cohortId, now);
  const rows: CohortDashboardRow[] = sortDashboardRows(
    filterDashboardRows(dashboard.rows, view),
    view.sort,
    view.direction,
  );
  const filter = { reason: view.reason, stage: view.stage, goal: view.goal };
  await recordAudit(
    advisor,
    rows.map((row) => ({
      action: "cohort.export" as const,
      subjectUserId: row.studentId,
      basisCohortId: cohort.id,
      details: { filter, rows: rows.length },
    })),
  );
  const outcomeCounts = await countOutcomesInCohort(cohort.id);
  return {
    filename: cohortDashboardCsvFilename(cohort.name, calendarDateIn(now, "UTC")),
    csv: cohortDashboardCsv(rows, goals, outcomeCounts),
  };
}
