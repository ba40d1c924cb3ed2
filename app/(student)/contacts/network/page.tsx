import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getReferralNetwork } from "@/lib/data/student/contacts/referrals";
import { buildReferralTree, ReferralTree } from "../_components/referral-tree";

export const metadata: Metadata = { title: "Referral network" };

export default async function ReferralNetworkPage() {
  const roots = buildReferralTree(await getReferralNetwork());
  // People who led somewhere come first; everyone else is listed apart, so the chains stand out.
  const chains = roots.filter((root) => root.children.length > 0);
  const unlinked = roots.filter((root) => root.children.length === 0);
  return (
    <div className="space-y-6">
      <Link href="/contacts" className="text-brand-700 inline-block text-sm font-semibold underline">
        ← Contacts
      </Link>
      <div>
        <h1 className="text-2xl font-bold">Referral network</h1>
        <p className="mt-1 text-slate-600">Who led you to whom, across every generation of introductions.</p>
      </div>
      {roots.length === 0 ? (
        <EmptyState title="No contacts yet">
          <p>Add the people you already know of; as they introduce you to others, the chains appear here.</p>
          <Link href="/contacts/new" className="text-brand-700 mt-3 inline-block font-semibold underline">
            Add a contact
          </Link>
        </EmptyState>
      ) : (
        <>
          <Card title="Chains of introductions">
            {chains.length === 0 ? (
              <EmptyState title="No referrals yet">
                At the end of each conversation, ask: “Who else should I talk to?” Then open that contact and
                choose “Add someone they referred you to”.
              </EmptyState>
            ) : (
              <ReferralTree nodes={chains} label="Chains of introductions" />
            )}
          </Card>
          {unlinked.length > 0 && (
            <Card title="Not linked to anyone yet">
              <ReferralTree nodes={unlinked} label="Not linked to anyone yet" />
            </Card>
          )}
        </>
      )}
    </div>
  );
}
