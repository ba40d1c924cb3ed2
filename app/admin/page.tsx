import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { getAdminOverview } from "@/lib/data/admin/overview";

export const metadata: Metadata = { title: "Administration" };

const SECTIONS = [
  {
    href: "/admin/people",
    title: "People",
    text: "Find people, change roles, deactivate or reactivate accounts.",
  },
  {
    href: "/admin/people/invite",
    title: "Invite people",
    text: "Invite one address or a whole roster file.",
  },
  {
    href: "/admin/invites",
    title: "Pending invites",
    text: "Invites not used yet; revoke the ones you don't want.",
  },
  {
    href: "/admin/cohorts",
    title: "Cohorts",
    text: "Create cohorts, set their dates, assign advisors, archive.",
  },
  {
    href: "/admin/settings",
    title: "Settings",
    text: "Allowed email domains, thank-you timing, digest day.",
  },
  {
    href: "/admin/audit",
    title: "Audit log",
    text: "Who viewed or exported which student's records, and why.",
  },
];

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
      <nav aria-label="Administration">
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link
                href={section.href}
                className="hover:border-brand-600 focus-visible:border-brand-600 block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
              >
                <span className="text-brand-700 text-lg font-semibold underline">{section.title}</span>
                <span className="mt-1 block text-sm text-slate-600">{section.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
