import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { requirePermission } from "@/lib/auth/session";
import { createCohortAction } from "../actions";
import { CohortForm } from "@/app/_components/cohort-form";

export const metadata: Metadata = { title: "New cohort" };

export default async function NewCohortPage() {
  await requirePermission("cohorts:manage");
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href="/admin/cohorts" className="link inline-block text-sm">
        ← Cohorts
      </Link>
      <Card>
        <h1 className="mb-4 text-2xl font-semibold">New cohort</h1>
        <CohortForm action={createCohortAction} initial={{}} hidden={{}} submitLabel="Create cohort" />
      </Card>
    </div>
  );
}
