import { addCalendarDays, type CalendarDate, compareCalendarDates } from "./calendar-date";
import { METHOD_STEPS, type MethodStep } from "./student-stage";
import { formatDisplayDate } from "./display-date";
import { type CohortGoalSummary } from "./goal-progress";
import { type GoalProgress } from "./goal-progress";
import { type AttentionReason } from "./needs-attention";
import { describeDue } from "./due-rule";
import { byUrgency, type AgendaItem } from "./student-agenda";
import { plural } from "./plural";

// The weekly digests, assembled from plain inputs. A digest carries counts, names, dates and links only:
// nothing here ever receives note text, takeaways, messages or a contact's email or phone, so nothing
// here can leak them. Every link is absolute, built from the configured app origin, never a request's Host.

/** Items shown per section before "and N more". A digest should fit on a phone screen or two. */
export const DIGEST_SECTION_CAP = 5;
/** Advisor digests list goals coming due within this many days. */
export const GOALS_DUE_WITHIN_DAYS = 14;

export type DigestItem = { title: string; detail: string | null; href: string };

export type DigestSection = {
  heading: string;
  items: DigestItem[];
  /** Items left out by the cap; `moreHref` is the page that lists them all. */
  more: number;
  moreHref: string;
};

export type DigestGroup = {
  /** A cohort's name in an advisor digest; null for the student digest's single group. */
  heading: string | null;
  href: string | null;
  /** One-line totals ("12 activities this week, 8 last week"). */
  summary: string | null;
  sections: DigestSection[];
};

export type Digest = {
  kind: "student" | "advisor";
  subject: string;
  preview: string;
  greeting: string;
  groups: DigestGroup[];
};

export function absoluteUrl(appOrigin: string, path: string): string {
  return new URL(path, appOrigin).toString();
}

function section(
  heading: string,
  items: readonly DigestItem[],
  moreHref: string,
  cap = DIGEST_SECTION_CAP,
): DigestSection | null {
  if (items.length === 0) return null;
  return { heading, items: items.slice(0, cap), more: Math.max(0, items.length - cap), moreHref };
}

/** Mail headers take one line: names are free text. */
const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, " ").trim();

// ---------------------------------------------------------------------------------------------------------
// Student

export type StudentDigestInput = {
  appOrigin: string;
  studentName: string;
  /** The student's calendar date when the digest is built. */
  today: CalendarDate;
  /** Agenda items due up to and including `today` or within the coming week (buildStudentAgenda). */
  agenda: readonly AgendaItem[];
  upcomingInterviews: readonly {
    id: string;
    contactName: string;
    organizationName: string | null;
    on: CalendarDate;
  }[];
  goals: readonly { cohortName: string; progress: readonly GoalProgress[] }[];
  /** Advisor comments written since last week's digest; only who wrote them and where they are. */
  comments: readonly { authorName: string | null; interview: { id: string; contactName: string } | null }[];
};

function withOrganization(name: string, organizationName: string | null): string {
  return organizationName ? `${name} (${organizationName})` : name;
}

/**
 * The student's weekly digest, or null when there is nothing to act on and nothing new from an advisor:
 * goal progress alone is not worth a mail. Thank-yous and outreach follow-ups are listed when overdue, due
 * or coming due in the week ahead (a Monday digest names Wednesday's follow-up); keep-in-touch messages
 * once due; interviews in the next 7 days. "Due" and "overdue" are due-rule.ts's, worded by describeDue.
 */
export function buildStudentDigest(input: StudentDigestInput): Digest | null {
  const { appOrigin, today } = input;
  const home = absoluteUrl(appOrigin, "/home");
  const weekEnd = addCalendarDays(today, 7);
  const contactItem = (item: AgendaItem): DigestItem => ({
    title: withOrganization(item.contactName, item.organizationName),
    detail: describeDue(item, today),
    href: absoluteUrl(appOrigin, `/contacts/${encodeURIComponent(item.contactId)}`),
  });
  const dueBy = (kind: AgendaItem["kind"], until: CalendarDate) =>
    input.agenda.filter((i) => i.kind === kind && compareCalendarDates(i.dueOn, until) <= 0).sort(byUrgency);

  const thankYous = dueBy("thank-you", weekEnd);
  const followUps = dueBy("outreach-follow-up", weekEnd);
  const keepInTouch = dueBy("keep-in-touch", today);
  const interviews = input.upcomingInterviews
    .filter((i) => compareCalendarDates(i.on, today) >= 0 && compareCalendarDates(i.on, weekEnd) <= 0)
    .sort((a, b) => compareCalendarDates(a.on, b.on) || a.contactName.localeCompare(b.contactName));

  const actionable = thankYous.length + followUps.length + keepInTouch.length + interviews.length;
  if (actionable === 0 && input.comments.length === 0) return null;

  const commentItems: DigestItem[] = groupComments(input.comments).map((c) => ({
    title: c.interview ? `On your interview with ${c.interview.contactName}` : "On your work",
    detail: `${plural(c.count, "comment")}${c.authors.length ? ` from ${c.authors.join(", ")}` : ""}`,
    href: c.interview ? absoluteUrl(appOrigin, `/interviews/${encodeURIComponent(c.interview.id)}`) : home,
  }));

  const goalItems: DigestItem[] = input.goals.flatMap(({ cohortName, progress }) =>
    progress.map((p) => ({
      title: p.label,
      detail: `${p.progressText}${p.met ? " (met)" : p.behind ? " (behind)" : ""} · ${cohortName}`,
      href: home,
    })),
  );

  const sections = [
    section("Thank-you notes", thankYous.map(contactItem), absoluteUrl(appOrigin, "/follow-up")),
    section("Follow-ups due", followUps.map(contactItem), absoluteUrl(appOrigin, "/outreach")),
    section(
      "Interviews in the next 7 days",
      interviews.map((i) => ({
        title: withOrganization(i.contactName, i.organizationName),
        detail: i.on === today ? "Today" : formatDisplayDate(i.on),
        href: absoluteUrl(appOrigin, `/interviews/${encodeURIComponent(i.id)}`),
      })),
      absoluteUrl(appOrigin, "/interviews"),
    ),
    section("Keep in touch", keepInTouch.map(contactItem), home),
    section("Comments from your advisor", commentItems, home),
    // Goals are context, not a to-do: every goal is shown, however many.
    section("Progress toward your goals", goalItems, home, Number.POSITIVE_INFINITY),
  ].filter((s): s is DigestSection => s !== null);

  const overdue = [...thankYous, ...followUps, ...keepInTouch].filter((i) => i.state === "overdue").length;
  const parts = [
    overdue > 0 ? `${overdue} overdue` : null,
    actionable - overdue > 0 ? `${actionable - overdue} coming up` : null,
    input.comments.length > 0 ? plural(input.comments.length, "new comment") : null,
  ].filter(Boolean);
  return {
    kind: "student",
    subject: oneLine(`Your week in Fieldnotes: ${parts.join(", ")}`),
    preview: parts.join(", "),
    greeting: `Hi ${oneLine(input.studentName)}, here is what needs you this week.`,
    groups: [{ heading: null, href: null, summary: null, sections }],
  };
}

function groupComments(comments: StudentDigestInput["comments"]) {
  const groups = new Map<
    string,
    { interview: { id: string; contactName: string } | null; count: number; authors: string[] }
  >();
  for (const c of comments) {
    const key = c.interview?.id ?? "";
    const group = groups.get(key) ?? { interview: c.interview, count: 0, authors: [] };
    group.count++;
    if (c.authorName && !group.authors.includes(c.authorName)) group.authors.push(c.authorName);
    groups.set(key, group);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Advisor

export type AdvisorDigestStudent = {
  studentId: string;
  name: string;
  lastActivityAt: Date | null;
  /** The step of the method the student reached this week, when their furthest step advanced; else null. */
  movedForwardTo: MethodStep | null;
  attention: readonly Pick<AttentionReason, "kind" | "text">[];
};

export type AdvisorDigestCohort = {
  id: string;
  name: string;
  students: readonly AdvisorDigestStudent[];
  goals: readonly CohortGoalSummary[];
  /** Activities logged by the cohort (contacts, outreach, interviews, follow-ups, journal). */
  activity: { thisWeek: number; lastWeek: number };
  /** Outcomes recorded this week: the student and what kind (never the title or note). */
  newOutcomes?: readonly { studentId: string; studentName: string; kindLabel: string }[];
};

export type AdvisorDigestInput = {
  appOrigin: string;
  advisorName: string;
  /** UTC calendar date the digest is built on. */
  today: CalendarDate;
  /** The start of the digest's week: activity at or after it is "this week". */
  weekStartsAt: Date;
  cohorts: readonly AdvisorDigestCohort[];
};

/**
 * The advisor's weekly digest, one group per cohort with something to say, or null when no cohort has.
 *
 * "Moved forward" means the student's furthest step of the method advanced this week (the data layer
 * compares the evidence before the week's start with the evidence now). Needs-attention comes first, most
 * reasons first; then goals due within 14 days; then who moved forward.
 */
const STEP_LABEL = Object.fromEntries(METHOD_STEPS.map(({ step, label }) => [step, label])) as Record<
  MethodStep,
  string
>;

export function buildAdvisorDigest(input: AdvisorDigestInput): Digest | null {
  const { appOrigin, today } = input;
  const horizon = addCalendarDays(today, GOALS_DUE_WITHIN_DAYS);
  const byName = (a: AdvisorDigestStudent, b: AdvisorDigestStudent) => a.name.localeCompare(b.name);
  let attentionTotal = 0;

  const groups = input.cohorts.flatMap((cohort): DigestGroup[] => {
    const dashboard = absoluteUrl(appOrigin, `/advisor/cohorts/${encodeURIComponent(cohort.id)}`);
    const studentHref = (s: AdvisorDigestStudent) =>
      absoluteUrl(appOrigin, `/advisor/students/${encodeURIComponent(s.studentId)}`);

    const attention = cohort.students
      .filter((s) => s.attention.length > 0)
      .sort((a, b) => b.attention.length - a.attention.length || byName(a, b));
    const active = cohort.students.filter(
      (s) => s.lastActivityAt !== null && s.lastActivityAt >= input.weekStartsAt,
    );
    const movedForward = cohort.students.filter((s) => s.movedForwardTo !== null).sort(byName);
    const goalsDue = cohort.goals
      .filter(
        (g) =>
          g.goal.dueOn !== null &&
          compareCalendarDates(g.goal.dueOn, today) >= 0 &&
          compareCalendarDates(g.goal.dueOn, horizon) <= 0,
      )
      .sort((a, b) => compareCalendarDates(a.goal.dueOn!, b.goal.dueOn!));
    const newOutcomes = [...(cohort.newOutcomes ?? [])].sort((a, b) =>
      a.studentName.localeCompare(b.studentName),
    );
    if (attention.length + movedForward.length + goalsDue.length + newOutcomes.length === 0) return [];
    attentionTotal += attention.length;

    const sections = [
      section(
        "Needs attention",
        attention.map((s) => ({
          title: s.name,
          detail: s.attention.map((r) => r.text).join("; "),
          href: studentHref(s),
        })),
        `${dashboard}?filter=needs-attention`,
      ),
      section(
        `Goals due in the next ${GOALS_DUE_WITHIN_DAYS} days`,
        goalsDue.map((g) => ({
          title: g.label,
          detail: `${g.met} of ${plural(g.students, "student")} met it`,
          href: dashboard,
        })),
        dashboard,
      ),
      section(
        "Moved forward this week",
        movedForward.map((s) => ({
          title: s.name,
          detail: `Reached: ${STEP_LABEL[s.movedForwardTo!]}`,
          href: studentHref(s),
        })),
        `${dashboard}?sort=last-activity&dir=desc`,
      ),
      section(
        "New outcomes",
        newOutcomes.map((o) => ({
          title: o.studentName,
          detail: o.kindLabel,
          href: absoluteUrl(appOrigin, `/advisor/students/${encodeURIComponent(o.studentId)}`),
        })),
        dashboard,
      ),
    ].filter((s): s is DigestSection => s !== null);

    const { thisWeek, lastWeek } = cohort.activity;
    return [
      {
        heading: cohort.name,
        href: dashboard,
        summary:
          `${plural(thisWeek, "activity", "activities")} logged this week (last week ${lastWeek}); ` +
          `${active.length} of ${plural(cohort.students.length, "student")} active, ` +
          `${movedForward.length} moved forward, ` +
          `${attention.length} needing attention.`,
        sections,
      },
    ];
  });

  if (groups.length === 0) return null;
  const cohortsPart = groups.length === 1 ? groups[0]!.heading! : plural(groups.length, "cohort");
  const subject =
    attentionTotal > 0
      ? `${plural(attentionTotal, "student")} need${attentionTotal === 1 ? "s" : ""} attention in ${cohortsPart}`
      : `Your week in ${cohortsPart}`;
  return {
    kind: "advisor",
    subject: oneLine(`Fieldnotes: ${subject}`),
    preview: oneLine(subject),
    greeting: `Hi ${oneLine(input.advisorName)}, here is how your cohorts did this week.`,
    groups,
  };
}
