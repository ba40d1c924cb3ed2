import type { Metadata } from "next";
import { Card } from "@/components/card";
import { getAdminOverview } from "@/lib/data/admin-overview";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminHomePage() {
  const overview = await getAdminOverview();
  const figures = [
    { label: "Students", value: overview.people.students },
    { label: "Advisors", value: overview.people.advisors },
    { label: "Admins", value: overview.people.admins },
    { label: "Deactivated", value: overview.people.inactive },
    { label: "Active cohorts", value: overview.activeCohorts },
    { label: "Open invites", value: overview.openInvites },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Administration</h1>
      <Card title="This instance">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded-md bg-slate-50 p-3">
              <dt className="text-sm text-slate-600">{figure.label}</dt>
              <dd className="text-2xl font-bold">{figure.value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
