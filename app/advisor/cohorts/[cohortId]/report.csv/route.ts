import { attachment, exportFor, notFoundResponse } from "@/app/_lib/download";
import { exportTermReportCsv } from "@/lib/data/advisor/cohorts/term-report";
import { parseRouteParam } from "@/lib/validation/route-params";

// The term report as a spreadsheet; the comparison cohort, if any, is checked like the first (lib/data).
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }) {
  const cohortId = parseRouteParam((await params).cohortId);
  if (cohortId === null) return notFoundResponse();
  const compareId = parseRouteParam(new URL(request.url).searchParams.get("compare"));
  const file = await exportFor(() => exportTermReportCsv(cohortId, compareId));
  if (!file) return notFoundResponse();
  return attachment(file.csv, file.filename, "text/csv; charset=utf-8");
}
