import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { buildCohortDashboard } from "@/lib/domain/cohort-dashboard";
import { cohortDashboardCsvFilename } from "@/lib/domain/cohort-dashboard-csv";
import type { OutcomeKind } from "@/lib/domain/outcome-kinds";
import { buildTermReport, termReportCsv, type TermReport } from "@/lib/domain/term-report";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { listMyCohorts } from "@/lib/data/advisor/my-cohorts";
import { loadCohortFacts, loadCohortGoals } from "@/lib/data/internal/cohort-facts";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";

// A cohort's term in aggregate figures: no student is named, so reading it writes no audit row (the
// dashboard's CSV, which names each student, does). Both cohorts of a comparison go through
// requireAssignedCohort: a cohort the advisor isn't assigned to answers 404, never its figures.

export type TermReportPage = {
  report: TermReport;
  compare: TermReport | null;
  /** The advisor's other cohorts, to compare with. */
  compareChoices: { id: string; name: string; term: string }[];
};

export async function getTermReport(cohortId: string, compareId: string | null, now = new Date()) {
  const [report, compare, mine] = await Promise.all([
    termReportOf(cohortId, now),
    compareId && compareId !== cohortId ? termReportOf(compareId, now) : null,
    listMyCohorts(),
  ]);
  return {
    report,
    compare,
    compareChoices: mine
      .filter((c) => c.id !== report.cohort.id)
      .map(({ id, name, term }) => ({ id, name, term })),
  } satisfies TermReportPage;
}

/** The report as CSV: a figure a line, the cohort (and the one compared with) a column each. */
export async function exportTermReportCsv(cohortId: string, compareId: string | null, now = new Date()) {
  const [report, compare] = await Promise.all([
    termReportOf(cohortId, now),
    compareId && compareId !== cohortId ? termReportOf(compareId, now) : null,
  ]);
  const name = cohortDashboardCsvFilename(report.cohort.name, calendarDateIn(now, "UTC"));
  return {
    filename: name.replace(/\.csv$/, "-term-report.csv"),
    csv: termReportCsv(compare ? [report, compare] : [report]),
  };
}

async function termReportOf(cohortId: string, now: Date): Promise<TermReport> {
  const { cohort } = await requireAssignedCohort(cohortId);
  const [goals, settings, facts, contactsInterviewed, outcomeRows] = await Promise.all([
    loadCohortGoals(cohort.id),
    loadInstanceSettings(),
    loadCohortFacts(cohort.id, cohort.startsOn),
    loadContactsInterviewed(cohort.id),
    loadOutcomeKinds(cohort.id),
  ]);
  const dashboard = buildCohortDashboard(
    facts.students,
    { goals, startsOn: cohort.startsOn, rules: { thankYouOverdueDays: settings.thankYou.overdueDays } },
    now,
  );
  return buildTermReport({
    cohort: {
      id: cohort.id,
      name: cohort.name,
      term: cohort.term,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
    },
    studentCount: dashboard.rows.length,
    funnel: dashboard.funnel,
    goals: dashboard.goals,
    thankYous: dashboard.rows.map((row) => row.thankYous),
    contactsInterviewed,
    outcomes: outcomeRows,
  });
}

/**
 * For each contact a student of the cohort has interviewed: the first message to them and the first
 * completed interview with them, the interview's day taken where it happened (as the dashboard does).
 */
async function loadContactsInterviewed(cohortId: string) {
  const rows = await getDb().execute<{ first_contact_on: string; interviewed_on: string }>(sql`
    select min(o.sent_on)::text as first_contact_on,
           min((i.starts_at at time zone i.time_zone)::date)::text as interviewed_on
    from contacts c
    join interviews i on i.contact_id = c.id and i.student_id = c.student_id and i.status = 'completed'
    join outreach_attempts o on o.contact_id = c.id and o.student_id = c.student_id and not o.is_follow_up
    where c.student_id in (select student_id from cohort_students where cohort_id = ${cohortId})
    group by c.id`);
  return rows.map((r) => ({ firstContactOn: r.first_contact_on, interviewedOn: r.interviewed_on }));
}

/** Every outcome of the cohort's students, whenever recorded: a job offer may come after the term ends. */
async function loadOutcomeKinds(cohortId: string) {
  const rows = await getDb().execute<{ student_id: string; kind: OutcomeKind }>(sql`
    select student_id, kind from outcomes
    where student_id in (select student_id from cohort_students where cohort_id = ${cohortId})`);
  return rows.map((r) => ({ studentId: r.student_id, kind: r.kind }));
}
