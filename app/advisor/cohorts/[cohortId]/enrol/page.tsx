import type { Metadata } from "next";
import Link from "next/link";
import { RosterImport } from "@/app/_components/roster-import";
import { CopyText } from "@/app/(student)/contacts/[id]/_components/copy-text";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { listActiveJoinCodes } from "@/lib/data/advisor/cohorts/join-codes";
import { listPendingInvites } from "@/lib/data/advisor/cohorts/pending-invites";
import {
  createJoinCodeAction,
  importRosterAction,
  previewRosterAction,
  revokeInviteAction,
  revokeJoinCodeAction,
} from "./actions";
import { JoinCodeForm } from "./_components/join-code-form";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Add students" };

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export default async function EnrolPage({ params }: { params: Promise<{ cohortId: string }> }) {
  const cohortId = routeParam((await params).cohortId);
  const { cohort } = await requireAssignedCohort(cohortId);
  const [codes, pending] = await Promise.all([listActiveJoinCodes(cohort.id), listPendingInvites(cohort.id)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/advisor" className="link-in-text">
          My cohorts
        </Link>{" "}
        ›{" "}
        <Link href={`/advisor/cohorts/${cohort.id}`} className="link-in-text">
          {cohort.name}
        </Link>{" "}
        › Add students
      </nav>
      <h1 className="text-2xl font-semibold">Add students to {cohort.name}</h1>

      <Card title="Join link">
        <p className="mb-4 text-sm text-slate-700">
          Share a link in class or on your course page. Students open it, sign in with their email and join.
          Anyone with the link can join while it works, so revoke it once everyone is in.
        </p>
        <JoinCodeForm action={createJoinCodeAction} cohortId={cohort.id} creationKey={crypto.randomUUID()} />
        <h3 className="mt-6 mb-2 text-base font-semibold">Working links</h3>
        {codes.length === 0 ? (
          <EmptyState title="No working links">Create one above.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {codes.map((code) => (
              <li key={code.id} className="space-y-2 py-4">
                <CopyText label={`Join link with code ${code.code}`} text={code.link} />
                <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
                  <span>
                    Works until {dateTime.format(code.expiresAt)} UTC
                    {code.createdByName ? ` · created by ${code.createdByName}` : ""}
                  </span>
                  <form action={revokeJoinCodeAction}>
                    <input type="hidden" name="cohortId" value={cohort.id} />
                    <input type="hidden" name="joinCodeId" value={code.id} />
                    <Button type="submit" variant="secondary" size="sm">
                      Revoke<span className="sr-only"> link with code {code.code}</span>
                    </Button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Add a roster">
        <p className="mb-4 text-sm text-slate-700">
          Addresses without an account are invited; students who already have an account are enrolled at once.
          You see what will happen to each row before anything changes.
        </p>
        <RosterImport
          previewAction={previewRosterAction}
          confirmAction={importRosterAction}
          hiddenFields={{ cohortId: cohort.id }}
          paste={{
            label: "Paste email addresses",
            hint: "One per line, or copied columns from a spreadsheet with an “Email” header.",
          }}
          file={{
            label: "Or upload a roster file",
            hint: "A .csv or .txt file up to 1 MB, such as the class list from the registrar: we find the email column.",
            required: false,
          }}
        />
      </Card>

      <Card title="Pending invites">
        {pending.length === 0 ? (
          <EmptyState title="No pending invites">
            Invited people appear here until they first sign in.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Invites to {cohort.name} not yet used</caption>
              <thead className="border-b border-slate-200 text-slate-700">
                <tr>
                  <th scope="col" className="p-2">
                    Email
                  </th>
                  <th scope="col" className="p-2">
                    Invited
                  </th>
                  <th scope="col" className="p-2">
                    Expires
                  </th>
                  <th scope="col" className="p-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {pending.map((invite) => (
                  <tr key={invite.id}>
                    <th scope="row" className="p-2 font-medium break-all">
                      {invite.email}
                    </th>
                    <td className="p-2">
                      {date.format(invite.createdAt)}
                      {invite.invitedByName ? ` by ${invite.invitedByName}` : " through a join link"}
                    </td>
                    <td className="p-2">
                      {invite.expired ? (
                        <span className="font-medium text-amber-800">Expired</span>
                      ) : (
                        date.format(invite.expiresAt)
                      )}
                    </td>
                    <td className="p-2 text-right">
                      <form action={revokeInviteAction}>
                        <input type="hidden" name="cohortId" value={cohort.id} />
                        <input type="hidden" name="inviteId" value={invite.id} />
                        <Button type="submit" variant="secondary" size="sm">
                          Revoke<span className="sr-only"> invite for {invite.email}</span>
                        </Button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
