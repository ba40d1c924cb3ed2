import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/button";
import { SelectField } from "@/components/select-field";
import { getTermReport } from "@/lib/data/advisor/cohorts/term-report";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { formatShare, type TermReport } from "@/lib/domain/term-report";
import { parseRouteParam } from "@/lib/validation/route-params";
import { routeParam } from "@/app/_lib/route-param";
import { PrintButton } from "./_components/print-button";

export const metadata: Metadata = { title: "Term report" };

const days = (n: number | null) => (n === null ? "—" : n === 1 ? "1 day" : `${n} days`);

export default async function TermReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const cohortId = routeParam((await params).cohortId);
  const compareId = parseRouteParam((await searchParams).compare);
  const { report, compare, compareChoices } = await getTermReport(cohortId, compareId);
  const reports = compare ? [report, compare] : [report];
  const base = `/advisor/cohorts/${report.cohort.id}`;
  const csvHref = `${base}/report.csv${compare ? `?${new URLSearchParams({ compare: compare.cohort.id })}` : ""}`;
  const goalLabels = [...new Set(reports.flatMap((r) => r.goals.map((g) => g.label)))];

  return (
    <div className="space-y-6 print:space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <Link href="/advisor" className="link-in-text">
          My cohorts
        </Link>{" "}
        ›{" "}
        <Link href={base} className="link-in-text">
          {report.cohort.name}
        </Link>{" "}
        › Term report
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold break-words">
            Term report: {report.cohort.name}
            {compare && <span className="font-normal"> compared with {compare.cohort.name}</span>}
          </h1>
          <p className="text-sm text-slate-600">
            {report.cohort.term} · {formatDisplayDate(report.cohort.startsOn)} –{" "}
            {formatDisplayDate(report.cohort.endsOn)} · figures as of {formatDisplayDate(today())}
          </p>
        </div>
        <div className="flex flex-wrap gap-3 print:hidden">
          <PrintButton />
          <a href={csvHref} className={buttonClass("secondary")} download>
            Download CSV
          </a>
        </div>
      </div>

      {compareChoices.length > 0 && (
        <form
          action={`${base}/report`}
          role="search"
          aria-label="Compare with another cohort"
          className="flex flex-wrap items-end gap-3 print:hidden"
        >
          <div className="min-w-0 flex-1 basis-64 sm:max-w-sm">
            <SelectField
              name="compare"
              label="Compare with"
              options={[
                { value: "", label: "No comparison" },
                ...compareChoices.map((c) => ({ value: c.id, label: `${c.name} (${c.term})` })),
              ]}
              defaultValue={compare?.cohort.id ?? ""}
            />
          </div>
          <Button type="submit" variant="secondary">
            Compare
          </Button>
        </form>
      )}

      <FigureTable caption="Students and the six steps" reports={reports}>
        <Row label="Students" cells={reports.map((r) => String(r.studentCount))} />
        {report.funnel.map((step, index) => (
          <Row
            key={step.label}
            label={`Reached ${step.label.toLowerCase()}`}
            cells={reports.map((r) => {
              const s = r.funnel[index];
              return s ? `${s.reached} (${formatShare(s.share)})` : "—";
            })}
          />
        ))}
      </FigureTable>

      <FigureTable caption="Goals met" reports={reports}>
        {goalLabels.length === 0 ? (
          <Row label="No goals set" cells={reports.map(() => "—")} />
        ) : (
          goalLabels.map((label) => (
            <Row
              key={label}
              label={label}
              cells={reports.map((r) => {
                const goal = r.goals.find((g) => g.label === label);
                return goal ? `${goal.met} of ${goal.students} (${formatShare(goal.share)})` : "—";
              })}
            />
          ))
        )}
      </FigureTable>

      <FigureTable caption="Interviews and thank-yous" reports={reports}>
        <Row
          label="Median time from first message to interview"
          cells={reports.map((r) => days(r.medianDaysToInterview))}
        />
        <Row label="Interviews measured" cells={reports.map((r) => String(r.interviewsMeasured))} />
        <Row label="Thank-yous on time" cells={reports.map((r) => String(r.thankYous.onTime))} />
        <Row label="Thank-yous late" cells={reports.map((r) => String(r.thankYous.late))} />
        <Row label="Thank-yous missing" cells={reports.map((r) => String(r.thankYous.missing))} />
        <Row
          label="On time, of those judged"
          cells={reports.map((r) => formatShare(r.thankYous.onTimeShare))}
        />
      </FigureTable>

      <FigureTable caption="Outcomes" reports={reports}>
        <Row label="Outcomes recorded" cells={reports.map((r) => String(r.outcomes.total))} />
        <Row
          label="Students with an outcome"
          cells={reports.map((r) => String(r.outcomes.studentsWithOne))}
        />
        {report.outcomes.byKind.map((kind, index) => (
          <Row
            key={kind.kind}
            label={kind.label}
            cells={reports.map((r) => String(r.outcomes.byKind[index]?.count ?? 0))}
          />
        ))}
      </FigureTable>

      <p className="text-sm text-slate-600">
        A step counts as reached when the student has done it and every step before it, the rule of their own
        tracker. Thank-yous are on time when sent within the instance&apos;s thank-you window; those still in
        time are not judged yet. Outcomes count whenever they were recorded.
      </p>
    </div>
  );
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function FigureTable({
  caption,
  reports,
  children,
}: {
  caption: string;
  reports: TermReport[];
  children: ReactNode;
}) {
  return (
    <section className="break-inside-avoid rounded-lg border border-slate-200 bg-white">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="px-4 pt-4 pb-2 text-left text-lg font-semibold text-slate-900">{caption}</caption>
        <thead className="border-y border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="w-1/2 px-4 py-2 font-medium">
              Figure
            </th>
            {reports.map((r) => (
              <th key={r.cohort.id} scope="col" className="px-4 py-2 text-right font-medium break-words">
                {r.cohort.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </section>
  );
}

function Row({ label, cells }: { label: string; cells: string[] }) {
  return (
    <tr>
      <th scope="row" className="px-4 py-2 font-normal break-words text-slate-800">
        {label}
      </th>
      {cells.map((cell, index) => (
        <td key={index} className="px-4 py-2 text-right tabular-nums">
          {cell}
        </td>
      ))}
    </tr>
  );
}
