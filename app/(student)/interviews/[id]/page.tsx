import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { getMyInterview, getMyTimeZone } from "@/lib/data/student/interviews/interviews";
import { listQuestionChoices } from "@/lib/data/student/interviews/interview-questions";
import { formatInterviewTime, localDateAndTime } from "@/lib/domain/interview-time";
import { thankYouStatus, type ThankYouState } from "@/lib/domain/thank-you";
import { calendarDateIn } from "@/lib/domain/time-zone";
import {
  FOLLOW_UP_CHANNEL_LABEL,
  INTERVIEW_FORMAT_LABEL,
  INTERVIEW_STATUS_LABEL,
} from "@/lib/domain/vocabulary";
import {
  addReferralAction,
  chooseInterviewQuestionsAction,
  recordInterviewNotesAction,
  recordThankYouAction,
  updateInterviewDetailsAction,
} from "../actions";
import { InterviewAdvisorComments } from "../_components/interview-advisor-comments";
import { NotesForm, ReferralForm, ThankYouForm } from "../_components/interview-forms";
import { knownTimeZones } from "../_components/known-time-zones";
import { QuestionPicker } from "../_components/question-picker";
import { ScheduleForm } from "../_components/schedule-form";
import { routeParam } from "@/app/_lib/route-param";

export const metadata: Metadata = { title: "Interview" };

const THANK_YOU_TEXT: Record<ThankYouState, string> = {
  "not-applicable": "",
  upcoming: "Send it soon",
  due: "Due now",
  overdue: "Overdue",
  "sent-on-time": "Sent on time",
  "sent-late": "Sent late",
};

export default async function InterviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id: rawId }, { saved }] = await Promise.all([params, searchParams]);
  const id = routeParam(rawId);
  const [interview, choices, myZone] = await Promise.all([
    getMyInterview(id),
    listQuestionChoices(),
    getMyTimeZone(),
  ]);
  const completed = interview.status === "completed";
  const interviewOn = calendarDateIn(interview.startsAt, interview.timeZone);
  const now = new Date();
  const today = calendarDateIn(now, myZone);
  const thanks = thankYouStatus(
    {
      interviewCompletedOn: completed ? interviewOn : null,
      thankYouSentOn: interview.thankYou?.sentOn ?? null,
    },
    today,
    interview.thankYouRules,
  );
  // Both versioned forms remount when the version moves on, so neither posts a version the other replaced.
  const versionKey = String(interview.version);

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/interviews" className="link text-sm">
        ← Interviews
      </Link>
      {saved && (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 p-3 text-sm font-medium text-green-800"
        >
          Interview scheduled.
        </p>
      )}
      <Card>
        <h1 className="text-2xl font-semibold">
          Interview with{" "}
          <Link href={`/contacts/${interview.contactId}`} className="link-in-text">
            {interview.contactName}
          </Link>
        </h1>
        <p className="mt-1 text-slate-700">
          {interview.organizationName && <>{interview.organizationName} · </>}
          <time dateTime={interview.startsAt.toISOString()}>
            {formatInterviewTime(interview.startsAt, interview.timeZone, { timeZone: myZone, now })}
          </time>{" "}
          · {interview.durationMinutes} min · {INTERVIEW_FORMAT_LABEL[interview.format]} ·{" "}
          {INTERVIEW_STATUS_LABEL[interview.status]}
        </p>
        {interview.location && <p className="mt-1 text-slate-700">{interview.location}</p>}
        <a href={`/interviews/${interview.id}/calendar.ics`} className="link mt-3 inline-block text-sm">
          Add to calendar (.ics)
        </a>
      </Card>

      <InterviewAdvisorComments interviewId={interview.id} />

      <Card title="Schedule and status">
        <ScheduleForm
          key={`details-${versionKey}`}
          action={updateInterviewDetailsAction}
          initial={{
            ...localDateAndTime(interview.startsAt, interview.timeZone),
            timeZone: interview.timeZone,
            format: interview.format,
            location: interview.location,
            durationMinutes: String(interview.durationMinutes),
            status: interview.status,
          }}
          hidden={{ id: interview.id, version: versionKey }}
          submitLabel="Save schedule"
          timeZones={knownTimeZones()}
          withStatus
        />
      </Card>

      <Card title="Questions to ask">
        <p className="mb-4 text-sm text-slate-600">
          Tick 8 to 10 questions (at most 10) and number them in the order you want to ask them. Add your own
          under Preparation.
        </p>
        <QuestionPicker
          action={chooseInterviewQuestionsAction}
          interviewId={interview.id}
          choices={choices}
          chosen={interview.questions.map((q) => q.questionId)}
        />
      </Card>

      <Card title="Notes">
        <NotesForm
          key={`notes-${versionKey}-${interview.questions.map((q) => q.questionId).join(",")}`}
          action={recordInterviewNotesAction}
          questions={interview.questions}
          initial={{
            notes: interview.notes,
            takeaways: interview.takeaways,
            notesPrivate: interview.notesPrivate ? "on" : "",
            permissionToUseName:
              interview.permissionToUseName === null ? "" : interview.permissionToUseName ? "yes" : "no",
            ...Object.fromEntries(interview.questions.map((q) => [`answer-${q.questionId}`, q.answerNotes])),
          }}
          hidden={{ id: interview.id, version: versionKey }}
        />
      </Card>

      <Card title="Who else should I talk to?">
        {interview.referrals.length > 0 && (
          <ul className="mb-4 list-disc pl-5 text-sm">
            {interview.referrals.map((r) => (
              <li key={r.id}>
                <Link href={`/contacts/${r.id}`} className="link font-medium">
                  {r.name}
                </Link>
                {r.title && <span className="text-slate-600"> · {r.title}</span>}
              </li>
            ))}
          </ul>
        )}
        <ReferralForm
          action={addReferralAction}
          hidden={{ interviewId: interview.id }}
          creationKey={crypto.randomUUID()}
        />
      </Card>

      <Card title="Thank-you">
        {!completed ? (
          <p className="text-sm text-slate-600">
            Once the interview has happened, set its status to Completed: a thank-you is due one business day
            later.
          </p>
        ) : interview.thankYou ? (
          <p className="text-sm">
            Sent on {interview.thankYou.sentOn} by {FOLLOW_UP_CHANNEL_LABEL[interview.thankYou.channel]} ·{" "}
            <strong>{THANK_YOU_TEXT[thanks.state]}</strong>
          </p>
        ) : (
          <>
            <p className="mb-4 text-sm">
              <strong>{THANK_YOU_TEXT[thanks.state]}</strong>: due {thanks.dueOn}, overdue after{" "}
              {thanks.overdueOn}.
            </p>
            <ThankYouForm
              action={recordThankYouAction}
              initial={{ sentOn: today, channel: "email" }}
              hidden={{ interviewId: interview.id, creationKey: crypto.randomUUID() }}
            />
          </>
        )}
      </Card>
    </div>
  );
}
