import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { listMyOrganizations } from "@/lib/data/organizations";
import { PRIORITY_LABEL } from "@/lib/domain/vocabulary";

export const metadata: Metadata = { title: "Research" };

const PRIORITY_STYLE = {
  high: "bg-amber-100 text-amber-900",
  medium: "bg-slate-100 text-slate-800",
  low: "bg-slate-50 text-slate-600",
} as const;

export default async function ResearchPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const [organizations, { deleted }] = await Promise.all([listMyOrganizations(), searchParams]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Research</h1>
          <p className="mt-1 text-slate-600">Step 1: the organizations you want to learn about, and why.</p>
        </div>
        <Link
          href="/research/organizations/new"
          className="bg-brand-600 hover:bg-brand-700 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold text-white"
        >
          Add an organization
        </Link>
      </div>
      {deleted && (
        <p role="status" className="rounded-md bg-slate-100 p-3 text-sm">
          Organization deleted.
        </p>
      )}
      {organizations.length === 0 ? (
        <EmptyState title="No organizations yet">
          Start with two or three places whose work interests you. Note why: it becomes the opening line of
          your outreach.
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {organizations.map((org) => (
              <li key={org.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <Link
                    href={`/research/organizations/${org.id}`}
                    className="text-brand-700 font-semibold underline"
                  >
                    {org.name}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {[org.industry, org.careerFieldName].filter(Boolean).join(" · ") || "No industry noted"}
                  </p>
                </div>
                <div className="flex items-center gap-3 text-sm">
                  <span className="text-slate-600">
                    {org.contactCount} {org.contactCount === 1 ? "contact" : "contacts"}
                  </span>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ${PRIORITY_STYLE[org.priority]}`}
                  >
                    {PRIORITY_LABEL[org.priority]} priority
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
