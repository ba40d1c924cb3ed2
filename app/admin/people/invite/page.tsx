import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { listCohorts } from "@/lib/data/admin/cohorts";
import { InviteForm } from "../_components/invite-form";
import { RosterImport } from "@/app/_components/roster-import";
import { INVITE_LIFETIME_MS } from "@/lib/domain/invites";
import { cohortOptions, ROLE_OPTIONS } from "../../_components/labels";
import { confirmRosterAction, previewRosterAction } from "../actions";

export const metadata: Metadata = { title: "Invite people" };

export default async function InvitePeoplePage() {
  const cohorts = (await listCohorts({ status: "active" })).map(({ id, name, term }) => ({ id, name, term }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/admin/people" className="link inline-block text-sm">
        ← People
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">Invite people</h1>
        <p className="mt-1 text-slate-600">
          An invite lets an address without an account sign in. Their role, and a student&apos;s cohort, are
          set at their first sign-in. Invites stay open for {INVITE_LIFETIME_MS.admin / 86_400_000} days.
        </p>
      </div>
      <Card title="Invite one person">
        <InviteForm cohorts={cohorts} />
      </Card>
      <Card title="Invite from a roster file">
        <RosterImport
          previewAction={previewRosterAction}
          confirmAction={confirmRosterAction}
          file={{
            label: "Roster file",
            hint: "A .csv file up to 1 MB with an “Email” column (other columns are ignored), or one address per line.",
            required: true,
          }}
          choices={{ roles: ROLE_OPTIONS, cohorts: cohortOptions(cohorts) }}
        />
      </Card>
    </div>
  );
}
