import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { listPendingInvites } from "@/lib/data/admin/invites";
import { pageNumber } from "@/lib/validation/list-query";
import { BUTTON_LINK, formatDay, ROLE_LABEL } from "../_components/labels";
import { revokeInviteAction } from "../people/actions";

export const metadata: Metadata = { title: "Pending invites" };

export default async function PendingInvitesPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const page = pageNumber.parse((await searchParams).page);
  const invites = await listPendingInvites(page);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Pending invites</h1>
          <p className="mt-1 text-slate-600">
            Addresses that may sign in but haven&apos;t yet. Revoking an invite stops that.
          </p>
        </div>
        <Link href="/admin/people/invite" className={BUTTON_LINK}>
          Invite people
        </Link>
      </div>
      {invites.items.length === 0 ? (
        <EmptyState title="No pending invites">
          Everyone invited has signed in, or no one is invited yet.
        </EmptyState>
      ) : (
        <ul className="space-y-3" aria-label="Pending invites">
          {invites.items.map((invite) => (
            <li key={invite.id}>
              <Card className="flex flex-wrap items-center justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-semibold break-all">{invite.email}</p>
                  <p className="text-sm text-slate-700">
                    {ROLE_LABEL[invite.role]}
                    {invite.cohortName && ` · ${invite.cohortName}`}
                    {invite.invitedByName && ` · invited by ${invite.invitedByName}`}
                  </p>
                  <p
                    className={`text-sm ${invite.expired ? "font-semibold text-amber-800" : "text-slate-600"}`}
                  >
                    {invite.expired ? "Expired" : "Open until"} {formatDay(invite.expiresAt)}
                    {invite.expired && ": invite them again to renew it"}
                  </p>
                </div>
                <form action={revokeInviteAction}>
                  <input type="hidden" name="inviteId" value={invite.id} />
                  <Button
                    type="submit"
                    variant="secondary"
                    aria-label={`Revoke the invite for ${invite.email}`}
                  >
                    Revoke
                  </Button>
                </form>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        path="/admin/invites"
        params={{}}
        page={invites.page}
        pageCount={invites.pageCount}
        label="Pending invites"
      />
    </div>
  );
}
