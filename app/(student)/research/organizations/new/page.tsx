import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { listMyCareerFields } from "@/lib/data/student/research/career-fields";
import { createOrganizationAction } from "../../actions";
import { OrganizationForm } from "../../_components/organization-form";

export const metadata: Metadata = { title: "Add an organization" };

export default async function NewOrganizationPage({
  searchParams,
}: {
  searchParams: Promise<{ field?: string | string[] }>;
}) {
  const [fields, params] = await Promise.all([listMyCareerFields(), searchParams]);
  // "Add one in this field" links here with ?field=; anything but one of the student's fields is ignored.
  const field = fields.find((f) => f.id === params.field);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href="/research" className="text-brand-700 inline-block text-sm font-semibold underline">
        ← Research
      </Link>
      <Card>
        <h1 className="mb-4 text-2xl font-bold">Add an organization</h1>
        <OrganizationForm
          action={createOrganizationAction}
          initial={{ priority: "medium", careerFieldId: field?.id ?? "" }}
          hidden={{ creationKey: crypto.randomUUID() }}
          submitLabel="Add organization"
          careerFields={fields.map(({ id, name }) => ({ id, name }))}
        />
      </Card>
    </div>
  );
}
