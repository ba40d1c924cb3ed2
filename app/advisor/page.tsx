import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { listMyCohorts } from "@/lib/data/advisor/my-cohorts";

export const metadata: Metadata = { title: "My cohorts" };

const dateFormat = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

export default async function AdvisorHomePage() {
  const cohorts = await listMyCohorts();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">My cohorts</h1>
      {cohorts.length === 0 ? (
        <EmptyState title="No cohorts assigned yet">
          An administrator assigns advisors to cohorts. Once you are assigned, your students appear here.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {cohorts.map((cohort) => (
            <li key={cohort.id}>
              <Card>
                <h2 className="text-lg font-semibold">{cohort.name}</h2>
                <p className="text-sm text-slate-600">
                  {cohort.term} · {dateFormat.format(new Date(cohort.startsOn))} –{" "}
                  {dateFormat.format(new Date(cohort.endsOn))}
                </p>
                <p className="mt-3 text-sm">
                  <strong>{cohort.studentCount}</strong> {cohort.studentCount === 1 ? "student" : "students"}
                </p>
                <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
                  <li>
                    <Link href={`/advisor/cohorts/${cohort.id}`} className="text-brand-700 underline">
                      Dashboard<span className="sr-only"> for {cohort.name}</span>
                    </Link>
                  </li>
                  <li>
                    <Link href={`/advisor/cohorts/${cohort.id}/enrol`} className="text-brand-700 underline">
                      Add students<span className="sr-only"> to {cohort.name}</span>
                    </Link>
                  </li>
                  <li>
                    <Link
                      href={`/advisor/cohorts/${cohort.id}/settings`}
                      className="text-brand-700 underline"
                    >
                      Settings and goals<span className="sr-only"> for {cohort.name}</span>
                    </Link>
                  </li>
                </ul>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
