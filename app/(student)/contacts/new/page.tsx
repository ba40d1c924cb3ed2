import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { listMyContacts } from "@/lib/data/student/contacts/contacts";
import { listMyOrganizations } from "@/lib/data/student/research/organizations";
import { createContactAction } from "../actions";
import { ContactForm } from "../_components/contact-form";

export const metadata: Metadata = { title: "Add a contact" };

export default async function NewContactPage({
  searchParams,
}: {
  searchParams: Promise<{ name?: string | string[]; referredBy?: string | string[] }>;
}) {
  const [organizations, people, query] = await Promise.all([
    listMyOrganizations(),
    listMyContacts(),
    searchParams,
  ]);
  const name = typeof query.name === "string" ? query.name.trim().slice(0, 200) : "";
  // Only one of the student's own contacts can be prefilled; anything else is ignored, not trusted.
  const referrer = people.find((p) => p.id === query.referredBy);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link
        href={referrer ? `/contacts/${referrer.id}` : "/contacts"}
        className="text-brand-700 inline-block text-sm font-semibold underline"
      >
        ← {referrer ? referrer.name : "Contacts"}
      </Link>
      <Card>
        <h1 className="text-2xl font-bold">Add a contact</h1>
        <p className="mt-1 mb-5 text-sm text-slate-600">
          {referrer
            ? `Someone ${referrer.name} put you in touch with.`
            : "Someone who could tell you about their work: alumni, professors and family friends are good places to start."}
        </p>
        <ContactForm
          action={createContactAction}
          initial={{
            name,
            source: referrer ? "referral" : "other",
            referredByContactId: referrer?.id ?? "",
            keepInTouchCadence: "off",
          }}
          hidden={{ creationKey: crypto.randomUUID() }}
          submitLabel="Add contact"
          organizations={organizations.map(({ id, name }) => ({ id, name }))}
          people={people.map(({ id, name }) => ({ id, name }))}
        />
      </Card>
    </div>
  );
}
