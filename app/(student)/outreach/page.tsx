import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { buttonClass } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { getMyAgenda } from "@/lib/data/student/home/agenda";
import { formatNearDate, relativeDay } from "@/lib/domain/display-date";
import { describeDue } from "@/lib/domain/due-rule";
import type { AwaitingReply } from "@/lib/domain/student-agenda";
import { DUE_TONE } from "../home/_components/agenda-list";
import { OneClickForm } from "../_components/one-click-form";
import { TaskRow, TaskSection } from "../_components/task-row";
import { logFollowUpSentAction, recordReplyReceivedAction } from "./actions";
import { SavedBanner } from "@/components/saved-banner";

export const metadata: Metadata = { title: "Outreach" };

const LOGGED: Record<string, string> = {
  "follow-up": "Follow-up logged. If they still don't answer, the next one will show up here when it's due.",
  reply: "Reply recorded. Next: agree a time and schedule the interview from their page.",
};

export default async function OutreachPage({ searchParams }: { searchParams: Promise<{ logged?: string }> }) {
  const [agenda, { logged }] = await Promise.all([getMyAgenda(), searchParams]);
  const today = agenda.asOf;
  const followUpDue = agenda.awaitingReply.filter(
    (a) => a.nextFollowUp && a.nextFollowUp.state !== "upcoming",
  );
  const waiting = agenda.awaitingReply.filter((a) => !followUpDue.includes(a));

  const row = (a: AwaitingReply) => {
    const sent = `${a.followUpsSent === 0 ? "Wrote" : `Wrote, then followed up ${a.followUpsSent}×,`} on ${formatNearDate(
      a.firstSentOn,
      today,
    )} (${relativeDay(a.firstSentOn, today)})`;
    const next = a.nextFollowUp;
    return (
      <TaskRow
        key={a.contactId}
        name={a.contactName}
        href={`/contacts/${a.contactId}`}
        organizationName={a.organizationName}
        badge={
          next ? (
            <Badge tone={DUE_TONE[next.state]}>
              {next.followUp === "first" ? "Follow-up" : "Last follow-up"}: {describeDue(next, today)}
            </Badge>
          ) : (
            <Badge tone="neutral">Both follow-ups sent</Badge>
          )
        }
        detail={sent}
        actions={
          <>
            {next && next.state !== "upcoming" && (
              <OneClickForm
                action={logFollowUpSentAction}
                hidden={{
                  contactId: a.contactId,
                  creationKey: crypto.randomUUID(),
                  sentOn: today,
                  channel: a.latest.channel ?? "email",
                  message: "",
                }}
                label={{ visible: "Follow-up sent", about: a.contactName }}
              />
            )}
            {a.latest.id && a.latest.version !== null && (
              <OneClickForm
                action={recordReplyReceivedAction}
                hidden={{ id: a.latest.id, version: String(a.latest.version), repliedOn: today }}
                label={{ visible: "They replied", about: a.contactName }}
                variant="secondary"
              />
            )}
            <Link
              href={`/contacts/${a.contactId}`}
              className={buttonClass("ghost", "sm")}
              aria-label={`Write it: ${a.contactName}`}
            >
              Write it
            </Link>
          </>
        }
      />
    );
  };

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Outreach</h1>
        <p className="mt-1 text-slate-600">
          Step 4: messages waiting for a reply. No answer after 3 business days? Send a short follow-up; after
          7, one more.
        </p>
      </div>
      {/* The page's confirmation after a one-click save: the row it came from is gone by then. */}
      <SavedBanner>{logged ? LOGGED[logged] : null}</SavedBanner>
      {agenda.awaitingReply.length === 0 ? (
        <EmptyState
          title="No messages waiting for a reply"
          action={
            <Link href="/contacts" className={buttonClass("primary")}>
              Choose someone to write to
            </Link>
          }
        >
          When you write to someone, log it on their page. It shows up here until they answer, with a nudge
          when a follow-up is due. Ask for 20 minutes of advice, not a job.
        </EmptyState>
      ) : (
        <>
          <TaskSection id="follow-ups-due" title={`Follow-ups due (${followUpDue.length})`}>
            {followUpDue.length === 0 ? (
              <p className="text-sm text-slate-600">None today. Give people a few working days to answer.</p>
            ) : (
              <ul className="divide-y divide-slate-100">{followUpDue.map(row)}</ul>
            )}
          </TaskSection>
          <TaskSection id="waiting-for-a-reply" title={`Waiting for a reply (${waiting.length})`}>
            {waiting.length === 0 ? (
              <p className="text-sm text-slate-600">Everyone else has answered.</p>
            ) : (
              <ul className="divide-y divide-slate-100">{waiting.map(row)}</ul>
            )}
          </TaskSection>
        </>
      )}
    </div>
  );
}
