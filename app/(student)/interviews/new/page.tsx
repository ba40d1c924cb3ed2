import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getMyTimeZone, getSchedulingContact } from "@/lib/data/student/interviews/interviews";
import { requireStudent } from "@/lib/data/student/scope";
import { scheduleInterviewAction } from "../actions";
import { zoneChoices } from "@/lib/domain/time-zone-names";
import { ScheduleForm } from "../_components/schedule-form";
import { parseRouteParam } from "@/lib/validation/route-params";

export const metadata: Metadata = { title: "Schedule an interview" };

export default async function NewInterviewPage({
  searchParams,
}: {
  searchParams: Promise<{ contactId?: string }>;
}) {
  await requireStudent();
  const contactId = parseRouteParam((await searchParams).contactId);
  if (!contactId) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <EmptyState title="Who are you meeting?">
          Open the person’s page under{" "}
          <Link href="/contacts" className="link-in-text">
            Contacts
          </Link>{" "}
          and choose “Schedule an interview”.
        </EmptyState>
      </div>
    );
  }
  const [contact, timeZone] = await Promise.all([getSchedulingContact(contactId), getMyTimeZone()]);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href={`/contacts/${contact.id}`} className="link text-sm">
        ← {contact.name}
      </Link>
      <Card>
        <h1 className="mb-4 text-2xl font-semibold">
          Schedule an interview with {contact.name}
          {contact.organizationName && <span className="font-normal"> ({contact.organizationName})</span>}
        </h1>
        <ScheduleForm
          action={scheduleInterviewAction}
          initial={{ timeZone, format: "video", durationMinutes: "30" }}
          hidden={{ contactId: contact.id, creationKey: crypto.randomUUID() }}
          submitLabel="Schedule interview"
          timeZones={zoneChoices()}
        />
      </Card>
    </div>
  );
}
