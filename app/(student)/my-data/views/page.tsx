import type { Metadata } from "next";
import Link from "next/link";
import { formatMoment } from "@/lib/domain/display-date";
import { auditActionLabel } from "@/app/_components/audit-action-label";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { listViewsOfMyRecords } from "@/lib/data/student/my-data/record-views";
import { getMyTimeZone } from "@/lib/data/student/interviews/interviews";
import { myRecordViewsFilterSchema } from "@/lib/validation/audit-log";

export const metadata: Metadata = { title: "Who viewed my records" };

const ROLE_WORD = { student: "Student", advisor: "Advisor", admin: "Admin" } as const;

export default async function MyRecordViewsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { page } = myRecordViewsFilterSchema.parse(await searchParams);
  const [views, timeZone] = await Promise.all([listViewsOfMyRecords(page), getMyTimeZone()]);
  const now = new Date();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/my-data" className="link inline-block text-sm">
        ← My data
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">Who viewed my records</h1>
        <p className="mt-1 text-slate-600">
          Each time an advisor opened your records, commented on them or exported them, and as advisor of
          which cohort. Times are in your time zone ({timeZone}).
        </p>
      </div>
      {views.items.length === 0 ? (
        <EmptyState title="Nobody has viewed your records yet">
          When an advisor of one of your cohorts looks at your work, it is listed here.
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" aria-label="Views of my records">
            {views.items.map((view) => (
              <li key={view.id} className="py-3">
                <p className="font-medium">
                  {view.viewerName}
                  {view.viewerRole && (
                    <span className="font-normal text-slate-600"> · {ROLE_WORD[view.viewerRole]}</span>
                  )}
                </p>
                <p className="text-sm text-slate-700">
                  {auditActionLabel(view.action, "student")}
                  {view.cohortName && <> · as advisor of {view.cohortName}</>}
                </p>
                <p className="text-sm text-slate-600">
                  <time dateTime={view.at.toISOString()}>{formatMoment(view.at, timeZone, now)}</time>
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Pagination
        path="/my-data/views"
        params={{}}
        page={views.page}
        pageCount={views.pageCount}
        label="Views of my records"
      />
    </div>
  );
}
