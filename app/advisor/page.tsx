import type { Metadata } from "next";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { listMyCohorts } from "@/lib/data/advisor-cohorts";

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
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
