import type { Metadata } from "next";
import Link from "next/link";
import { Button, buttonClass } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { TextField } from "@/components/text-field";
import { listMyContacts } from "@/lib/data/student/contacts/contacts";
import { listMyOrganizations } from "@/lib/data/student/research/organizations";
import { CONTACT_SOURCE_LABEL } from "@/lib/domain/vocabulary";
import { CONTROL_CHARACTER_MESSAGE, hasNoControlCharacters } from "@/lib/validation/fields";
import { plural } from "@/lib/domain/plural";

export const metadata: Metadata = { title: "Contacts" };

const primaryLink = buttonClass("primary");
const secondaryLink = buttonClass("secondary");

export default async function ContactsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; deleted?: string }>;
}) {
  const params = await searchParams;
  const typed = typeof params.q === "string" ? params.q.trim().slice(0, 200) : "";
  // A search holding a control character can match nothing (and PostgreSQL refuses NUL): say so, keep it.
  const searchError = hasNoControlCharacters(typed) ? undefined : [CONTROL_CHARACTER_MESSAGE];
  const query = searchError ? "" : typed;
  // "Have I already contacted them?" is about organizations too, including ones with nobody saved yet.
  const [contacts, organizations] = await Promise.all([
    listMyContacts({ query }),
    query ? listMyOrganizations({ query }) : Promise.resolve([]),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Contacts</h1>
          <p className="mt-1 text-slate-600">Step 2: the people who could tell you about their work.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/contacts/network" className={secondaryLink}>
            Referral network
          </Link>
          <Link href="/contacts/new" className={primaryLink}>
            Add a contact
          </Link>
        </div>
      </div>
      {params.deleted && (
        <p role="status" className="rounded-md bg-slate-100 p-3 text-sm">
          Contact deleted.
        </p>
      )}
      <form role="search" action="/contacts" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <TextField
            name="q"
            label="Search contacts and organizations"
            hint="Have I already contacted them? Search by name, title, email or organization."
            type="search"
            defaultValue={typed}
            errors={searchError}
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {query && contacts.length > 0 && (
        <p className="text-sm text-slate-700">
          {plural(contacts.length, "match", "matches")} for “{query}”.{" "}
          <Link href="/contacts" className="link-in-text">
            Show everyone
          </Link>
        </p>
      )}
      {organizations.length > 0 && (
        <Card title="Organizations">
          <ul className="divide-y divide-slate-100">
            {organizations.map((org) => (
              <li key={org.id} className="flex flex-wrap justify-between gap-x-3 py-2 first:pt-0 last:pb-0">
                <Link href={`/research/organizations/${org.id}`} className="link font-medium">
                  {org.name}
                </Link>
                <span className="text-sm text-slate-600">
                  {org.contactCount === 0
                    ? "Nobody saved there yet"
                    : `${plural(org.contactCount, "contact")}`}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {contacts.length === 0 ? (
        query ? (
          <EmptyState title="Nobody matches that search">
            <p>You haven’t saved anyone matching “{query}”, so you probably haven’t contacted them yet.</p>
            <div className="mt-3 flex flex-wrap justify-center gap-x-6 gap-y-2">
              <Link href={`/contacts/new?${new URLSearchParams({ name: query })}`} className="link">
                Add “{query}” as a contact
              </Link>
              <Link href="/contacts" className="link">
                Show everyone
              </Link>
            </div>
          </EmptyState>
        ) : (
          <EmptyState title="No contacts yet">
            <p>
              Think of people who could tell you what their work is like: alumni of your school, your
              professors, family friends, former colleagues. Start with two or three.
            </p>
            <Link href="/contacts/new" className="link mt-3 inline-block">
              Add your first contact
            </Link>
          </EmptyState>
        )
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100">
            {contacts.map((contact) => (
              <li key={contact.id} className="py-3 first:pt-0 last:pb-0">
                <Link href={`/contacts/${contact.id}`} className="link">
                  {contact.name}
                </Link>
                {(contact.title || contact.organizationName) && (
                  <p className="text-sm text-slate-700">
                    {[contact.title, contact.organizationName].filter(Boolean).join(" · ")}
                  </p>
                )}
                <p className="text-sm text-slate-600">
                  {contact.referredByName
                    ? `Referred by ${contact.referredByName}`
                    : `How found: ${CONTACT_SOURCE_LABEL[contact.source]}`}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
