import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { listPeople } from "@/lib/data/admin/people";
import { peopleFilterSchema } from "@/lib/validation/admin-people";
import { BUTTON_LINK, ROLE_LABEL, ROLE_OPTIONS, SECONDARY_LINK } from "../_components/labels";
import { PersonControls } from "./_components/person-controls";

export const metadata: Metadata = { title: "People" };

const STATUS_OPTIONS = [
  { value: "", label: "Active and deactivated" },
  { value: "active", label: "Active" },
  { value: "inactive", label: "Deactivated" },
];

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = peopleFilterSchema.parse(await searchParams);
  const people = await listPeople(filter);
  const filtered = Boolean(filter.q || filter.role || filter.status);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">People</h1>
          <p className="mt-1 text-slate-600">Everyone with an account: their role, status and cohorts.</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <Link href="/admin/invites" className={SECONDARY_LINK}>
            Pending invites
          </Link>
          <Link href="/admin/people/invite" className={BUTTON_LINK}>
            Invite people
          </Link>
        </div>
      </div>

      <Card>
        <Form
          action="/admin/people"
          role="search"
          aria-label="Find people"
          className="grid gap-4 sm:grid-cols-4"
        >
          <div className="sm:col-span-2">
            <TextField name="q" label="Name or email" type="search" defaultValue={filter.q ?? ""} />
          </div>
          <SelectField
            name="role"
            label="Role"
            options={[{ value: "", label: "All roles" }, ...ROLE_OPTIONS]}
            defaultValue={filter.role ?? ""}
          />
          <SelectField
            name="status"
            label="Status"
            options={STATUS_OPTIONS}
            defaultValue={filter.status ?? ""}
          />
          <div className="flex flex-wrap items-center gap-3 sm:col-span-4">
            <Button type="submit">Search</Button>
            {filtered && (
              <Link href="/admin/people" className="text-brand-700 text-sm font-semibold underline">
                Clear filters
              </Link>
            )}
          </div>
        </Form>
      </Card>

      <p className="text-sm text-slate-700" role="status">
        {people.total === 1 ? "1 person" : `${people.total} people`}
        {filtered ? (people.total === 1 ? " matches" : " match") : ""}.
      </p>

      {people.items.length === 0 ? (
        filtered ? (
          <EmptyState title="Nobody matches">Try part of a name or email, or clear the filters.</EmptyState>
        ) : (
          <EmptyState title="No people yet">
            <Link href="/admin/people/invite" className="text-brand-700 underline">
              Invite people
            </Link>{" "}
            to let them sign in.
          </EmptyState>
        )
      ) : (
        <ul className="space-y-4" aria-label="People">
          {people.items.map((person) => (
            <li key={person.id}>
              <Card>
                <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <h2 className="text-lg font-semibold break-words">
                      {person.name ?? person.email}
                      {person.isYou && <span className="font-normal text-slate-600"> (you)</span>}
                    </h2>
                    <p className="text-sm break-all text-slate-600">{person.email}</p>
                    <p className="mt-1 text-sm text-slate-700">
                      {person.cohortNames.length > 0
                        ? `Cohorts: ${person.cohortNames.join(", ")}`
                        : "No cohort"}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2 text-xs font-semibold">
                    <span className="bg-brand-50 text-brand-800 rounded-full px-2 py-0.5">
                      {ROLE_LABEL[person.role]}
                    </span>
                    {!person.active && (
                      <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900">
                        Deactivated
                      </span>
                    )}
                  </div>
                </div>
                {person.isYou ? (
                  <p className="text-sm text-slate-600">
                    Your own role and status can only be changed by another admin.
                  </p>
                ) : (
                  <PersonControls person={person} />
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}

      <Pagination
        path="/admin/people"
        params={{ q: filter.q, role: filter.role, status: filter.status }}
        page={people.page}
        pageCount={people.pageCount}
        label="People"
      />
    </div>
  );
}
