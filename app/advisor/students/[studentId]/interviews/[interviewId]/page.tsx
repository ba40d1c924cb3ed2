import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/card";
import { getAdvisorInterview } from "@/lib/data/advisor/students/student-interview";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { formatInterviewTime } from "@/lib/domain/display-date";
import { studentDisplayName } from "@/lib/domain/student-progress";
import type { ThankYouState } from "@/lib/domain/thank-you";
import {
  FOLLOW_UP_CHANNEL_LABEL,
  INTERVIEW_FORMAT_LABEL,
  INTERVIEW_STATUS_LABEL,
  QUESTION_CATEGORY_LABEL,
} from "@/lib/domain/vocabulary";
import { CommentForm } from "../../_components/comment-form";
import { CommentList } from "../../_components/comment-list";
import { routeParam } from "@/app/_lib/route-param";

// A fixed title: a title naming the contact would read the interview a second time (and audit it twice).
export const metadata: Metadata = { title: "Interview" };

const THANK_YOU_TEXT: Record<ThankYouState, string> = {
  "not-applicable": "Not due: the interview is not marked as held.",
  upcoming: "Not sent yet; not due yet.",
  due: "Not sent yet; due now.",
  overdue: "Not sent, and overdue.",
  "sent-on-time": "On time.",
  "sent-late": "Late.",
};

const PERMISSION_TEXT = { yes: "Yes", no: "No", unknown: "Not asked yet" } as const;

export default async function AdvisorInterviewPage({
  params,
}: {
  params: Promise<{ studentId: string; interviewId: string }>;
}) {
  const raw = await params;
  const [studentId, interviewId] = [routeParam(raw.studentId), routeParam(raw.interviewId)];
  const now = new Date();
  const interview = await getAdvisorInterview(studentId, interviewId, now);
  const studentName = studentDisplayName(interview.student);
  const permission =
    interview.permissionToUseName === null ? "unknown" : interview.permissionToUseName ? "yes" : "no";

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href={`/advisor/students/${studentId}`} className="link inline-block text-sm break-words">
        ← {studentName}
      </Link>
      <Card>
        <h1 className="text-2xl font-semibold break-words">Interview with {interview.contactName}</h1>
        <p className="mt-1 text-slate-700">
          {interview.organizationName && <>{interview.organizationName} · </>}
          <time dateTime={interview.startsAt.toISOString()}>
            {formatInterviewTime(interview.startsAt, interview.timeZone, {
              timeZone: interview.timeZone,
              now,
            })}
          </time>{" "}
          · {interview.durationMinutes} min · {INTERVIEW_FORMAT_LABEL[interview.format]} ·{" "}
          {INTERVIEW_STATUS_LABEL[interview.status]}
        </p>
        <p className="mt-2 text-sm text-slate-600">{studentName}&apos;s interview. Read-only.</p>
      </Card>

      {interview.notesPrivate && (
        <p className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
          {studentName} keeps the notes of this interview private: answers, notes and takeaways are not shown.
        </p>
      )}

      <Card title="Questions">
        {interview.questions.length === 0 ? (
          <p className="text-sm text-slate-600">No questions were chosen for this interview.</p>
        ) : (
          <ol className="space-y-4">
            {interview.questions.map((question, index) => (
              <li key={question.questionId} className="text-sm">
                <p className="font-medium text-slate-900">
                  {index + 1}. {question.text}{" "}
                  <span className="text-xs font-normal text-slate-600">
                    ({QUESTION_CATEGORY_LABEL[question.category]})
                  </span>
                </p>
                {!interview.notesPrivate && (
                  <p className="mt-1 break-words whitespace-pre-wrap text-slate-700">
                    {question.answerNotes || <span className="text-slate-500">No answer noted.</span>}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>

      {!interview.notesPrivate && (
        <Card title="Notes and takeaways">
          <dl className="space-y-4 text-sm">
            <Detail term="Key takeaways">{interview.takeaways}</Detail>
            <Detail term="Notes">{interview.notes}</Detail>
          </dl>
        </Card>
      )}

      <Card title="Follow-through">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          <div className="sm:contents">
            <dt className="font-medium text-slate-600">May mention their name</dt>
            <dd className="text-slate-900">{PERMISSION_TEXT[permission]}</dd>
          </div>
          <div className="sm:contents">
            <dt className="font-medium text-slate-600">Thank-you</dt>
            <dd className="text-slate-900">
              {interview.thankYou && (
                <>
                  Sent {formatDisplayDate(interview.thankYou.sentOn)} (
                  {FOLLOW_UP_CHANNEL_LABEL[interview.thankYou.channel]}).{" "}
                </>
              )}
              {THANK_YOU_TEXT[interview.thankYouStatus.state]}
              {!interview.thankYou && interview.thankYouStatus.dueOn && (
                <> Due {formatDisplayDate(interview.thankYouStatus.dueOn)}.</>
              )}
            </dd>
          </div>
        </dl>
      </Card>

      <Card title="Comments on this interview">
        <div className="space-y-6">
          <CommentList
            comments={interview.comments}
            empty="No comments on this interview yet. The student sees yours on this interview's page."
          />
          <CommentForm studentId={studentId} interviewId={interview.id} creationKey={crypto.randomUUID()} />
        </div>
      </Card>
    </div>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className="mt-1 break-words whitespace-pre-wrap text-slate-900">
        {children || <span className="text-slate-500">None noted.</span>}
      </dd>
    </div>
  );
}
