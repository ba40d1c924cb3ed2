import type { Metadata } from "next";
import Link from "next/link";
import { Button, buttonClass } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { SelectField } from "@/components/select-field";
import { listMyCareerFields } from "@/lib/data/student/research/career-fields";
import { listMyOrganizations } from "@/lib/data/student/research/organizations";
import { PRIORITY_LABEL } from "@/lib/domain/vocabulary";
import { createCareerFieldAction, deleteCareerFieldAction, updateCareerFieldAction } from "./actions";
import { CareerFieldForm } from "./_components/career-field-form";
import { CareerFieldList } from "./_components/career-field-list";
import { parseRouteParam } from "@/lib/validation/route-params";
import { plural } from "@/lib/domain/plural";

export const metadata: Metadata = { title: "Research" };

const PRIORITY_STYLE = {
  high: "bg-amber-100 text-amber-900",
  medium: "bg-slate-100 text-slate-800",
  low: "bg-slate-50 text-slate-600",
} as const;

export default async function ResearchPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string; fieldDeleted?: string; field?: string | string[] }>;
}) {
  const params = await searchParams;
  const fieldParam = parseRouteParam(params.field) ?? undefined;
  // The organization query is scoped to the student, so a field id that isn't theirs simply matches nothing.
  const [fields, organizations] = await Promise.all([
    listMyCareerFields(),
    listMyOrganizations({ careerFieldId: fieldParam }),
  ]);
  // undefined: no filter; null: a field that isn't (or is no longer) the student's, e.g. a link to a deleted one.
  const filter = fieldParam ? (fields.find((f) => f.id === fieldParam) ?? null) : undefined;
  const newOrganizationHref = filter
    ? `/research/organizations/new?${new URLSearchParams({ field: filter.id })}`
    : "/research/organizations/new";
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Research</h1>
        <p className="mt-1 text-slate-600">
          Step 1: the career fields you are curious about, the organizations where that work happens, and why.
        </p>
      </div>
      {params.deleted && (
        <p role="status" className="rounded-md bg-slate-100 p-3 text-sm">
          Organization deleted.
        </p>
      )}
      {params.fieldDeleted && (
        <p role="status" className="rounded-md bg-slate-100 p-3 text-sm">
          Career field deleted. Its organizations are still in your list.
        </p>
      )}

      <Card title="Career fields">
        {fields.length === 0 ? (
          <EmptyState title="No career fields yet">
            Start with 2–3 fields you are curious about, such as “user research” or “public health policy”.
            Note what draws you to each; then add organizations where that work happens.
          </EmptyState>
        ) : (
          <CareerFieldList
            fields={fields}
            updateAction={updateCareerFieldAction}
            deleteAction={deleteCareerFieldAction}
          />
        )}
        <section aria-labelledby="add-career-field" className="mt-6 border-t border-slate-100 pt-4">
          <h3 id="add-career-field" className="mb-3 text-base font-semibold text-slate-900">
            Add a career field
          </h3>
          <CareerFieldForm
            id="new-career-field"
            action={createCareerFieldAction}
            initial={{ creationKey: crypto.randomUUID() }}
            hidden={{}}
            submitLabel="Add career field"
            savedMessage="Career field added."
          />
        </section>
      </Card>

      <Card>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="organizations" className="text-lg font-semibold text-slate-900">
            Organizations
          </h2>
          <Link href={newOrganizationHref} className={buttonClass("primary")}>
            Add an organization
          </Link>
        </div>
        {fields.length > 0 && (
          <form role="search" action="/research" className="mb-4 flex flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1 basis-56">
              <SelectField
                name="field"
                label="Show organizations in"
                options={[
                  { value: "", label: "All career fields" },
                  ...fields.map((f) => ({ value: f.id, label: f.name })),
                ]}
                defaultValue={filter?.id ?? ""}
              />
            </div>
            <Button type="submit" variant="secondary">
              Show
            </Button>
          </form>
        )}
        {filter === null && (
          <p role="status" className="mb-4 rounded-md bg-slate-100 p-3 text-sm">
            That career field is no longer in your list.{" "}
            <Link href="/research" className="link-in-text">
              Show all organizations
            </Link>
          </p>
        )}
        {filter && organizations.length > 0 && (
          <p className="mb-2 text-sm text-slate-700">
            Showing organizations in {filter.name}.{" "}
            <Link href="/research" className="link-in-text">
              Show all
            </Link>
          </p>
        )}
        {filter === null ? null : organizations.length === 0 ? (
          <NoOrganizations field={filter} addHref={newOrganizationHref} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {organizations.map((org) => (
              <li key={org.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <Link href={`/research/organizations/${org.id}`} className="link">
                    {org.name}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {[org.industry, org.careerFieldName].filter(Boolean).join(" · ") ||
                      "No industry or career field noted"}
                  </p>
                </div>
                <div className="flex items-center gap-3 text-sm">
                  <span className="text-slate-600">{plural(org.contactCount, "contact")}</span>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ${PRIORITY_STYLE[org.priority]}`}
                  >
                    {PRIORITY_LABEL[org.priority]} priority
                  </span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function NoOrganizations({ field, addHref }: { field?: { name: string }; addHref: string }) {
  if (!field) {
    return (
      <EmptyState title="No organizations yet">
        Start with two or three places whose work interests you. Note why: it becomes the opening line of your
        outreach.
      </EmptyState>
    );
  }
  return (
    <EmptyState title={`No organizations in ${field.name} yet`}>
      <p>Where does this kind of work happen? Think of companies, public bodies, nonprofits and labs.</p>
      <div className="mt-3 flex flex-wrap justify-center gap-x-6 gap-y-2">
        <Link href={addHref} className="link">
          Add one in {field.name}
        </Link>
        <Link href="/research" className="link">
          Show all organizations
        </Link>
      </div>
    </EmptyState>
  );
}
