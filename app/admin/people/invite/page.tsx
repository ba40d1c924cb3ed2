import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { listCohorts } from "@/lib/data/admin/cohorts";
import { InviteForm } from "../_components/invite-form";
import { RosterImport } from "../_components/roster-import";

export const metadata: Metadata = { title: "Invite people" };

export default async function InvitePeoplePage() {
  const cohorts = (await listCohorts({ status: "active" })).map(({ id, name, term }) => ({ id, name, term }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/admin/people" className="text-brand-700 inline-block text-sm font-semibold underline">
        ← People
      </Link>
      <div>
        <h1 className="text-2xl font-bold">Invite people</h1>
        <p className="mt-1 text-slate-600">
          An invite lets an address without an account sign in. Their role, and a student&apos;s cohort, are
          set at their first sign-in. Invites stay open for 14 days.
        </p>
      </div>
      <Card title="Invite one person">
        <InviteForm cohorts={cohorts} />
      </Card>
      <Card title="Invite from a roster file">
        <RosterImport cohorts={cohorts} />
      </Card>
    </div>
  );
}
