import { Button } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { LazyDetails } from "@/components/lazy-details";
import type { OutreachAttempt } from "@/lib/data/student/contacts/outreach";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatNearDate } from "@/lib/domain/display-date";
import { OUTREACH_CHANNEL_LABEL, OUTREACH_REPLY_LABEL } from "@/lib/domain/vocabulary";
import { deleteOutreachAction, logOutreachAction, recordReplyAction } from "../../actions";
import { LogOutreachForm, ReplyForm } from "./outreach-forms";

/** Step 4 on the contact's page: the messages sent, each one's answer, and a way to log the next. */
export function OutreachCard({
  contactId,
  attempts,
  today,
}: {
  contactId: string;
  attempts: OutreachAttempt[];
  today: CalendarDate;
}) {
  return (
    <section
      aria-labelledby="outreach-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
    >
      <h2 id="outreach-heading" className="mb-3 text-lg font-semibold text-slate-900">
        Outreach
      </h2>
      {/* Not behind a disclosure: one tied to "nothing logged yet" would close on the first save and hide
          its "Outreach logged." confirmation. */}
      <h3 className="text-sm font-semibold text-slate-900">Log a message you sent</h3>
      <div className="mt-3">
        <LogOutreachForm
          action={logOutreachAction}
          contactId={contactId}
          today={today}
          creationKey={crypto.randomUUID()}
        />
      </div>

      <h3 className="mt-5 text-sm font-semibold text-slate-900">Messages sent</h3>
      {attempts.length === 0 ? (
        <div className="mt-3">
          <EmptyState title="Nothing sent yet">
            Write a message from a template, send it, then log it here: Fieldnotes will suggest when to follow
            up.
          </EmptyState>
        </div>
      ) : (
        <ol className="mt-3 space-y-3">
          {attempts.map((attempt) => (
            <li key={attempt.id} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-medium text-slate-900">
                <time dateTime={attempt.sentOn}>{formatNearDate(attempt.sentOn, today)}</time> ·{" "}
                {attempt.isFollowUp ? "Follow-up" : "Outreach"} · {OUTREACH_CHANNEL_LABEL[attempt.channel]}
              </p>
              <p className={attempt.reply === "none" ? "text-slate-600" : "font-medium text-green-800"}>
                {OUTREACH_REPLY_LABEL[attempt.reply]}
                {attempt.repliedOn && ` on ${formatNearDate(attempt.repliedOn, today)}`}
              </p>
              {attempt.message && (
                <p className="mt-2 line-clamp-4 whitespace-pre-line text-slate-700">{attempt.message}</p>
              )}
              <div className="mt-2 flex flex-wrap items-start gap-x-4 gap-y-2">
                <LazyDetails
                  className="min-w-0 flex-1 basis-60"
                  summary="Record their answer"
                  summaryClassName="link cursor-pointer font-medium"
                  bodyClassName="mt-3"
                >
                  <ReplyForm
                    action={recordReplyAction}
                    outreachId={attempt.id}
                    version={attempt.version}
                    initial={{
                      reply: attempt.reply === "none" ? "replied" : attempt.reply,
                      repliedOn: attempt.repliedOn ?? (today < attempt.sentOn ? attempt.sentOn : today),
                    }}
                  />
                </LazyDetails>
                <form action={deleteOutreachAction}>
                  <input type="hidden" name="id" value={attempt.id} />
                  <Button type="submit" variant="ghost" size="sm">
                    Delete
                    <span className="sr-only"> the entry from {formatNearDate(attempt.sentOn, today)}</span>
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
