import type { Metadata } from "next";
import { Button } from "@/components/button";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getMyTimeZone } from "@/lib/data/student/interviews/interviews";
import { listMyOutcomeChoices, listMyOutcomes } from "@/lib/data/student/outcomes/outcomes";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { createOutcomeAction, deleteOutcomeAction, updateOutcomeAction } from "./actions";
import { OutcomeDetails } from "./_components/outcome-details";
import { OutcomeForm } from "./_components/outcome-form";

export const metadata: Metadata = { title: "Outcomes" };

// Block summaries keep their disclosure marker; the padding gives a 44px touch target.
const summaryClass = "link cursor-pointer py-3 text-sm font-medium";

export default async function OutcomesPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const [params, outcomes, choices, timeZone] = await Promise.all([
    searchParams,
    listMyOutcomes(),
    listMyOutcomeChoices(),
    getMyTimeZone(),
  ]);
  const today = calendarDateIn(new Date(), timeZone);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Outcomes</h1>
        <p className="mt-1 text-slate-600">
          What your conversations led to: an internship, a job offer, a day shadowing someone, a project. Your
          advisor sees these too.
        </p>
      </div>
      {params.deleted && (
        <p role="status" className="rounded-md bg-slate-100 p-3 text-sm">
          Outcome deleted.
        </p>
      )}

      <Card title="Record an outcome">
        <OutcomeForm
          id="new-outcome"
          action={createOutcomeAction}
          initial={{ creationKey: crypto.randomUUID() }}
          hidden={{}}
          submitLabel="Add outcome"
          savedMessage="Outcome added. Well done."
          choices={choices}
          voice="student"
        />
      </Card>

      <Card title="Your outcomes">
        {outcomes.length === 0 ? (
          <EmptyState title="No outcomes yet">
            When a conversation leads somewhere, record it above and name who helped: it shows how your
            network works.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Your outcomes">
            {outcomes.map((outcome) => (
              <li key={outcome.id} className="py-4 first:pt-0 last:pb-0">
                <OutcomeDetails
                  outcome={outcome}
                  voice="student"
                  contactHref={(id) => `/contacts/${id}`}
                  interviewHref={(id) => `/interviews/${id}`}
                  today={today}
                />
                <div className="mt-1 flex flex-col">
                  <details>
                    <summary className={summaryClass}>
                      Edit<span className="sr-only"> {outcome.title}</span>
                    </summary>
                    <div className="mt-2 rounded-md border border-slate-200 p-4">
                      <OutcomeForm
                        id={`outcome-${outcome.id}`}
                        action={updateOutcomeAction}
                        initial={{
                          kind: outcome.kind,
                          title: outcome.title,
                          occurredOn: outcome.occurredOn,
                          note: outcome.note,
                          notePrivate: outcome.notePrivate ? "on" : "",
                          contactIds: outcome.contacts.map((c) => c.id).join(","),
                          interviewIds: outcome.interviews.map((i) => i.id).join(","),
                        }}
                        hidden={{ id: outcome.id, version: String(outcome.version) }}
                        submitLabel="Save changes"
                        savedMessage="Saved."
                        choices={choices}
                        voice="student"
                      />
                    </div>
                  </details>
                  <details>
                    <summary className={summaryClass}>
                      Delete<span className="sr-only"> {outcome.title}</span>
                    </summary>
                    <div className="mt-2 rounded-md border border-slate-200 p-4">
                      <p className="text-sm text-slate-700">
                        The outcome goes; the contacts and interviews it names stay.
                      </p>
                      <form action={deleteOutcomeAction} className="mt-3">
                        <input type="hidden" name="id" value={outcome.id} />
                        <Button type="submit" variant="danger">
                          Delete {outcome.title}
                        </Button>
                      </form>
                    </div>
                  </details>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
