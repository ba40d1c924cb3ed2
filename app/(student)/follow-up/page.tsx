import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { buttonClass } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { getMyAgenda } from "@/lib/data/student/home/agenda";
import { formatNearDate, relativeDay } from "@/lib/domain/display-date";
import { describeDue } from "@/lib/domain/due-rule";
import type { AgendaItem } from "@/lib/domain/student-agenda";
import { DUE_TONE } from "../home/_components/agenda-list";
import { OneClickForm } from "../_components/one-click-form";
import { TaskRow, TaskSection } from "../_components/task-row";
import { markThankYouSentAction, markTouchSentAction } from "./actions";
import { SavedBanner } from "@/components/saved-banner";

export const metadata: Metadata = { title: "Follow-up" };

const LOGGED: Record<string, string> = {
  "thank-you": "Thank-you recorded. Later, tell them how their advice worked out.",
  update: "Update recorded. Their keep-in-touch clock starts again today.",
  touch: "Note recorded. The next keep-in-touch will show up here when it comes round.",
};

export default async function FollowUpPage({ searchParams }: { searchParams: Promise<{ logged?: string }> }) {
  const [agenda, { logged }] = await Promise.all([getMyAgenda(), searchParams]);
  const today = agenda.asOf;
  const thankYous = agenda.items.filter((i) => i.kind === "thank-you");
  const keepInTouch = agenda.items.filter((i) => i.kind === "keep-in-touch");
  const updates = agenda.updatesToSend;
  const nothing = thankYous.length + keepInTouch.length + updates.length === 0;

  const touchForm = (contactId: string, kind: "update" | "touch", visible: string, about: string) => (
    <OneClickForm
      action={markTouchSentAction}
      hidden={{
        contactId,
        kind,
        creationKey: crypto.randomUUID(),
        sentOn: today,
        channel: "email",
        note: "",
      }}
      label={{ visible, about }}
      variant={kind === "update" ? "secondary" : "primary"}
    />
  );
  const dueBadge = (item: AgendaItem) => (
    <Badge tone={DUE_TONE[item.state]}>{describeDue(item, today)}</Badge>
  );

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Follow-up</h1>
        <p className="mt-1 text-slate-600">
          Step 6: a thank-you a day or two after each interview, an update when you act on advice, and a note
          now and then to keep in touch.
        </p>
      </div>
      {/* The page's confirmation after a one-click save: the row it came from is gone by then. */}
      <SavedBanner>{logged ? LOGGED[logged] : null}</SavedBanner>
      {nothing ? (
        <EmptyState
          title="Nothing to follow up yet"
          action={
            <Link href="/interviews" className={buttonClass("primary")}>
              See your interviews
            </Link>
          }
        >
          After each interview, a thank-you is due within a day or two: it will appear here with a one-click
          “Thank-you sent”. People you have thanked come back here when it is time to keep in touch.
        </EmptyState>
      ) : (
        <>
          <TaskSection id="thank-yous" title={`Thank-yous (${thankYous.length})`}>
            {thankYous.length === 0 ? (
              <p className="text-sm text-slate-600">Every interview has its thank-you.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {thankYous.map((item) => (
                  <TaskRow
                    key={`${item.contactId}-${item.interviewId}`}
                    name={item.contactName}
                    href={
                      item.interviewId ? `/interviews/${item.interviewId}` : `/contacts/${item.contactId}`
                    }
                    organizationName={item.organizationName}
                    badge={dueBadge(item)}
                    detail="Thank them for their time and name one thing you will act on."
                    actions={
                      <>
                        {item.interviewId && (
                          <OneClickForm
                            action={markThankYouSentAction}
                            hidden={{
                              interviewId: item.interviewId,
                              creationKey: crypto.randomUUID(),
                              sentOn: today,
                              channel: "email",
                              note: "",
                            }}
                            label={{ visible: "Thank-you sent", about: item.contactName }}
                          />
                        )}
                        <Link
                          href={
                            item.interviewId
                              ? `/interviews/${item.interviewId}`
                              : `/contacts/${item.contactId}`
                          }
                          className={buttonClass("ghost", "sm")}
                          aria-label={`Write it: ${item.contactName}`}
                        >
                          Write it
                        </Link>
                      </>
                    }
                  />
                ))}
              </ul>
            )}
          </TaskSection>
          <TaskSection id="keep-in-touch" title={`Keep in touch (${keepInTouch.length})`}>
            {keepInTouch.length === 0 ? (
              <p className="text-sm text-slate-600">
                Nobody is due a note this week. Set how often to keep in touch on each person&rsquo;s page.
              </p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {keepInTouch.map((item) => (
                  <TaskRow
                    key={item.contactId}
                    name={item.contactName}
                    href={`/contacts/${item.contactId}`}
                    organizationName={item.organizationName}
                    badge={dueBadge(item)}
                    detail="A short note: what you have been doing, and a thank-you for their help."
                    actions={touchForm(item.contactId, "touch", "Note sent", item.contactName)}
                  />
                ))}
              </ul>
            )}
          </TaskSection>
          <TaskSection id="updates-to-send" title={`Updates to send (${updates.length})`}>
            {updates.length === 0 ? (
              <p className="text-sm text-slate-600">
                When you have thanked someone, tell them later how their advice worked out.
              </p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {updates.map((u) => (
                  <TaskRow
                    key={u.contactId}
                    name={u.contactName}
                    href={`/contacts/${u.contactId}`}
                    organizationName={u.organizationName}
                    detail={`Thanked ${formatNearDate(u.thankedOn, today)} (${relativeDay(u.thankedOn, today)}). “I took your advice and …”`}
                    actions={touchForm(u.contactId, "update", "Update sent", u.contactName)}
                  />
                ))}
              </ul>
            )}
          </TaskSection>
        </>
      )}
    </div>
  );
}
