import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PipelineBoard } from "@/app/_components/pipeline-board";
import { Card } from "@/components/card";
import { displayName } from "@/app/_lib/display-name";
import { getMyHome } from "@/lib/data/student/home/steps";
import { formatNearDate } from "@/lib/domain/display-date";
import { AdvisorComments } from "./_components/advisor-comments";
import { AdvisorNudges } from "./_components/advisor-nudges";
import { AgendaList } from "./_components/agenda-list";
import { NextActionCard } from "./_components/next-action";
import { StepTracker } from "./_components/step-tracker";
import { JournalForm } from "./_components/journal-form";
import { RecentActivityList } from "./_components/recent-activity-list";

export const metadata: Metadata = { title: "Home" };

export default async function StudentHomePage() {
  const now = new Date();
  // One statement for the whole page (steps.ts), whatever the number of contacts.
  const home = await getMyHome(now);
  // A first sign-in without a name goes through the welcome step first.
  if (!home.name?.trim()) redirect("/welcome");
  const { agenda, journal, activity } = home;
  const today = agenda.asOf;
  return (
    // data-soft-nav: the page's many links are plain <a>, navigated in place by the shell's one listener
    // (app/_components/soft-links-listener.tsx) rather than each a next/link client component.
    <div className="space-y-6" data-soft-nav="">
      <div>
        <h1 className="text-2xl font-semibold">Welcome, {displayName(home)}</h1>
        <p className="mt-1 text-slate-600">
          {home.cohorts.length > 0 ? (
            `You are in ${home.cohorts.map((c) => `${c.name} (${c.term})`).join(", ")}.`
          ) : (
            <>
              You are not in a cohort yet. Your advisor can send you a join link, or{" "}
              <Link href="/join" className="link-in-text">
                enter a cohort code
              </Link>
              .
            </>
          )}{" "}
          Today is {formatNearDate(today, today)}.
        </p>
      </div>

      <NextActionCard action={home.nextAction} />

      <AdvisorNudges nudges={home.nudges} timeZone={agenda.timeZone} now={now} />

      <StepTracker steps={home.steps} />

      <section id="due" aria-labelledby="due-heading">
        <h2 id="due-heading" className="sr-only">
          What is due
        </h2>
        <div className="grid gap-6 lg:grid-cols-3">
          <Card title="Overdue" className={agenda.overdue.length > 0 ? "border-red-200" : ""}>
            {agenda.overdue.length > 0 ? (
              <AgendaList items={agenda.overdue} today={today} />
            ) : (
              <p className="text-sm text-slate-600">Nothing overdue. Nicely done.</p>
            )}
          </Card>
          <Card title="Due now">
            {agenda.due.length > 0 ? (
              <AgendaList items={agenda.due} today={today} />
            ) : (
              <p className="text-sm text-slate-600">Nothing due today.</p>
            )}
          </Card>
          <Card title="This week">
            {agenda.thisWeek.length > 0 ? (
              <AgendaList items={agenda.thisWeek} today={today} />
            ) : (
              <p className="text-sm text-slate-600">Nothing coming up in the next seven days.</p>
            )}
          </Card>
        </div>
      </section>

      <AdvisorComments comments={home.comments} timeZone={agenda.timeZone} now={now} />

      <section aria-labelledby="pipeline-heading">
        <h2 id="pipeline-heading" className="mb-3 text-lg font-semibold">
          Your pipeline
        </h2>
        <PipelineBoard
          columns={agenda.pipeline}
          contactHref={(id) => `/contacts/${id}`}
          emptyColumnText="Nobody here yet."
          moreHref="/contacts"
        />
      </section>

      <Card title="Recent activity">
        <RecentActivityList items={activity} timeZone={agenda.timeZone} now={now} />
      </Card>

      <section aria-labelledby="reflection-heading" className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 id="reflection-heading" className="mb-1 text-lg font-semibold">
            Reflection
          </h2>
          <p className="mb-4 text-sm text-slate-600">Only you can see your reflections.</p>
          <JournalForm creationKey={crypto.randomUUID()} />
        </Card>
        <Card title="Recent reflections">
          {journal.length === 0 ? (
            <p className="text-sm text-slate-600">
              After each conversation, write down one thing you learned and one thing you will do next.
            </p>
          ) : (
            <ul className="space-y-4">
              {journal.map((entry) => (
                <li key={entry.id} className="text-sm">
                  <p className="font-semibold text-slate-700">{formatNearDate(entry.entryOn, today)}</p>
                  {entry.learned && <p className="mt-1 whitespace-pre-wrap">Learned: {entry.learned}</p>}
                  {entry.nextSteps && <p className="mt-1 whitespace-pre-wrap">Next: {entry.nextSteps}</p>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </section>
    </div>
  );
}
