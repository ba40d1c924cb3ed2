import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { PEOPLE_SORTS, type PeopleFilter, type PeopleSort } from "@/lib/validation/admin-people";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { SelectField } from "@/components/select-field";
import { TextField } from "@/components/text-field";
import { listPeople } from "@/lib/data/admin/people";
import { peopleFilterSchema } from "@/lib/validation/admin-people";
import { BUTTON_LINK, ROLE_OPTIONS, SECONDARY_LINK } from "../_components/labels";
import { PeopleTable } from "./_components/people-table";

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
          <h1 className="text-2xl font-semibold">People</h1>
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
          {/* A new search keeps the column the list is sorted by. */}
          {sortParam(filter) && <input type="hidden" name="sort" value={filter.sort} />}
          {dirParam(filter) && <input type="hidden" name="dir" value={filter.dir} />}
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
              <Link href="/admin/people" className="link text-sm">
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
            <Link href="/admin/people/invite" className="link-in-text">
              Invite people
            </Link>{" "}
            to let them sign in.
          </EmptyState>
        )
      ) : (
        <PeopleTable people={people.items} sort={filter.sort} dir={filter.dir} sortHref={sortLinks(filter)} />
      )}

      <Pagination
        path="/admin/people"
        params={{
          q: filter.q,
          role: filter.role,
          status: filter.status,
          sort: sortParam(filter),
          dir: dirParam(filter),
        }}
        page={people.page}
        pageCount={people.pageCount}
        label="People"
      />
    </div>
  );
}

// Name ascending is the default: left out of the URL so plain links stay plain.
const sortParam = (f: PeopleFilter) => (f.sort === "name" && f.dir === "asc" ? undefined : f.sort);
const dirParam = (f: PeopleFilter) => (f.sort === "name" && f.dir === "asc" ? undefined : f.dir);

/** Each column's header link: ascending first, descending when it is already the ascending sort. */
function sortLinks(filter: PeopleFilter): Record<PeopleSort, string> {
  return Object.fromEntries(
    PEOPLE_SORTS.map((column) => {
      const dir = filter.sort === column && filter.dir === "asc" ? "desc" : "asc";
      const query = new URLSearchParams();
      if (filter.q) query.set("q", filter.q);
      if (filter.role) query.set("role", filter.role);
      if (filter.status) query.set("status", filter.status);
      if (!(column === "name" && dir === "asc")) {
        query.set("sort", column);
        query.set("dir", dir);
      }
      const search = query.toString();
      return [column, search ? `/admin/people?${search}` : "/admin/people"];
    }),
  ) as Record<PeopleSort, string>;
}
