import { attachment, exportFor, notFoundResponse } from "@/app/_lib/download";
import { exportCohortDashboardCsv } from "@/lib/data/advisor/cohorts/dashboard";
import { parseCohortDashboardQuery } from "@/lib/validation/cohort-dashboard-view";
import { parseRouteParam } from "@/lib/validation/route-params";

// The dashboard's students as a download: every one its filters keep (not just the page on screen), in its
// order. Authorization, the audit rows and formula escaping all happen in lib/data and lib/domain.
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const cohortId = parseRouteParam((await params).cohortId);
  if (cohortId === null) return notFoundResponse();
  const { view } = parseCohortDashboardQuery(Object.fromEntries(new URL(request.url).searchParams));
  const file = await exportFor(() => exportCohortDashboardCsv(cohortId, view));
  if (!file) return notFoundResponse();
  return attachment(file.csv, file.filename, "text/csv; charset=utf-8");
}
