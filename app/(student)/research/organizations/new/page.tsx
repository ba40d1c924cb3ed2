import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { requireStudent } from "@/lib/data/student-scope";
import { createOrganizationAction } from "../../actions";
import { OrganizationForm } from "../../_components/organization-form";

export const metadata: Metadata = { title: "Add an organization" };

export default async function NewOrganizationPage() {
  await requireStudent();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href="/research" className="text-brand-700 inline-block text-sm font-semibold underline">
        ← Research
      </Link>
      <Card>
        <h1 className="mb-4 text-2xl font-bold">Add an organization</h1>
        <OrganizationForm
          action={createOrganizationAction}
          initial={{ priority: "medium" }}
          hidden={{ creationKey: crypto.randomUUID() }}
          submitLabel="Add organization"
        />
      </Card>
    </div>
  );
}
