import { attachment, exportFor, notFoundResponse } from "@/app/_lib/download";
import { exportCohortDashboardCsv } from "@/lib/data/advisor/cohorts/dashboard";
import { parseDashboardView } from "@/lib/domain/cohort-dashboard";
import { parseRouteParam } from "@/lib/validation/route-params";

// The dashboard table as a download, in the order and filter the advisor was looking at. Authorization,
// the audit rows and formula escaping all happen in lib/data and lib/domain.
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const cohortId = parseRouteParam((await params).cohortId);
  if (cohortId === null) return notFoundResponse();
  const search = new URL(request.url).searchParams;
  const view = parseDashboardView({
    sort: search.get("sort") ?? undefined,
    dir: search.get("dir") ?? undefined,
    filter: search.get("filter") ?? undefined,
  });
  const file = await exportFor(() => exportCohortDashboardCsv(cohortId, view));
  if (!file) return notFoundResponse();
  return attachment(file.csv, file.filename, "text/csv; charset=utf-8");
}
