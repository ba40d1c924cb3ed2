import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { listCohorts } from "@/lib/data/admin/cohorts";
import { cohortFilterSchema, type CohortListStatus } from "@/lib/validation/admin-cohort";
import { BUTTON_LINK, formatDay } from "../_components/labels";

export const metadata: Metadata = { title: "Cohorts" };

const FILTERS: { status: CohortListStatus; label: string }[] = [
  { status: "active", label: "Active" },
  { status: "archived", label: "Archived" },
  { status: "all", label: "All" },
];

export default async function AdminCohortsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { status } = cohortFilterSchema.parse(await searchParams);
  const cohorts = await listCohorts({ status });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Cohorts</h1>
          <p className="mt-1 text-slate-600">Classes and programs: their terms, dates and advisors.</p>
        </div>
        <Link href="/admin/cohorts/new" className={BUTTON_LINK}>
          New cohort
        </Link>
      </div>
      <nav aria-label="Show cohorts">
        <ul className="flex flex-wrap gap-2 text-sm font-semibold">
          {FILTERS.map((filter) => (
            <li key={filter.status}>
              <Link
                href={
                  filter.status === "active" ? "/admin/cohorts" : `/admin/cohorts?status=${filter.status}`
                }
                aria-current={filter.status === status ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border px-4 ${
                  filter.status === status
                    ? "border-brand-700 bg-brand-50 text-brand-800"
                    : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
                }`}
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {cohorts.length === 0 ? (
        <EmptyState title={status === "archived" ? "No archived cohorts" : "No cohorts yet"}>
          {status === "archived" ? (
            "Archived cohorts appear here. Archiving closes a cohort to its advisors and keeps everything."
          ) : (
            <>
              <Link href="/admin/cohorts/new" className="text-brand-700 underline">
                Create a cohort
              </Link>
              , then assign its advisors and invite its students.
            </>
          )}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Cohorts">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <Card className="h-full">
                <h2 className="text-lg font-semibold">
                  <Link href={`/admin/cohorts/${cohort.id}`} className="text-brand-700 underline">
                    {cohort.name}
                  </Link>
                  {cohort.archived && (
                    <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 align-middle text-xs font-semibold text-slate-700">
                      Archived
                    </span>
                  )}
                </h2>
                <p className="text-sm text-slate-600">
                  {cohort.term} · {formatDay(cohort.startsOn)} – {formatDay(cohort.endsOn)}
                </p>
                <p className="mt-3 text-sm">
                  <strong>{cohort.studentCount}</strong> {cohort.studentCount === 1 ? "student" : "students"}
                </p>
                <p className="text-sm text-slate-700">
                  {cohort.advisorNames.length > 0
                    ? `Advisors: ${cohort.advisorNames.join(", ")}`
                    : "No advisor assigned yet"}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
