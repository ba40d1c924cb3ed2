import type { Metadata } from "next";
import Link from "next/link";
import { ActivityTimeline } from "@/app/_components/activity-timeline";
import { PipelineBoard } from "@/app/_components/pipeline-board";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getAdvisorStudentView } from "@/lib/data/advisor/students/student-view";
import { formatDisplayDate } from "@/lib/domain/display-date";
import type { GoalProgress } from "@/lib/domain/goal-progress";
import { formatInterviewTime } from "@/lib/domain/interview-time";
import { studentDisplayName } from "@/lib/domain/student-progress";
import { INTERVIEW_FORMAT_LABEL, INTERVIEW_STATUS_LABEL } from "@/lib/domain/vocabulary";
import { CommentForm } from "./_components/comment-form";
import { CommentList } from "./_components/comment-list";
import { routeParam } from "@/app/_lib/route-param";

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

export default async function AdvisorStudentPage({ params }: { params: Promise<{ studentId: string }> }) {
  const studentId = routeParam((await params).studentId);
  const now = new Date();
  const view = await getAdvisorStudentView(studentId, now);
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
              </li>
            ))}
          </ul>
        )}
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
