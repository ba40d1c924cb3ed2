import type { Metadata } from "next";
import Link from "next/link";
import { CohortForm } from "@/app/_components/cohort-form";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getCohortSettings } from "@/lib/data/advisor/cohorts/settings";
import { describeGoal } from "@/lib/domain/cohort-goals";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { addCohortGoalAction, removeCohortGoalAction, updateCohortSettingsAction } from "./actions";
import { CountGoalForm, TimelinessGoalForm } from "./_components/goal-forms";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Cohort settings" };

export default async function CohortSettingsPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const cohortId = routeParam((await params).cohortId);
  const cohort = await getCohortSettings(cohortId);
  const weeksHint = `Week 1 starts ${formatDisplayDate(cohort.startsOn)}; this term has ${cohort.weeks} ${
    cohort.weeks === 1 ? "week" : "weeks"
  }.`;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/advisor" className="link-in-text">
          My cohorts
        </Link>{" "}
        ›{" "}
        <Link href={`/advisor/cohorts/${cohort.id}`} className="link-in-text">
          {cohort.name}
        </Link>{" "}
        › Settings
      </nav>
      <h1 className="text-2xl font-semibold">Settings for {cohort.name}</h1>
      <Card title="Details">
        <CohortForm
          submitLabel="Save details"
          action={updateCohortSettingsAction}
          initial={{ name: cohort.name, term: cohort.term, startsOn: cohort.startsOn, endsOn: cohort.endsOn }}
          hidden={{ cohortId: cohort.id, version: String(cohort.version) }}
        />
      </Card>
      <Card title="Goals">
        <p className="mb-4 text-sm text-slate-700">
          What every student in the cohort should reach. Students see their progress on their home page.
        </p>
        {cohort.goals.length === 0 ? (
          <EmptyState title="No goals yet">
            Add a goal such as “3 interviews completed by week 6” or “thank-you sent within 2 days”.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {cohort.goals.map((goal) => (
              <li key={goal.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <span>
                  {describeGoal(goal)}
                  {goal.outsideTerm && (
                    <span className="mt-1 block text-sm font-medium text-amber-800">
                      Due outside the term’s dates: remove it and add it again if the term moved.
                    </span>
                  )}
                </span>
                <form action={removeCohortGoalAction}>
                  <input type="hidden" name="cohortId" value={cohort.id} />
                  <input type="hidden" name="goalId" value={goal.id} />
                  <Button type="submit" variant="secondary" size="sm">
                    Remove<span className="sr-only"> goal: {describeGoal(goal)}</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Add a count goal">
        <CountGoalForm action={addCohortGoalAction} cohortId={cohort.id} weeksHint={weeksHint} />
      </Card>
      <Card title="Add a thank-you goal">
        <TimelinessGoalForm action={addCohortGoalAction} cohortId={cohort.id} />
      </Card>
      <p className="text-sm">
        <Link href={`/advisor/cohorts/${cohort.id}/enrol`} className="link">
          Add students to {cohort.name}
        </Link>
      </p>
    </div>
  );
}
