import { Badge } from "@/components/badge";
import type { InterviewPage } from "@/lib/data/student/interviews/interview-page";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatNearDate } from "@/lib/domain/display-date";
import type { ThankYouStatus } from "@/lib/domain/thank-you";
import { thankYouTemplate } from "@/lib/domain/thank-you-template";
import { FOLLOW_UP_CHANNEL_LABEL } from "@/lib/domain/vocabulary";
import { CopyText } from "@/app/(student)/contacts/[id]/_components/copy-text";
import { recordThankYouAction } from "../../actions";
import { HiddenFieldsForm, ThankYouForm } from "../../_components/interview-forms";

/**
 * Step 6's first move: a note to start from (the method's thank-you, with their name, a takeaway and the
 * people they suggested), the day it is due, and one click to say it went today.
 */
export function ThankYouSection({
  page,
  status,
  today,
}: {
  page: InterviewPage;
  status: ThankYouStatus;
  today: CalendarDate;
}) {
  const { interview } = page;
  const heading = (
    <h2 id="thank-you-heading" className="text-lg font-semibold text-slate-900">
      Thank-you
    </h2>
  );
  const frame = "scroll-mt-20 rounded-lg border bg-white p-4 sm:p-5";

  if (interview.status !== "completed") {
    return (
      <section
        id="thank-you"
        aria-labelledby="thank-you-heading"
        data-print="hide"
        className={`${frame} border-slate-200`}
      >
        {heading}
        <p className="mt-2 text-sm text-slate-600">
          Once the interview has happened, mark it as held: a thank-you is due one business day later.
        </p>
      </section>
    );
  }

  if (interview.thankYou) {
    return (
      <section
        id="thank-you"
        aria-labelledby="thank-you-heading"
        data-print="hide"
        className={`${frame} border-slate-200`}
      >
        {heading}
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-800">
          Sent {formatNearDate(interview.thankYou.sentOn, today)} by{" "}
          {FOLLOW_UP_CHANNEL_LABEL[interview.thankYou.channel].toLowerCase()}
          <Badge tone={status.state === "sent-late" ? "due-today" : "done"}>
            {status.state === "sent-late" ? "Sent late" : "Sent on time"}
          </Badge>
        </p>
      </section>
    );
  }

  const overdue = status.state === "overdue";
  const dueToday = status.state === "due" && status.dueOn === today;
  const template = thankYouTemplate({
    studentName: page.studentName,
    contactName: interview.contactName,
    organizationName: interview.organizationName,
    takeaways: interview.takeaways,
    referralNames: interview.referrals.map((r) => r.name),
  });
  return (
    <section
      id="thank-you"
      aria-labelledby="thank-you-heading"
      data-print="hide"
      className={`${frame} ${overdue ? "border-red-200" : "border-brand-200"}`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="thank-you-heading" className="text-lg font-semibold text-slate-900">
          Send your thank-you{status.dueOn && ` — due ${formatNearDate(status.dueOn, today)}`}
        </h2>
        {overdue ? (
          <Badge tone="overdue">Overdue</Badge>
        ) : status.state === "due" ? (
          <Badge tone="due-today">{dueToday ? "Due today" : "Due now"}</Badge>
        ) : (
          <Badge tone="upcoming">Coming up</Badge>
        )}
      </div>
      <p className="mt-2 text-sm text-slate-700">
        Within a day or two, while the conversation is fresh: thank {interview.contactName} for their time,
        name one thing they said, and say what you will do with it.
        {status.overdueOn && ` It counts as on time until ${formatNearDate(status.overdueOn, today)}.`}
      </p>

      <details className="mt-4 rounded-md border border-slate-200 p-3" open>
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">
          A note to start from
        </summary>
        <div className="mt-3 space-y-3">
          <CopyText label="Thank-you: subject" text={template.subject} />
          <CopyText label="Thank-you: message" text={template.body} rows={10} />
        </div>
      </details>

      <div className="mt-4">
        <HiddenFieldsForm
          id="thank-you-today"
          action={recordThankYouAction}
          hidden={{
            interviewId: interview.id,
            sentOn: today,
            channel: "email",
            creationKey: crypto.randomUUID(),
          }}
          submitLabel="I sent it today by email"
          savedMessage="Thank-you recorded."
        />
      </div>
      <details className="mt-4">
        <summary className="link cursor-pointer text-sm font-medium">
          Sent another day, or another way?
        </summary>
        <div className="mt-3">
          <ThankYouForm
            action={recordThankYouAction}
            initial={{ sentOn: today, channel: "email" }}
            hidden={{ interviewId: interview.id, creationKey: crypto.randomUUID() }}
          />
        </div>
      </details>
    </section>
  );
}
