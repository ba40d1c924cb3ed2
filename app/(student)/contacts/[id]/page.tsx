import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { getMyContact, getReferralChain, listMyContacts } from "@/lib/data/contacts";
import { getMyTimeZone } from "@/lib/data/interviews";
import { listMyOrganizations } from "@/lib/data/organizations";
import { getOutreachPanel } from "@/lib/data/outreach";
import { CONTACT_SOURCE_LABEL, KEEP_IN_TOUCH_LABEL } from "@/lib/domain/vocabulary";
import { deleteContactAction, logTouchAction, updateContactAction } from "../actions";
import { ContactForm } from "../_components/contact-form";
import { ContactTimeline } from "../_components/contact-timeline";
import { OutreachCard } from "./_components/outreach-card";
import { LogTouchForm } from "./_components/outreach-forms";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Contact" };

const link = "text-brand-700 font-semibold underline break-words";

export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id: rawId }, { saved }] = await Promise.all([params, searchParams]);
  const id = routeParam(rawId);
  // getMyContact first: another student's id stops here with a 404 before anything else is read.
  const contact = await getMyContact(id);
  const [{ chain, referrals }, organizations, people, outreach, timeZone] = await Promise.all([
    getReferralChain(id),
    listMyOrganizations(),
    listMyContacts(),
    getOutreachPanel(id),
    getMyTimeZone(),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href="/contacts" className="text-brand-700 inline-block text-sm font-semibold underline">
        ← Contacts
      </Link>
      {saved && (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
        >
          {contact.name} was added.
        </p>
      )}

      <Card>
        <h1 className="text-2xl font-bold break-words">{contact.name}</h1>
        {(contact.title || contact.organizationName) && (
          <p className="mt-1 text-slate-700">
            {contact.title}
            {contact.title && contact.organizationName && " · "}
            {contact.organizationId && contact.organizationName && (
              <Link href={`/research/organizations/${contact.organizationId}`} className={link}>
                {contact.organizationName}
              </Link>
            )}
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <Link
            href={`/interviews/new?contactId=${contact.id}`}
            className="bg-brand-600 hover:bg-brand-700 inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold text-white"
          >
            Schedule an interview
          </Link>
        </div>
        <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          <Detail term="Email">
            {contact.email ? (
              <a href={`mailto:${contact.email}`} className={link}>
                {contact.email}
              </a>
            ) : (
              <NotNoted />
            )}
          </Detail>
          <Detail term="Phone">
            {contact.phone ? (
              <a href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`} className={link}>
                {contact.phone}
              </a>
            ) : (
              <NotNoted />
            )}
          </Detail>
          <Detail term="LinkedIn">
            {contact.linkedinUrl ? (
              <a href={contact.linkedinUrl} rel="noopener noreferrer" className={link}>
                {contact.linkedinUrl.replace(/^https:\/\/(www\.)?/, "")}
              </a>
            ) : (
              <NotNoted />
            )}
          </Detail>
          <Detail term="How I found them">{CONTACT_SOURCE_LABEL[contact.source]}</Detail>
          <Detail term="Referred by">
            {contact.referredBy ? (
              <Link href={`/contacts/${contact.referredBy.id}`} className={link}>
                {contact.referredBy.name}
              </Link>
            ) : (
              "Nobody"
            )}
          </Detail>
          <Detail term="Keep in touch">{KEEP_IN_TOUCH_LABEL[contact.keepInTouchCadence]}</Detail>
        </dl>
      </Card>

      <OutreachCard contactId={contact.id} panel={outreach} />

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
                    <Link href={`/contacts/${person.id}`} className={link}>
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
                <Link href={`/contacts/${person.id}`} className={link}>
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
        <Link
          href={`/contacts/new?referredBy=${contact.id}`}
          className="mt-4 inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-50"
        >
          Add someone they referred you to
        </Link>
      </Card>

      <Card title="Timeline">
        <ContactTimeline
          items={contact.timeline}
          name={contact.name}
          viewer={{ timeZone, now: new Date() }}
        />
      </Card>

      <Card title="Updates and keeping in touch">
        <p className="mb-4 text-sm text-slate-600">
          Tell {contact.name} how things went (“I took your advice and …”), or send a short note now and then.
          Log it here: any note resets the keep-in-touch reminder.
        </p>
        <LogTouchForm
          action={logTouchAction}
          contactId={contact.id}
          today={outreach.today}
          creationKey={crypto.randomUUID()}
        />
      </Card>

      <Card title="Edit details">
        <ContactForm
          action={updateContactAction}
          initial={{
            name: contact.name,
            title: contact.title,
            organizationId: contact.organizationId ?? "",
            email: contact.email ?? "",
            phone: contact.phone ?? "",
            linkedinUrl: contact.linkedinUrl ?? "",
            source: contact.source,
            referredByContactId: contact.referredByContactId ?? "",
            keepInTouchCadence: contact.keepInTouchCadence,
            notes: contact.notes,
            notesPrivate: contact.notesPrivate ? "on" : "",
          }}
          hidden={{ id: contact.id, version: String(contact.version) }}
          submitLabel="Save changes"
          organizations={organizations.map(({ id, name }) => ({ id, name }))}
          // Someone can't refer themselves; loops through others are refused by the save.
          people={people.filter((p) => p.id !== contact.id).map(({ id, name }) => ({ id, name }))}
        />
      </Card>

      <details className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">Delete this contact</summary>
        <p className="mt-3 text-sm text-slate-700">
          Their outreach, interviews and follow-ups are deleted with them. People they referred you to stay in
          your contacts.
        </p>
        <form action={deleteContactAction} className="mt-3">
          <input type="hidden" name="id" value={contact.id} />
          <Button type="submit" variant="secondary">
            Delete {contact.name}
          </Button>
        </form>
      </details>
    </div>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="sm:contents">
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

function NotNoted() {
  return <span className="text-slate-500">Not noted</span>;
}
