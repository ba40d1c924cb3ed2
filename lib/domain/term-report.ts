import { type CalendarDate, calendarDaysBetween, compareCalendarDates } from "./calendar-date";
import { type FunnelStep } from "./cohort-funnel";
import { toSafeCsvRows } from "./csv-safety";
import { type CohortGoalSummary } from "./goal-progress";
import { OUTCOME_KIND_LABEL, OUTCOME_KINDS, type OutcomeKind } from "./outcome-kinds";
import { type ThankYouTally } from "./thank-you-tally";

// A cohort's term in figures, for a printed report and a spreadsheet, and for comparing two cohorts side by
// side. Everything here is arithmetic on figures the data layer gathered; no names, no notes.

/** One contact the student interviewed: when they first wrote to them and when the interview was held. */
export type ContactToInterview = { firstContactOn: CalendarDate; interviewedOn: CalendarDate };

export type TermReportInput = {
  cohort: { id: string; name: string; term: string; startsOn: CalendarDate; endsOn: CalendarDate };
  studentCount: number;
  funnel: readonly FunnelStep[];
  goals: readonly CohortGoalSummary[];
  thankYous: readonly ThankYouTally[];
  contactsInterviewed: readonly ContactToInterview[];
  /** One entry per outcome, with its student. */
  outcomes: readonly { studentId: string; kind: OutcomeKind }[];
};

export type TermReport = {
  cohort: TermReportInput["cohort"];
  studentCount: number;
  funnel: { label: string; reached: number; share: number }[];
  goals: { label: string; met: number; students: number; share: number }[];
  /** Median whole days from the first message to a contact to the interview with them; null with none. */
  medianDaysToInterview: number | null;
  interviewsMeasured: number;
  thankYous: ThankYouTally & {
    /** On time / (on time + late + missing): pending ones are not judged yet. Null with none judged. */
    onTimeShare: number | null;
  };
  outcomes: {
    total: number;
    studentsWithOne: number;
    byKind: { kind: OutcomeKind; label: string; count: number }[];
  };
};

/** The middle value, or the mean of the two middle ones, rounded to one decimal; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function buildTermReport(input: TermReportInput): TermReport {
  const tally = input.thankYous.reduce<ThankYouTally>(
    (sum, t) => ({
      onTime: sum.onTime + t.onTime,
      late: sum.late + t.late,
      missing: sum.missing + t.missing,
      pending: sum.pending + t.pending,
    }),
    { onTime: 0, late: 0, missing: 0, pending: 0 },
  );
  const judged = tally.onTime + tally.late + tally.missing;
  // A first message dated after the interview (an interview arranged another way) says nothing about speed.
  const delays = input.contactsInterviewed
    .filter((c) => compareCalendarDates(c.firstContactOn, c.interviewedOn) <= 0)
    .map((c) => calendarDaysBetween(c.firstContactOn, c.interviewedOn));
  const byKind = OUTCOME_KINDS.map((kind) => ({
    kind,
    label: OUTCOME_KIND_LABEL[kind],
    count: input.outcomes.filter((o) => o.kind === kind).length,
  }));
  return {
    cohort: input.cohort,
    studentCount: input.studentCount,
    funnel: input.funnel.map((step) => ({ label: step.label, reached: step.reached, share: step.share })),
    goals: input.goals.map((g) => ({
      label: g.label,
      met: g.met,
      students: g.students,
      share: share(g.met, g.students),
    })),
    medianDaysToInterview: median(delays),
    interviewsMeasured: delays.length,
    thankYous: { ...tally, onTimeShare: judged === 0 ? null : tally.onTime / judged },
    outcomes: {
      total: input.outcomes.length,
      studentsWithOne: new Set(input.outcomes.map((o) => o.studentId)).size,
      byKind,
    },
  };
}

/** "42%" — whole percentages read best on paper. */
export function formatShare(value: number | null): string {
  return value === null ? "—" : `${Math.round(value * 100)}%`;
}

/**
 * One line per figure, one column per cohort, so two cohorts compare side by side in a spreadsheet. Counts
 * stay numbers; shares are written as "42%". Every cell is escaped against formulas (cohort names and goal
 * labels are typed by people). A goal that only one cohort has is left blank for the other.
 */
export function termReportCsv(reports: readonly TermReport[]): string {
  const rows: (string | number)[][] = [];
  const line = (label: string, cell: (r: TermReport) => string | number) =>
    rows.push([label, ...reports.map(cell)]);
  line("Term", (r) => r.cohort.term);
  line("Dates", (r) => `${r.cohort.startsOn} to ${r.cohort.endsOn}`);
  line("Students", (r) => r.studentCount);
  const stepLabels = reports[0]?.funnel.map((s) => s.label) ?? [];
  for (const [index, label] of stepLabels.entries()) {
    line(`Reached: ${label}`, (r) => r.funnel[index]?.reached ?? "");
    line(`Reached: ${label} (share)`, (r) => formatShare(r.funnel[index]?.share ?? null));
  }
  const goalLabels = [...new Set(reports.flatMap((r) => r.goals.map((g) => g.label)))];
  for (const label of goalLabels) {
    line(`Goal met: ${label}`, (r) => {
      const goal = r.goals.find((g) => g.label === label);
      return goal ? `${goal.met} of ${goal.students}` : "";
    });
  }
  line("Median days from first contact to interview", (r) => r.medianDaysToInterview ?? "");
  line("Interviews measured", (r) => r.interviewsMeasured);
  line("Thank-yous on time", (r) => r.thankYous.onTime);
  line("Thank-yous late", (r) => r.thankYous.late);
  line("Thank-yous missing", (r) => r.thankYous.missing);
  line("Thank-yous on time (share)", (r) => formatShare(r.thankYous.onTimeShare));
  line("Outcomes", (r) => r.outcomes.total);
  line("Students with an outcome", (r) => r.outcomes.studentsWithOne);
  for (const kind of OUTCOME_KINDS) {
    line(
      `Outcomes: ${OUTCOME_KIND_LABEL[kind]}`,
      (r) => r.outcomes.byKind.find((k) => k.kind === kind)!.count,
    );
  }
  const header = ["Figure", ...reports.map((r) => r.cohort.name)];
  return toSafeCsvRows(header, rows);
}
