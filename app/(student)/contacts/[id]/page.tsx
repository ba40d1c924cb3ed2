import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ActivityTimeline } from "@/app/_components/activity-timeline";
import { buttonClass } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { LazyDetails } from "@/components/lazy-details";
import { getContactPage } from "@/lib/data/student/contacts/contact-page";
import { followUpTemplate, outreachTemplates } from "@/lib/domain/outreach-templates";
import { CONTACT_SOURCE_LABEL, KEEP_IN_TOUCH_LABEL } from "@/lib/domain/vocabulary";
import { logTouchAction } from "../actions";
import { NextActionCard } from "./_components/next-action-card";
import { OutreachCard } from "./_components/outreach-card";
import { LogTouchForm } from "./_components/outreach-forms";
import { ReferralsCard } from "./_components/referrals-card";
import { WriteMessageDialog } from "./_components/write-message-dialog";
import { routeParam } from "@/app/_lib/route-param";
import { SavedBanner } from "@/components/saved-banner";

export const metadata: Metadata = { title: "Contact" };

const link = "link break-words";
const inTextLink = "link-in-text break-words";

/**
 * Two columns from `lg` up: who they are and the one next step on the left, what happened (messages,
 * timeline, referrals) on the right. On a phone the left column comes first, so the next step is near the top.
 */
export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id: rawId }, { saved }] = await Promise.all([params, searchParams]);
  const now = new Date();
  const page = await getContactPage(routeParam(rawId), now);
  const { contact, suggestion, templates } = page;
  const messages = [
    ...(suggestion
      ? [
          followUpTemplate({
            studentName: templates.studentName,
            contactName: templates.contactName,
            channel: suggestion.channel,
            originalSentOn: suggestion.sentOn,
            kind: suggestion.kind,
          }),
        ]
      : []),
    ...outreachTemplates(templates),
  ];
  const writeMessage = (label: string, variant: "primary" | "secondary") => (
    <WriteMessageDialog
      label={label}
      variant={variant}
      contactName={contact.name}
      hasPitch={Boolean(templates.pitch.trim())}
      messages={messages}
    />
  );

  return (
    <div className="space-y-4">
      <Link href="/contacts" className="link inline-block text-sm">
        ← Contacts
      </Link>
      {saved && <SavedBanner>{contact.name} was added.</SavedBanner>}

      <div className="grid gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:items-start lg:gap-6">
        <div className="space-y-4">
          <header className="space-y-1">
            <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
              <h1 className="min-w-0 text-2xl font-semibold break-words text-slate-900">{contact.name}</h1>
              <div className="flex flex-wrap gap-2">
                {page.nextAction.kind !== "schedule-interview" && (
                  <Link
                    href={`/interviews/new?contactId=${contact.id}`}
                    className={buttonClass("secondary", "sm")}
                  >
                    Schedule an interview
                  </Link>
                )}
                <Link href={`/contacts/${contact.id}/edit`} className={buttonClass("secondary", "sm")}>
                  Edit details
                </Link>
              </div>
            </div>
            {(contact.title || contact.organizationName) && (
              <p className="text-slate-700">
                {contact.title}
                {contact.title && contact.organizationName && " · "}
                {contact.organizationId && contact.organizationName && (
                  <Link href={`/research/organizations/${contact.organizationId}`} className={inTextLink}>
                    {contact.organizationName}
                  </Link>
                )}
              </p>
            )}
            <p className="text-sm text-slate-600">
              {CONTACT_SOURCE_LABEL[contact.source]}
              {contact.referredBy && (
                <>
                  {" · "}referred by{" "}
                  <Link href={`/contacts/${contact.referredBy.id}`} className={inTextLink}>
                    {contact.referredBy.name}
                  </Link>
                </>
              )}
            </p>
          </header>

          <NextActionCard
            action={page.nextAction}
            contactId={contact.id}
            contactName={contact.name}
            viewer={{ timeZone: page.timeZone, now }}
            writeMessage={writeMessage}
          />

          <Card title="Details">
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
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
              {contact.notes && (
                <Detail term={contact.notesPrivate ? "Notes (private)" : "Notes"}>
                  <span className="whitespace-pre-line">{contact.notes}</span>
                </Detail>
              )}
            </dl>
          </Card>

          <section
            id="keep-in-touch"
            aria-labelledby="keep-in-touch-heading"
            className="scroll-mt-20 rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
          >
            <h2 id="keep-in-touch-heading" className="text-lg font-semibold text-slate-900">
              Updates and keeping in touch
            </h2>
            <p className="mt-2 text-sm text-slate-600">
              Tell {contact.name} how things went (“I took your advice and …”), or send a short note now and
              then. Any note you log resets the keep-in-touch reminder.
            </p>
            <LazyDetails
              className="mt-3 rounded-md border border-slate-200 p-3"
              summary="Log an update or a note"
              summaryClassName="cursor-pointer text-sm font-semibold text-slate-900"
              bodyClassName="mt-3"
            >
              <LogTouchForm
                action={logTouchAction}
                contactId={contact.id}
                today={page.today}
                creationKey={crypto.randomUUID()}
              />
            </LazyDetails>
          </section>
        </div>

        <div className="space-y-4">
          <OutreachCard contactId={contact.id} attempts={page.attempts} today={page.today} />

          <Card title="Timeline">
            <ActivityTimeline
              items={page.timeline}
              voice="student"
              interviewHref={(id) => `/interviews/${id}`}
              viewer={{ timeZone: page.timeZone, now }}
              empty={
                <EmptyState title="Nothing yet">
                  Messages, interviews and notes with {contact.name} appear here as you log them.
                </EmptyState>
              }
            />
          </Card>

          <ReferralsCard contact={contact} chain={page.chain} referrals={page.referrals} />
        </div>
      </div>
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
