import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { getNudgeDraft } from "@/lib/data/advisor/students/nudges";
import { mergeNudge, NUDGE_REASON_LABEL } from "@/lib/domain/nudge-rules";
import { notFound } from "@/lib/errors";
import { nudgeDraftQuerySchema } from "@/lib/validation/nudge";
import { routeParam } from "@/app/_lib/route-param";
import { NudgeForm } from "./_components/nudge-form";

export const metadata: Metadata = { title: "Nudge students" };

export default async function NudgePage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const cohortId = routeParam((await params).cohortId);
  const search = await searchParams;
  if (search.student === undefined) {
    // "Nudge selected" with nobody ticked.
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Nudge students</h1>
        <EmptyState title="Nobody selected">
          Tick the students to nudge in the{" "}
          <Link href={`/advisor/cohorts/${cohortId}#students`} className="link-in-text">
            dashboard&apos;s table
          </Link>
          , then press Nudge selected.
        </EmptyState>
      </div>
    );
  }
  const query = nudgeDraftQuerySchema.safeParse(search);
  if (!query.success) notFound();
  const draft = await getNudgeDraft(cohortId, query.data.student, query.data.reason);
  const back = `/advisor/cohorts/${draft.cohort.id}`;
  const first = draft.recipients[0]!;
  const count = draft.recipients.length;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={back} className="link-in-text">
          {draft.cohort.name}
        </Link>{" "}
        › Nudge
      </nav>
      <div>
        <h1 className="text-2xl font-semibold">Nudge {count === 1 ? first.name : `${count} students`}</h1>
        <p className="mt-1 text-slate-600">
          A short note by email, also shown on {count === 1 ? "their" : "each student's"} home page. Each
          nudge is recorded on the dashboard and the student&apos;s page.
        </p>
      </div>
      <Card title={count === 1 ? "To" : `To ${count} students`}>
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Recipients">
          {draft.recipients.map((r) => (
            <li key={r.studentId} className="py-2 first:pt-0 last:pb-0">
              <span className="font-medium text-slate-900">{r.name}</span>
              <span className="text-slate-600"> · {NUDGE_REASON_LABEL[r.reason]}</span>
              <p className="text-slate-600">{r.why}</p>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Message">
        <NudgeForm
          cohortId={draft.cohort.id}
          recipients={draft.recipients.map((r) => `${r.studentId}:${r.reason}`).join(",")}
          template={draft.template}
          creationKey={crypto.randomUUID()}
          backHref={back}
        />
        <details className="mt-4 border-t border-slate-100 pt-2">
          <summary className="link cursor-pointer py-2 text-sm font-medium">
            How it reads for {first.name}
          </summary>
          <p className="mt-1 text-sm whitespace-pre-line text-slate-800">
            {mergeNudge(draft.template, { name: first.greeting, reason: first.reason })}
          </p>
        </details>
      </Card>
    </div>
  );
}
