import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/badge";
import { buttonClass } from "@/components/button";
import { Card } from "@/components/card";
import { getInterviewPage } from "@/lib/data/student/interviews/interview-page";
import { formatInterviewTime } from "@/lib/domain/display-date";
import { localDateAndTime } from "@/lib/domain/interview-time";
import { thankYouStatus } from "@/lib/domain/thank-you";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { INTERVIEW_FORMAT_LABEL, INTERVIEW_STATUS_LABEL } from "@/lib/domain/vocabulary";
import {
  addReferralAction,
  chooseInterviewQuestionsAction,
  recordInterviewNotesAction,
  updateInterviewDetailsAction,
} from "../actions";
import { InterviewAdvisorComments } from "../_components/interview-advisor-comments";
import { HiddenFieldsForm, NotesForm, ReferralForm } from "../_components/interview-forms";
import { zoneChoices } from "@/lib/domain/time-zone-names";
import { PrintButton } from "../_components/print-button";
import { QuestionList } from "../_components/question-list";
import { ScheduleDisclosure } from "../_components/schedule-disclosure";
import { ScheduleForm } from "../_components/schedule-form";
import { PrepSheet } from "./_components/prep-sheet";
import { ThankYouSection } from "./_components/thank-you-section";
import { routeParam } from "@/app/_lib/route-param";
import "./print.css";
import { SavedBanner } from "@/components/saved-banner";

export const metadata: Metadata = { title: "Interview" };

type Phase = "before" | "unrecorded" | "completed" | "off";
type SectionName = "thank-you" | "did-it-happen" | "prep" | "questions" | "notes" | "referrals" | "schedule";

/**
 * Sections in the order the interview's state calls for. Before: the prep sheet and the questions. After:
 * the thank-you first while it is due, then notes and referrals; the preparation moves down.
 */
function sectionOrder(phase: Phase, thankYouSent: boolean): SectionName[] {
  switch (phase) {
    case "before":
      return ["prep", "questions", "notes", "referrals", "schedule", "thank-you"];
    case "unrecorded":
      return ["did-it-happen", "notes", "referrals", "prep", "questions", "thank-you"];
    case "completed":
      return thankYouSent
        ? ["notes", "referrals", "thank-you", "prep", "questions", "schedule"]
        : ["thank-you", "notes", "referrals", "prep", "questions", "schedule"];
    case "off":
      return ["schedule", "prep", "questions", "notes", "referrals"];
  }
}

export default async function InterviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id: rawId }, { saved }] = await Promise.all([params, searchParams]);
  const page = await getInterviewPage(routeParam(rawId));
  const { interview } = page;
  const now = new Date();
  const today = calendarDateIn(now, page.timeZone);
  const completed = interview.status === "completed";
  const thanks = thankYouStatus(
    {
      interviewCompletedOn: completed ? calendarDateIn(interview.startsAt, interview.timeZone) : null,
      thankYouSentOn: interview.thankYou?.sentOn ?? null,
    },
    today,
    interview.thankYouRules,
  );
  const endsAt = interview.startsAt.getTime() + interview.durationMinutes * 60_000;
  const phase: Phase =
    interview.status === "scheduled"
      ? endsAt >= now.getTime()
        ? "before"
        : "unrecorded"
      : completed
        ? "completed"
        : "off";
  const version = String(interview.version);
  const scheduleValues = {
    ...localDateAndTime(interview.startsAt, interview.timeZone),
    timeZone: interview.timeZone,
    format: interview.format,
    location: interview.location,
    durationMinutes: String(interview.durationMinutes),
  };
  const scheduleFormProps = {
    action: updateInterviewDetailsAction,
    initial: { ...scheduleValues, status: interview.status },
    hidden: { id: interview.id },
    version,
    submitLabel: "Save schedule",
    withStatus: true,
  };

  const sections: Record<SectionName, ReactNode> = {
    "thank-you": <ThankYouSection page={page} status={thanks} today={today} />,
    "did-it-happen": (
      <PrintHidden>
        <Card title="Did the interview happen?">
          <p className="mb-4 text-sm text-slate-700">
            Mark it as held to record your notes and start the thank-you. If it moved or fell through, change
            its date or status below.
          </p>
          <HiddenFieldsForm
            id="mark-held"
            action={updateInterviewDetailsAction}
            hidden={{ ...scheduleValues, status: "completed", id: interview.id, version }}
            submitLabel="Yes, mark it as held"
            savedMessage="Marked as held."
          />
          <ScheduleDisclosure
            className="mt-4"
            summary="Change the date, time or status"
            summaryClassName="link cursor-pointer text-sm font-medium"
            bodyClassName="mt-3"
            form={scheduleFormProps}
          />
        </Card>
      </PrintHidden>
    ),
    prep: <PrepSheet page={page} now={now} />,
    questions: (
      <PrintHidden>
        <Card title="Choose and order your questions">
          <QuestionList
            action={chooseInterviewQuestionsAction}
            interviewId={interview.id}
            choices={page.choices}
            chosen={interview.questions.map((q) => q.questionId)}
          />
        </Card>
      </PrintHidden>
    ),
    notes: (
      <PrintHidden>
        <Card title={completed ? "Notes and takeaways" : "During and after: notes"}>
          <NotesForm
            key={interview.questions.map((q) => q.questionId).join(",")}
            action={recordInterviewNotesAction}
            version={version}
            questions={interview.questions}
            initial={{
              notes: interview.notes,
              takeaways: interview.takeaways,
              notesPrivate: interview.notesPrivate ? "on" : "",
              permissionToUseName:
                interview.permissionToUseName === null ? "" : interview.permissionToUseName ? "yes" : "no",
              ...Object.fromEntries(
                interview.questions.map((q) => [`answer-${q.questionId}`, q.answerNotes]),
              ),
            }}
            hidden={{ id: interview.id }}
          />
        </Card>
      </PrintHidden>
    ),
    referrals: (
      <PrintHidden>
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
      </PrintHidden>
    ),
    schedule: (
      <PrintHidden>
        {phase === "off" ? (
          <Card title="Reschedule or change the status">
            <ScheduleForm {...scheduleFormProps} timeZones={zoneChoices()} />
          </Card>
        ) : (
          <ScheduleDisclosure
            className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
            summary="Change the date, time or status"
            summaryClassName="cursor-pointer text-base font-semibold text-slate-900"
            bodyClassName="mt-4"
            form={scheduleFormProps}
          />
        )}
      </PrintHidden>
    ),
  };

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <div data-print="hide" className="space-y-4">
        <Link href="/interviews" className="link text-sm">
          ← Interviews
        </Link>
        {saved && <SavedBanner>Interview scheduled.</SavedBanner>}
        <header className="space-y-2">
          <h1 className="text-2xl font-semibold break-words text-slate-900">
            Interview with{" "}
            <Link href={`/contacts/${interview.contactId}`} className="link-in-text">
              {interview.contactName}
            </Link>
          </h1>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700">
            {interview.organizationName && <span>{interview.organizationName} ·</span>}
            <time dateTime={interview.startsAt.toISOString()}>
              {formatInterviewTime(interview.startsAt, interview.timeZone, { timeZone: page.timeZone, now })}
            </time>
            <span>
              · {interview.durationMinutes} min · {INTERVIEW_FORMAT_LABEL[interview.format]}
            </span>
            <Badge tone={completed ? "done" : phase === "unrecorded" ? "due-today" : "neutral"}>
              {INTERVIEW_STATUS_LABEL[interview.status]}
            </Badge>
          </p>
          <div className="flex flex-wrap gap-2">
            <a href={`/interviews/${interview.id}/calendar.ics`} className={buttonClass("secondary", "sm")}>
              Add to calendar (.ics)
            </a>
            <PrintButton />
          </div>
        </header>
        <InterviewAdvisorComments comments={page.comments} />
      </div>

      {sectionOrder(phase, Boolean(interview.thankYou)).map((name) => (
        <div key={name}>{sections[name]}</div>
      ))}
    </div>
  );
}

function PrintHidden({ children }: { children: ReactNode }) {
  return <div data-print="hide">{children}</div>;
}
