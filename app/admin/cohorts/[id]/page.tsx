import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getCohortForAdmin } from "@/lib/data/admin/cohorts";
import {
  archiveCohortAction,
  unarchiveCohortAction,
  unassignAdvisorAction,
  updateCohortAction,
} from "../actions";
import { AssignAdvisorForm } from "../_components/assign-advisor-form";
import { CohortForm } from "@/app/_components/cohort-form";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Cohort" };

const NOTICE = {
  created: "Cohort created. Assign its advisors below, then invite its students.",
  archived: "Cohort archived. Its advisors no longer see its students; nothing was deleted.",
  unarchived: "Cohort restored. Its advisors see its students again.",
} as const;

export default async function AdminCohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const id = routeParam(rawId);
  const cohort = await getCohortForAdmin(id);
  const notice = (Object.keys(NOTICE) as (keyof typeof NOTICE)[]).find((key) => query[key]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href="/admin/cohorts" className="link inline-block text-sm">
        ← Cohorts
      </Link>
      {notice && (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
        >
          {NOTICE[notice]}
        </p>
      )}
      <Card>
        <h1 className="text-2xl font-semibold">
          {cohort.name}
          {cohort.archived && (
            <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 align-middle text-sm font-semibold text-slate-700">
              Archived
            </span>
          )}
        </h1>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          {cohort.studentCount} {cohort.studentCount === 1 ? "student" : "students"}
        </p>
        {/* Archiving moves the version on: a fresh form takes the new one (a save keeps its own). */}
        <CohortForm
          key={cohort.archived ? "archived" : "open"}
          action={updateCohortAction}
          initial={{ name: cohort.name, term: cohort.term, startsOn: cohort.startsOn, endsOn: cohort.endsOn }}
          hidden={{ id: cohort.id, version: String(cohort.version) }}
          submitLabel="Save changes"
        />
      </Card>

      <Card title="Advisors">
        {cohort.advisors.length === 0 ? (
          <EmptyState title="No advisor assigned">
            Until someone is assigned, no advisor sees this cohort&apos;s students.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {cohort.advisors.map((advisor) => (
              <li key={advisor.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div className="min-w-0">
                  <p className="font-medium">
                    {advisor.name ?? advisor.email}
                    {!advisor.active && <span className="text-sm text-amber-800"> (deactivated)</span>}
                  </p>
                  {advisor.name && <p className="text-sm break-all text-slate-600">{advisor.email}</p>}
                </div>
                <form action={unassignAdvisorAction}>
                  <input type="hidden" name="cohortId" value={cohort.id} />
                  <input type="hidden" name="advisorId" value={advisor.id} />
                  <Button
                    type="submit"
                    variant="secondary"
                    aria-label={`Unassign ${advisor.name ?? advisor.email} from ${cohort.name}`}
                  >
                    Unassign
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-5 border-t border-slate-100 pt-5">
          <h3 className="mb-3 text-base font-semibold">Assign an advisor</h3>
          {cohort.assignableAdvisors.length === 0 ? (
            <p className="text-sm text-slate-600">
              Every active advisor is already assigned. To add someone new,{" "}
              <Link href="/admin/people/invite" className="link-in-text">
                invite them as an advisor
              </Link>{" "}
              or change their role on the{" "}
              <Link href="/admin/people" className="link-in-text">
                People
              </Link>{" "}
              page.
            </p>
          ) : (
            <AssignAdvisorForm cohortId={cohort.id} advisors={cohort.assignableAdvisors} />
          )}
        </div>
      </Card>

      <Card title={cohort.archived ? "Restore this cohort" : "Archive this cohort"}>
        <p className="mb-4 text-sm text-slate-700">
          {cohort.archived
            ? "Restoring opens the cohort to its advisors again."
            : "Archiving closes the cohort to its advisors at once. Students keep their own records, and you can restore it later."}
        </p>
        <form action={cohort.archived ? unarchiveCohortAction : archiveCohortAction}>
          <input type="hidden" name="cohortId" value={cohort.id} />
          <Button type="submit" variant="secondary">
            {cohort.archived ? "Restore cohort" : "Archive cohort"}
          </Button>
        </form>
      </Card>
    </div>
  );
}
