import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { listMyCareerFields } from "@/lib/data/student/research/career-fields";
import { getMyOrganization } from "@/lib/data/student/research/organizations";
import { deleteOrganizationAction, updateOrganizationAction } from "../../actions";
import { OrganizationForm } from "../../_components/organization-form";
import { routeParam } from "@/app/_lib/route-param";
import { SavedBanner } from "@/components/saved-banner";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id: rawId }, { saved }] = await Promise.all([params, searchParams]);
  const id = routeParam(rawId);
  const [org, fields] = await Promise.all([getMyOrganization(id), listMyCareerFields()]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href="/research" className="link inline-block text-sm">
        ← Research
      </Link>
      {saved && <SavedBanner>{org.name} was added.</SavedBanner>}
      <Card>
        <h1 className="mb-4 text-2xl font-semibold">{org.name}</h1>
        <OrganizationForm
          action={updateOrganizationAction}
          initial={{
            name: org.name,
            industry: org.industry,
            website: org.website ?? "",
            whyInterested: org.whyInterested,
            notes: org.notes,
            notesPrivate: org.notesPrivate ? "on" : "",
            priority: org.priority,
            careerFieldId: org.careerFieldId ?? "",
          }}
          hidden={{ id: org.id, version: String(org.version) }}
          submitLabel="Save changes"
          careerFields={fields.map(({ id, name }) => ({ id, name }))}
        />
      </Card>
      <Card title="People here">
        {org.contacts.length === 0 ? (
          <EmptyState title="Nobody yet">
            Who could tell you what working here is like? Alumni, professors and family friends are good
            places to start.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {org.contacts.map((contact) => (
              <li key={contact.id} className="py-2">
                <span className="font-medium">{contact.name}</span>
                {contact.title && <span className="text-slate-600"> · {contact.title}</span>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <form action={deleteOrganizationAction} className="text-right">
        <input type="hidden" name="id" value={org.id} />
        <Button type="submit" variant="danger">
          Delete this organization
        </Button>
      </form>
    </div>
  );
}
