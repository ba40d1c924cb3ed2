import type { Metadata } from "next";
import Link from "next/link";
import { ActivityTimeline } from "@/app/_components/activity-timeline";
import { PipelineBoard } from "@/app/_components/pipeline-board";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getAdvisorStudentView } from "@/lib/data/advisor/students/student-view";
import { getStudentFollowUp } from "@/lib/data/advisor/students/nudges";
import { formatDisplayDate } from "@/lib/domain/display-date";
import type { GoalProgress } from "@/lib/domain/goal-progress";
import { formatInterviewTime } from "@/lib/domain/display-date";
import { studentDisplayName } from "@/lib/domain/student-progress";
import { INTERVIEW_FORMAT_LABEL, INTERVIEW_STATUS_LABEL } from "@/lib/domain/vocabulary";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";
import { routeParam } from "@/app/_lib/route-param";
import { OutcomeDetails } from "@/app/(student)/outcomes/_components/outcome-details";
import { OutcomeForm } from "@/app/(student)/outcomes/_components/outcome-form";
import { PRIORITY_LABEL } from "@/lib/domain/vocabulary";
import { recordOutcomeAction } from "./actions";
import { MethodSteps } from "./_components/method-steps";
import { ThankYouBadge } from "./_components/thank-you-badge";
import { FollowUpCard } from "./_components/follow-up-card";

// A fixed title: a title naming the student would read their records a second time (and audit it twice).
export const metadata: Metadata = { title: "Student" };

const GOAL_STATE_TEXT: Record<GoalProgress["state"], string> = {
  met: "Met",
  "in-progress": "In progress",
  behind: "Behind",
  "not-met": "Not met",
  "no-thank-yous-yet": "Nothing to judge yet",
};

const GOAL_STATE_CLASS: Record<GoalProgress["state"], string> = {
  met: "bg-green-50 text-green-800",
  "in-progress": "bg-slate-100 text-slate-800",
  behind: "bg-red-50 text-red-800",
  "not-met": "bg-amber-50 text-amber-900",
  "no-thank-yous-yet": "bg-slate-100 text-slate-800",
};

const link = "link break-words";
// Block summaries keep their disclosure marker; the padding gives a 44px touch target.
const summaryClass = "link cursor-pointer py-2 text-sm font-medium";

export default async function AdvisorStudentPage({ params }: { params: Promise<{ studentId: string }> }) {
  const studentId = routeParam((await params).studentId);
  const now = new Date();
  // The view writes the audit row and 404s first; the flags read only after it allowed the visit.
  const view = await getAdvisorStudentView(studentId, now);
  const followUp = await getStudentFollowUp(studentId, now);
  const name = studentDisplayName(view.student);
  const contactCount = view.pipeline.reduce((sum, column) => sum + column.contacts.length, 0);

  return (
    <div className="space-y-6">
      <Link href={`/advisor/cohorts/${view.cohort.id}`} className="link inline-block text-sm">
        ← {view.cohort.name}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold break-words">{name}</h1>
        <p className="mt-1 text-slate-600">
          {view.cohort.name} ({view.cohort.term}) · Read-only. Notes the student keeps private are not shown.
        </p>
      </div>

      <FollowUpCard studentId={studentId} followUp={followUp} now={now} />

      <Card title="The six steps">
        <MethodSteps steps={view.steps} />
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="1 · Research">
          <h3 className="text-sm font-semibold text-slate-900">Career fields</h3>
          {view.careerFields.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">No career fields yet.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {view.careerFields.map((field) => (
                <li key={field.id}>
                  <span className="font-medium text-slate-900">{field.name}</span>
                  {field.notes && <span className="text-slate-600"> · {field.notes}</span>}
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-4 text-sm font-semibold text-slate-900">Target organizations</h3>
          {view.organizations.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">No organizations yet.</p>
          ) : (
            <ul className="mt-1 divide-y divide-slate-100 text-sm">
              {view.organizations.map((org) => (
                <li key={org.id} className="py-2">
                  <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-medium break-words text-slate-900">{org.name}</span>
                    <span className="text-xs text-slate-700">{PRIORITY_LABEL[org.priority]} priority</span>
                  </div>
                  {(org.industry || org.careerFieldName) && (
                    <p className="text-slate-600">
                      {[org.industry, org.careerFieldName].filter(Boolean).join(" · ")}
                    </p>
                  )}
                  {org.whyInterested && (
                    <p className="whitespace-pre-line text-slate-700">Why: {org.whyInterested}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title="3 · Prepare">
          <h3 className="text-sm font-semibold text-slate-900">Elevator pitch</h3>
          {view.pitch.trim() === "" ? (
            <p className="mt-1 text-sm text-slate-600">No pitch yet.</p>
          ) : (
            <details className="mt-1">
              <summary className={summaryClass}>Read the pitch</summary>
              <p className="mt-1 text-sm whitespace-pre-line text-slate-800">{view.pitch}</p>
            </details>
          )}
          <h3 className="mt-4 text-sm font-semibold text-slate-900">Questions</h3>
          <p className="mt-1 text-sm text-slate-700">
            {view.ownQuestionCount === 1
              ? "1 question of their own in the bank."
              : `${view.ownQuestionCount} questions of their own in the bank.`}{" "}
            The questions chosen for each interview are listed with it below.
          </p>
        </Card>
      </div>

      <Card title="Cohort goals">
        {view.goals.length === 0 ? (
          <p className="text-sm text-slate-600">This cohort has no goals yet.</p>
        ) : (
          <ul className="space-y-3">
            {view.goals.map((progress) => (
              <li
                key={progress.goal.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm"
              >
                <span className="font-medium text-slate-900">{progress.label}</span>
                <span className="flex items-baseline gap-2">
                  <span className="text-slate-700">{progress.progressText}</span>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ${GOAL_STATE_CLASS[progress.state]}`}
                  >
                    {GOAL_STATE_TEXT[progress.state]}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <section aria-labelledby="pipeline-heading">
        <h2 id="pipeline-heading" className="mb-1 text-lg font-semibold">
          Pipeline
        </h2>
        <p className="mb-3 text-sm text-slate-600">
          Each contact&apos;s stage as of {formatDisplayDate(view.asOf)}.
        </p>
        {contactCount === 0 ? (
          <EmptyState title="No contacts yet">
            The student has not added anyone to talk to. Contacts appear here by stage as they are added.
          </EmptyState>
        ) : (
          <PipelineBoard columns={view.pipeline} emptyColumnText="Nobody here." />
        )}
      </section>

      <Card title="Interviews">
        {view.interviews.length === 0 ? (
          <p className="text-sm text-slate-600">No interviews scheduled or held yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {view.interviews.map((interview) => (
              <li key={interview.id} className="py-3 text-sm first:pt-0 last:pb-0">
                <Link href={`/advisor/students/${studentId}/interviews/${interview.id}`} className={link}>
                  Interview with {interview.contactName}
                </Link>
                {interview.organizationName && (
                  <span className="text-slate-600"> · {interview.organizationName}</span>
                )}
                <p className="text-slate-600">
                  <time dateTime={interview.startsAt.toISOString()}>
                    {formatInterviewTime(interview.startsAt, interview.timeZone, {
                      timeZone: interview.timeZone,
                      now,
                    })}
                  </time>{" "}
                  · {INTERVIEW_FORMAT_LABEL[interview.format]} · {INTERVIEW_STATUS_LABEL[interview.status]}
                </p>
                {interview.thankYou && (
                  <p className="mt-1">
                    <ThankYouBadge timeliness={interview.thankYou} overdueDays={view.thankYouOverdueDays} />
                  </p>
                )}
                {interview.chosenQuestions.length > 0 && (
                  <details className="mt-1">
                    <summary className={summaryClass}>
                      {interview.chosenQuestions.length === 1
                        ? "1 question chosen"
                        : `${interview.chosenQuestions.length} questions chosen`}
                      <span className="sr-only"> for the interview with {interview.contactName}</span>
                    </summary>
                    <ol className="mt-1 list-decimal space-y-1 pl-5 text-slate-700">
                      {interview.chosenQuestions.map((question, index) => (
                        <li key={index}>{question}</li>
                      ))}
                    </ol>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card title="Outcomes">
        {view.outcomes.length === 0 ? (
          <p className="text-sm text-slate-600">No outcomes recorded yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Outcomes">
            {view.outcomes.map((outcome) => (
              <li key={outcome.id} className="py-3 first:pt-0 last:pb-0">
                <OutcomeDetails
                  outcome={outcome}
                  voice="advisor"
                  interviewHref={(id) => `/advisor/students/${studentId}/interviews/${id}`}
                />
              </li>
            ))}
          </ul>
        )}
        <details className="mt-4 border-t border-slate-100 pt-2">
          <summary className={summaryClass}>Record an outcome for {name}</summary>
          <div className="mt-2">
            <OutcomeForm
              id="advisor-outcome"
              action={recordOutcomeAction}
              initial={{ creationKey: crypto.randomUUID() }}
              hidden={{ studentId }}
              submitLabel="Record outcome"
              savedMessage="Outcome recorded. The student sees it in their list."
              choices={view.outcomeChoices}
              voice="advisor"
            />
          </div>
        </details>
      </Card>

      <Card title="Timeline">
        <ActivityTimeline
          items={view.timeline}
          voice="advisor"
          interviewHref={(id) => `/advisor/students/${studentId}/interviews/${id}`}
          viewer={{ now }}
          hasMore={view.timelineHasMore}
          empty={
            <EmptyState title="Nothing logged yet">
              Outreach, interviews and follow-ups appear here as the student records them.
            </EmptyState>
          }
        />
      </Card>

      <Card title="Comments">
        <div className="space-y-6">
          <CommentList
            comments={view.comments}
            interviewHref={(id) => `/advisor/students/${studentId}/interviews/${id}`}
            empty="No comments yet. The student sees every comment on their home page."
          />
          <CommentForm studentId={studentId} creationKey={crypto.randomUUID()} />
        </div>
      </Card>
    </div>
  );
}
