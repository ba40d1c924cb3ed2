import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { getMyContact, listMyContacts } from "@/lib/data/student/contacts/contacts";
import { listMyOrganizations } from "@/lib/data/student/research/organizations";
import { deleteContactAction, updateContactAction } from "../../actions";
import { ContactForm } from "../../_components/contact-form";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Edit contact" };

/** The contact's details and the way to delete them, apart from the page the student works from. */
export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const id = routeParam((await params).id);
  // getMyContact first: another student's id stops here with a 404 before anything else is read.
  const contact = await getMyContact(id);
  const [organizations, people] = await Promise.all([listMyOrganizations(), listMyContacts()]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href={`/contacts/${contact.id}`} className="link inline-block text-sm break-words">
        ← {contact.name}
      </Link>
      <h1 className="text-2xl font-semibold break-words text-slate-900">Edit {contact.name}</h1>
      <Card>
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
