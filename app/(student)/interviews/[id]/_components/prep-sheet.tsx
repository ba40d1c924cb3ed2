import Link from "next/link";
import type { ReactNode } from "react";
import type { InterviewPage } from "@/lib/data/student/interviews/interview-page";
import { formatInterviewTime } from "@/lib/domain/display-date";
import { INTERVIEW_FORMAT_LABEL, QUESTION_CATEGORY_LABEL } from "@/lib/domain/vocabulary";
import { QuestionNudge } from "../../_components/question-list";

const link = "link break-words";

/**
 * What to have in hand before and during the conversation, on one sheet that prints on its own (see
 * print.css): when and where, who, their organization, the student's pitch and their questions in order.
 */
export function PrepSheet({ page, now }: { page: InterviewPage; now: Date }) {
  const { interview, contact, organization } = page;
  const when = formatInterviewTime(interview.startsAt, interview.timeZone, { timeZone: page.timeZone, now });
  return (
    <section
      data-prep-sheet
      aria-labelledby="prep-sheet-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5"
    >
      <h2 id="prep-sheet-heading" className="text-lg font-semibold text-slate-900">
        Prep sheet
        <span className="hidden print:inline">: interview with {interview.contactName}</span>
      </h2>

      <div className="mt-3 grid gap-4 text-sm sm:grid-cols-2 xl:grid-cols-3">
        <Block title="When and where">
          <Row term="When">{when}</Row>
          <Row term="Length">{interview.durationMinutes} min</Row>
          <Row term="Format">{INTERVIEW_FORMAT_LABEL[interview.format]}</Row>
          {interview.location && (
            <Row term="Place or link">
              {/^https?:\/\//.test(interview.location) ? (
                <a href={interview.location} rel="noopener noreferrer" className={link}>
                  {interview.location}
                </a>
              ) : (
                interview.location
              )}
            </Row>
          )}
        </Block>
        <Block title="Who">
          <Row term="Name">{interview.contactName}</Row>
          {contact.title && <Row term="Role">{contact.title}</Row>}
          {contact.email && (
            <Row term="Email">
              <a href={`mailto:${contact.email}`} className={link}>
                {contact.email}
              </a>
            </Row>
          )}
          {contact.phone && (
            <Row term="Phone">
              <a href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`} className={link}>
                {contact.phone}
              </a>
            </Row>
          )}
          {contact.linkedinUrl && (
            <Row term="LinkedIn">
              <a href={contact.linkedinUrl} rel="noopener noreferrer" className={link}>
                {contact.linkedinUrl.replace(/^https:\/\/(www\.)?/, "")}
              </a>
            </Row>
          )}
        </Block>
        <Block
          title="Organization"
          empty={
            organization ? undefined : (
              <p className="mt-1 text-slate-600">
                No organization noted. Look them up before you talk: what it does, recent news, who it serves.
              </p>
            )
          }
        >
          {organization && (
            <>
              <Row term="Name">
                <Link href={`/research/organizations/${organization.id}`} className={link}>
                  {organization.name}
                </Link>
              </Row>
              {organization.industry && <Row term="Industry">{organization.industry}</Row>}
              {organization.website && (
                <Row term="Website">
                  <a href={organization.website} rel="noopener noreferrer" className={link}>
                    {organization.website.replace(/^https?:\/\/(www\.)?/, "")}
                  </a>
                </Row>
              )}
              {organization.whyInterested && (
                <Row term="Why it interests you">{organization.whyInterested}</Row>
              )}
            </>
          )}
        </Block>
      </div>

      <h3 className="mt-5 text-sm font-semibold text-slate-900">Your pitch</h3>
      {page.pitch.trim() ? (
        <p className="mt-1 border-l-2 border-slate-300 pl-3 text-sm whitespace-pre-line text-slate-800">
          {page.pitch}
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600">
          No pitch yet: 30 seconds on who you are and what you are exploring.{" "}
          <Link href="/prepare" className="link-in-text">
            Write it on Prepare
          </Link>
          .
        </p>
      )}

      <h3 className="mt-5 text-sm font-semibold text-slate-900">Your questions</h3>
      {interview.questions.length > 0 ? (
        <ol
          aria-label="Questions to ask, in order"
          className="mt-2 list-decimal space-y-1 pl-6 text-sm text-slate-900"
        >
          {interview.questions.map((q) => (
            <li key={q.questionId}>
              {q.text} <span className="text-slate-600">({QUESTION_CATEGORY_LABEL[q.category]})</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-slate-600">No questions chosen yet: pick them below.</p>
      )}
      <div data-print="hide">
        <QuestionNudge count={interview.questions.length} />
      </div>
      <p className="mt-4 text-sm text-slate-700">
        Before you finish, ask: “Who else should I talk to?” and whether you may mention{" "}
        {interview.contactName}’s name when you get in touch.
      </p>
    </section>
  );
}

function Block({ title, empty, children }: { title: string; empty?: ReactNode; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      {empty ?? <dl className="mt-1 space-y-1">{children}</dl>}
    </div>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="inline font-medium text-slate-600">{term}: </dt>
      <dd className="inline break-words text-slate-900">{children}</dd>
    </div>
  );
}
