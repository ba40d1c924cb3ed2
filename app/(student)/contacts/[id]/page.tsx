import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ActivityTimeline } from "@/app/_components/activity-timeline";
import { Button, buttonClass } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getMyContact, listMyContacts } from "@/lib/data/student/contacts/contacts";
import { getReferralChain } from "@/lib/data/student/contacts/referrals";
import { getMyTimeZone } from "@/lib/data/student/interviews/interviews";
import { listMyOrganizations } from "@/lib/data/student/research/organizations";
import { getOutreachPanel } from "@/lib/data/student/contacts/outreach";
import { CONTACT_SOURCE_LABEL, KEEP_IN_TOUCH_LABEL } from "@/lib/domain/vocabulary";
import { deleteContactAction, logTouchAction, updateContactAction } from "../actions";
import { ContactForm } from "../_components/contact-form";
import { OutreachCard } from "./_components/outreach-card";
import { LogTouchForm } from "./_components/outreach-forms";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Contact" };

const link = "link break-words";
// A name followed by its organization in a list: the weight, not colour alone, marks the link.
const nameLink = "link font-medium break-words";
const inTextLink = "link-in-text break-words";

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
      <Link href="/contacts" className="link inline-block text-sm">
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
        <h1 className="text-2xl font-semibold break-words">{contact.name}</h1>
        {(contact.title || contact.organizationName) && (
          <p className="mt-1 text-slate-700">
            {contact.title}
            {contact.title && contact.organizationName && " · "}
            {contact.organizationId && contact.organizationName && (
              <Link href={`/research/organizations/${contact.organizationId}`} className={inTextLink}>
                {contact.organizationName}
              </Link>
            )}
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href={`/interviews/new?contactId=${contact.id}`} className={buttonClass("primary")}>
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

      <Card title="Timeline">
        <ActivityTimeline
          items={contact.timeline}
          voice="student"
          interviewHref={(id) => `/interviews/${id}`}
          viewer={{ timeZone, now: new Date() }}
          empty={
            <EmptyState title="Nothing yet">
              Next step: reach out to {contact.name}. A short message is enough: who you are, why them in
              particular, and a request for twenty minutes of their time.
            </EmptyState>
          }
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

      <details className="rounded-lg border border-slate-200 bg-white p-5">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">Delete this contact</summary>
        <p className="mt-3 text-sm text-slate-700">
          Their outreach, interviews and follow-ups are deleted with them. People they referred you to stay in
          your contacts.
        </p>
        <form action={deleteContactAction} className="mt-3">
          <input type="hidden" name="id" value={contact.id} />
          <Button type="submit" variant="danger">
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
