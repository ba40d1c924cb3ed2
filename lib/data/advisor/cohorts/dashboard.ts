import "server-only";
import {
  buildCohortDashboard,
  filterDashboardRows,
  sortDashboardRows,
  type CohortDashboard,
  type CohortDashboardRow,
  type DashboardView,
} from "@/lib/domain/cohort-dashboard";
import { cohortDashboardCsv, cohortDashboardCsvFilename } from "@/lib/domain/cohort-dashboard-csv";
import type { CohortGoal } from "@/lib/domain/cohort-goals";
import {
  goalsComingDue,
  summarizeCohort,
  type CohortSummary,
  type GoalDue,
} from "@/lib/domain/cohort-summary";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { weeklyActivity, type ActivityWeek } from "@/lib/domain/weekly-activity";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { recordAudit } from "@/lib/data/internal/audit";
import { toCohortFacts } from "@/lib/data/internal/cohort-facts";
import { loadDashboardInputs } from "@/lib/data/internal/dashboard-inputs";
import { dashboardModelCache, modelValidity } from "@/lib/data/internal/dashboard-model-cache";
import { countOutcomesInCohort } from "@/lib/data/internal/outcome-records";

// 25 rows keep the page near 100 KB: each row is sent twice (HTML, then React's payload).
export const DASHBOARD_PAGE_SIZE = 25;
/**
 * Students named under each needs-attention reason, as many as its one-line summary has room for; the
 * table's reason filter lists the rest.
 */
export const ATTENTION_NAMES_SHOWN = 3;

// The advisor's view of one cohort, in three statements whatever the cohort's size: the session, access, and
// dashboard-inputs.ts's one statement for the members' facts, goals, thank-you rule, nudges and handled flags.
// Every rule runs once per student over the whole cohort (the summary, the needs-attention groups, the funnel,
// sorting and filtering see everyone); what reaches the page is bounded: a few names per reason and one page
// of the table, so the HTML stays small at any size. The model built from the rules is kept per cohort while
// its inputs and the dates the rules read stay the same (dashboard-model-cache.ts), with each view's sorted
// rows, so paging, sorting and filtering a cohort reuses it.

type DashboardModel = {
  goals: CohortGoal[];
  dashboard: CohortDashboard;
  summary: CohortSummary;
  goalsDue: GoalDue[];
  weeks: ActivityWeek[];
  /** The rows each view keeps, sorted, by view (a few views per model). */
  views: Map<string, CohortDashboardRow[]>;
};

const VIEWS_KEPT = 8;

type AssignedCohort = Awaited<ReturnType<typeof requireAssignedCohort>>["cohort"];

async function dashboardModel(cohort: AssignedCohort, now: Date): Promise<DashboardModel> {
  const cache = dashboardModelCache();
  const key = `${cohort.startsOn}/${cohort.endsOn}`;
  const { fingerprint, inputs } = await loadDashboardInputs(cohort.id, cache.heldFingerprint(cohort.id));
  const held = cache.get<DashboardModel>(cohort.id, fingerprint, key, now);
  if (held) return held;
  // The statement sends the inputs whenever the fingerprint is not the one held; it is held yet stale (a date
  // boundary passed), so read them again.
  const fresh = inputs ?? (await loadDashboardInputs(cohort.id, null)).inputs!;
  const facts = toCohortFacts(fresh.members, cohort.startsOn);
  const dashboard = buildCohortDashboard(
    facts.students,
    {
      goals: fresh.goals,
      startsOn: cohort.startsOn,
      rules: { thankYouOverdueDays: fresh.thankYouOverdueDays },
    },
    now,
    fresh.followUps,
  );
  const today = calendarDateIn(now, "UTC");
  const model: DashboardModel = {
    goals: fresh.goals,
    dashboard,
    summary: summarizeCohort(dashboard.rows, ATTENTION_NAMES_SHOWN),
    goalsDue: goalsComingDue(dashboard.goals, today),
    weeks: weeklyActivity(facts.weeklyActivity, cohort, today),
    views: new Map(),
  };
  const zones = facts.students.map((student) => student.timeZone);
  cache.set(
    cohort.id,
    modelValidity(fingerprint, key, now, zones, fresh.followUps),
    model,
    facts.students.length,
  );
  return model;
}

/** The model's rows for a view: filtered and sorted once per view while the model lasts. */
function rowsForView(model: DashboardModel, view: DashboardView): CohortDashboardRow[] {
  const key = `${view.sort} ${view.direction} ${view.reason} ${view.stage} ${view.goal}`;
  let rows = model.views.get(key);
  if (rows === undefined) {
    rows = sortDashboardRows(filterDashboardRows(model.dashboard.rows, view), view.sort, view.direction);
    if (model.views.size >= VIEWS_KEPT) model.views.delete(model.views.keys().next().value!);
    model.views.set(key, rows);
  }
  return rows;
}

export type CohortDashboardPage = Awaited<ReturnType<typeof getCohortDashboard>>;

export async function getCohortDashboard(
  cohortId: string,
  view: DashboardView,
  page: number,
  now = new Date(),
) {
  const { cohort } = await requireAssignedCohort(cohortId);
  const model = await dashboardModel(cohort, now);
  const shown = rowsForView(model, view);
  const pageCount = Math.max(1, Math.ceil(shown.length / DASHBOARD_PAGE_SIZE));
  const currentPage = Math.min(Math.max(1, page), pageCount);
  return {
    cohort,
    goals: model.goals,
    goalSummaries: model.dashboard.goals,
    goalsDue: model.goalsDue,
    funnel: model.dashboard.funnel,
    weeks: model.weeks,
    summary: model.summary,
    studentCount: model.dashboard.rows.length,
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
  const { advisor, cohort } = await requireAssignedCohort(cohortId);
  const model = await dashboardModel(cohort, now);
  const rows = rowsForView(model, view);
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
    csv: cohortDashboardCsv(rows, model.goals, outcomeCounts),
  };
}
