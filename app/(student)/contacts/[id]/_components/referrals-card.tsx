import Link from "next/link";
import { buttonClass } from "@/components/button";
import { Card } from "@/components/card";
import type { ContactPage } from "@/lib/data/student/contacts/contact-page";

type ReferralChainLink = ContactPage["chain"][number];

const nameLink = "link font-medium break-words";

/** Who led the student to this person, and whom this person led them to. */
export function ReferralsCard({
  contact,
  chain,
  referrals,
}: {
  contact: { id: string; name: string };
  chain: ReferralChainLink[];
  referrals: ReferralChainLink[];
}) {
  return (
    <Card title="Referrals">
      <h3 className="text-sm font-semibold text-slate-900">How you reached {contact.name}</h3>
      {chain.length > 1 ? (
        <ol aria-label="Referral chain" className="mt-2 space-y-1 text-sm">
          {chain.map((person, index) => (
            <li key={person.id} className="flex gap-2">
              <span aria-hidden="true" className="w-4 shrink-0 text-slate-500">
                {index === 0 ? "•" : "↳"}
              </span>
              <span className="min-w-0">
                {person.id === contact.id ? (
                  <span aria-current="page" className="font-semibold">
                    {person.name}
                  </span>
                ) : (
                  <Link href={`/contacts/${person.id}`} className={nameLink}>
                    {person.name}
                  </Link>
                )}
                {person.organizationName && (
                  <span className="text-slate-600"> · {person.organizationName}</span>
                )}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-slate-600">Nobody referred you: the chain starts with them.</p>
      )}

      <h3 className="mt-5 text-sm font-semibold text-slate-900">Referred you to</h3>
      {referrals.length > 0 ? (
        <ul className="mt-2 space-y-1 text-sm">
          {referrals.map((person) => (
            <li key={person.id}>
              <Link href={`/contacts/${person.id}`} className={nameLink}>
                {person.name}
              </Link>
              {person.organizationName && (
                <span className="text-slate-600"> · {person.organizationName}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">
          Nobody yet. At the end of a conversation, ask: “Who else should I talk to?”
        </p>
      )}
      <Link href={`/contacts/new?referredBy=${contact.id}`} className={`${buttonClass("secondary")} mt-4`}>
        Add someone they referred you to
      </Link>
    </Card>
  );
}
