import { format } from "date-fns";
import { Button } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import type { OutreachPanel } from "@/lib/data/student/contacts/outreach";
import { type CalendarDate, parseCalendarDate } from "@/lib/domain/calendar-date";
import { followUpTemplate, outreachTemplates } from "@/lib/domain/outreach-templates";
import { OUTREACH_CHANNEL_LABEL, OUTREACH_REPLY_LABEL } from "@/lib/domain/vocabulary";
import { deleteOutreachAction, logOutreachAction, recordReplyAction } from "../../actions";
import { CopyText } from "./copy-text";
import { LogOutreachForm, ReplyForm } from "./outreach-forms";

/** "Wed, Nov 18": calendar dates carry no zone, so this is the student's day as they logged it. */
const shortDate = (date: CalendarDate) => format(parseCalendarDate(date), "EEE, MMM d");
const longDate = (date: CalendarDate) => format(parseCalendarDate(date), "d MMM yyyy");

/** Step 4 on the contact's page: what to do next, messages to copy, the log, and each attempt's answer. */
export function OutreachCard({ contactId, panel }: { contactId: string; panel: OutreachPanel }) {
  const { attempts, suggestion, templates, today } = panel;
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
  return (
    <section
      aria-labelledby="outreach-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="outreach-heading" className="mb-3 text-lg font-semibold text-slate-900">
        Outreach
      </h2>
      {suggestion && (
        <p
          className={`rounded-md border p-3 text-sm font-medium ${
            suggestion.overdue
              ? "border-red-200 bg-red-50 text-red-800"
              : "border-amber-200 bg-amber-50 text-amber-950"
          }`}
        >
          No reply yet: {suggestion.kind === "second" ? "a last follow-up" : "a follow-up"}{" "}
          {suggestion.overdue ? "was due" : "is due"} {shortDate(suggestion.dueOn)}
          {suggestion.overdue && " (overdue)"}. A polite nudge is the first template below.
        </p>
      )}

      <details className="mt-4" open={attempts.length === 0 || Boolean(suggestion)}>
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">Message templates</summary>
        <p className="mt-2 text-sm text-slate-600">
          Filled in with {templates.contactName}’s details
          {templates.pitch
            ? " and your elevator pitch"
            : " (add an elevator pitch on Prepare and it appears here)"}
          . Edit them to sound like you before sending.
        </p>
        <div className="mt-4 space-y-6">
          {messages.map((message) => (
            <div key={message.id} className="space-y-3">
              <h3 className="text-sm font-semibold text-slate-900">{message.label}</h3>
              {message.subject && <CopyText label={`${message.label}: subject`} text={message.subject} />}
              <CopyText
                label={`${message.label}: message`}
                text={message.body}
                rows={message.id === "linkedin" ? 5 : 9}
              />
            </div>
          ))}
        </div>
      </details>

      <h3 className="mt-6 text-sm font-semibold text-slate-900">Log outreach</h3>
      <div className="mt-3">
        <LogOutreachForm
          action={logOutreachAction}
          contactId={contactId}
          today={today}
          creationKey={crypto.randomUUID()}
        />
      </div>

      <h3 className="mt-6 text-sm font-semibold text-slate-900">Messages sent</h3>
      {attempts.length === 0 ? (
        <div className="mt-3">
          <EmptyState title="Nothing sent yet">
            Copy a template above, send it, then log it here: Fieldnotes will suggest when to follow up.
          </EmptyState>
        </div>
      ) : (
        <ol className="mt-3 space-y-4">
          {attempts.map((attempt) => (
            <li key={attempt.id} className="rounded-md border border-slate-200 p-4 text-sm">
              <p className="font-medium text-slate-900">
                <time dateTime={attempt.sentOn}>{longDate(attempt.sentOn)}</time> ·{" "}
                {attempt.isFollowUp ? "Follow-up" : "Outreach"} · {OUTREACH_CHANNEL_LABEL[attempt.channel]}
              </p>
              <p className={attempt.reply === "none" ? "text-slate-600" : "font-medium text-green-800"}>
                {OUTREACH_REPLY_LABEL[attempt.reply]}
                {attempt.repliedOn && ` on ${longDate(attempt.repliedOn)}`}
              </p>
              {attempt.message && (
                <p className="mt-2 whitespace-pre-line text-slate-700">{attempt.message}</p>
              )}
              <details className="mt-3">
                <summary className="text-brand-700 cursor-pointer font-semibold">Record their answer</summary>
                <div className="mt-3">
                  <ReplyForm
                    action={recordReplyAction}
                    outreachId={attempt.id}
                    version={attempt.version}
                    initial={{
                      reply: attempt.reply === "none" ? "replied" : attempt.reply,
                      repliedOn: attempt.repliedOn ?? (today < attempt.sentOn ? attempt.sentOn : today),
                    }}
                  />
                </div>
              </details>
              <form action={deleteOutreachAction} className="mt-2">
                <input type="hidden" name="id" value={attempt.id} />
                <Button type="submit" variant="quiet" className="px-0">
                  Delete this entry<span className="sr-only"> from {longDate(attempt.sentOn)}</span>
                </Button>
              </form>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
