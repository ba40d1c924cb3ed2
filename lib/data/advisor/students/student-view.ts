import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  careerFields,
  cohortGoals,
  contacts,
  followUps,
  interviews,
  organizations,
  outreachAttempts,
} from "@/db/schema/index";
import { addCalendarDays, type CalendarDate } from "@/lib/domain/calendar-date";
import type { ContactStage } from "@/lib/domain/contact-stage";
import { goalProgress, type GoalProgress, type GoalProgressInput } from "@/lib/domain/goal-progress";
import { buildStudentAgenda } from "@/lib/domain/student-agenda";
import { thankYouTimings } from "@/lib/domain/thank-you-tally";
import { buildTimeline, type TimelineItem } from "@/lib/domain/timeline";
import { calendarDateIn } from "@/lib/domain/time-zone";
import {
  methodOverview,
  thankYouTimeliness,
  type MethodStepSummary,
  type ThankYouTimeliness,
} from "@/lib/domain/method-overview";
import type { FollowUpKind, InterviewFormat, InterviewStatus, Priority } from "@/lib/domain/vocabulary";
import { requireStudentAccess } from "@/lib/data/advisor/access";
import { unsafeListCommentsAbout, type AdvisorComment } from "@/lib/data/advisor/students/comments";
import { toCohortGoal } from "@/lib/data/internal/cohort-facts";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { studentHeader } from "@/lib/data/internal/student-header";
import { unlessPrivate } from "@/lib/data/internal/unless-private";
import {
  interviewLabel,
  loadOutcomes,
  type OutcomeChoices,
  type OutcomeSummary,
} from "@/lib/data/internal/outcome-records";

// What an advisor reads of one student in their cohorts: read-only, and narrower than the student's own
// screens. Two rules are kept in SQL, so text that must not leave the database is never selected at all:
// - No contact's email or phone: those columns are simply not in any select below.
// - A note the student marked private is replaced by '' in the query. On an interview, "Keep my notes
//   private" sits under the whole notes form, so it hides all of that interview's text: free notes, key
//   takeaways and every answer note. A follow-up's private flag hides that follow-up's note.
// Contacts' and organizations' own notes are not part of this view, private or not.

export type PipelineContact = {
  id: string;
  name: string;
  title: string;
  organizationName: string | null;
};

export type PipelineColumn = { stage: ContactStage; label: string; contacts: PipelineContact[] };

/** One thing the student did, newest first; `date` is the student's calendar day. */
export type AdvisorTimelineItem = TimelineItem & { contactName: string };

export type AdvisorInterviewSummary = {
  id: string;
  contactName: string;
  organizationName: string | null;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  format: InterviewFormat;
  status: InterviewStatus;
  /** The questions the student chose for it, in their order (the text only, never answer notes). */
  chosenQuestions: string[];
  /** For a completed interview, how its thank-you went; null otherwise. */
  thankYou: ThankYouTimeliness | null;
};

export type AdvisorCareerField = { id: string; name: string; notes: string };
export type AdvisorOrganization = {
  id: string;
  name: string;
  industry: string;
  careerFieldName: string | null;
  priority: Priority;
  /** '' when the student keeps the organization's notes private. */
  whyInterested: string;
};

export type AdvisorStudentView = {
  student: { id: string; name: string | null; email: string };
  /** The cohort through which the advisor sees this student (see unsafeFindAccessBasis). */
  cohort: { id: string; name: string; term: string };
  /** The basis cohort's goals with where the student stands on each, in the goals' order. */
  goals: GoalProgress[];
  pipeline: PipelineColumn[];
  /** Newest first. */
  interviews: AdvisorInterviewSummary[];
  /** The latest TIMELINE_LIMIT items; `timelineHasMore` says older ones were left out. */
  timeline: AdvisorTimelineItem[];
  timelineHasMore: boolean;
  comments: AdvisorComment[];
  /** The student's calendar day the stages were derived for. */
  asOf: CalendarDate;
  /** Step 1. */
  careerFields: AdvisorCareerField[];
  organizations: AdvisorOrganization[];
  /** Step 3: the elevator pitch ('' when none) and how many questions of their own they wrote. */
  pitch: string;
  ownQuestionCount: number;
  /** The six steps, each with its evidence in a line or three. */
  steps: MethodStepSummary[];
  thankYouOverdueDays: number;
  /** Newest first; private notes come back as ''. */
  outcomes: OutcomeSummary[];
  /** What an outcome recorded by the advisor may cite. */
  outcomeChoices: OutcomeChoices;
};

export const TIMELINE_LIMIT = 100;

/**
 * The student page: the whole method (fields and organizations, pitch and chosen questions, the six steps),
 * pipeline by stage, the basis cohort's goals, interviews with their thank-yous, outcomes, timeline and
 * comments. One audit row ("student.view"), then a fixed set of queries run together, however much the
 * student has logged.
 */
export async function getAdvisorStudentView(
  studentId: string,
  now = new Date(),
): Promise<AdvisorStudentView> {
  const { basisCohortId } = await requireStudentAccess(studentId, "student.view");
  const db = getDb();
  const [
    [header, contactRows, outreachRows, interviewRows, followUpRows, goalRows, comments, settings],
    [organizationRows, preparationRows, outcomes],
  ] = await Promise.all([
    Promise.all([
      studentHeader(studentId, basisCohortId),
      db
        .select({
          id: contacts.id,
          name: contacts.name,
          title: contacts.title,
          cadence: contacts.keepInTouchCadence,
          organizationName: organizations.name,
          referred: sql<boolean>`(${contacts.referredByContactId} is not null or ${contacts.referredFromInterviewId} is not null)`,
        })
        .from(contacts)
        .leftJoin(
          organizations,
          and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, studentId)),
        )
        .where(eq(contacts.studentId, studentId))
        .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id)),
      db
        .select({
          id: outreachAttempts.id,
          contactId: outreachAttempts.contactId,
          sentOn: outreachAttempts.sentOn,
          channel: outreachAttempts.channel,
          reply: outreachAttempts.reply,
          isFollowUp: outreachAttempts.isFollowUp,
          message: outreachAttempts.message,
          createdAt: outreachAttempts.createdAt,
        })
        .from(outreachAttempts)
        .where(eq(outreachAttempts.studentId, studentId)),
      db
        .select({
          id: interviews.id,
          contactId: interviews.contactId,
          startsAt: interviews.startsAt,
          timeZone: interviews.timeZone,
          durationMinutes: interviews.durationMinutes,
          format: interviews.format,
          status: interviews.status,
          takeaways: unlessPrivate(interviews.notesPrivate, interviews.takeaways),
          // The questions' text only; answer notes stay out. Spelled out: drizzle leaves columns unqualified
          // in a one-table select, which a subquery would misread.
          chosenQuestions: sql<string[]>`coalesce((
            select array_agg(q.text order by iq.position)
            from interview_questions iq join questions q on q.id = iq.question_id
            where iq.interview_id = interviews.id), '{}')`,
        })
        .from(interviews)
        .where(eq(interviews.studentId, studentId)),
      db
        .select({
          id: followUps.id,
          contactId: followUps.contactId,
          interviewId: followUps.interviewId,
          kind: followUps.kind,
          sentOn: followUps.sentOn,
          channel: followUps.channel,
          note: unlessPrivate(followUps.notePrivate, followUps.note),
          createdAt: followUps.createdAt,
        })
        .from(followUps)
        .where(eq(followUps.studentId, studentId)),
      db
        .select({
          id: cohortGoals.id,
          metric: cohortGoals.metric,
          target: cohortGoals.target,
          dueOn: cohortGoals.dueOn,
        })
        .from(cohortGoals)
        .where(eq(cohortGoals.cohortId, basisCohortId))
        .orderBy(asc(cohortGoals.dueOn), asc(cohortGoals.metric), asc(cohortGoals.id)),
      unsafeListCommentsAbout(studentId),
      loadInstanceSettings(),
    ]),
    Promise.all([
      db
        .select({
          id: organizations.id,
          name: organizations.name,
          industry: organizations.industry,
          careerFieldName: careerFields.name,
          priority: organizations.priority,
          // "Keep my notes private" sits under the whole organization form: it covers why, too.
          whyInterested: unlessPrivate(organizations.notesPrivate, organizations.whyInterested),
        })
        .from(organizations)
        .leftJoin(
          careerFields,
          and(eq(careerFields.id, organizations.careerFieldId), eq(careerFields.studentId, studentId)),
        )
        .where(eq(organizations.studentId, studentId))
        .orderBy(
          sql`case ${organizations.priority} when 'high' then 0 when 'medium' then 1 else 2 end`,
          asc(sql`lower(${organizations.name})`),
        ),
      // Steps 1 and 3 in one row, whether or not the student has a profile yet. A field's private notes
      // are blanked here, as unlessPrivate does elsewhere.
      db.execute<{ pitch: string | null; own_questions: number; fields: AdvisorCareerField[] }>(sql`
        select
          (select elevator_pitch from student_profiles where student_id = ${studentId}) as pitch,
          (select count(*)::int from questions where student_id = ${studentId}) as own_questions,
          coalesce((
            select json_agg(json_build_object(
              'id', id, 'name', name, 'notes', case when notes_private then '' else notes end)
              order by lower(name), id)
            from career_fields where student_id = ${studentId}), '[]') as fields`),
      loadOutcomes(studentId, "advisor"),
    ]),
  ]);

  const timeZone = header.timeZone;
  const pitch = preparationRows[0]?.pitch ?? "";
  const ownQuestionCount = Number(preparationRows[0]?.own_questions ?? 0);
  const fieldRows = preparationRows[0]?.fields ?? [];
  const today = calendarDateIn(now, timeZone);
  const contactById = new Map(contactRows.map((c) => [c.id, c]));
  const nameOf = (contactId: string) => contactById.get(contactId)?.name ?? "";

  // Stages come from the same rule the student's own pipeline uses, judged on the student's calendar.
  const outreachOf = groupBy(outreachRows, (o) => o.contactId);
  const interviewsOf = groupBy(interviewRows, (i) => i.contactId);
  const followUpsOf = groupBy(followUpRows, (f) => f.contactId);
  const { pipeline } = buildStudentAgenda(
    contactRows.map((c) => ({
      id: c.id,
      name: c.name,
      organizationName: c.organizationName,
      cadence: c.cadence,
      outreach: outreachOf.get(c.id) ?? [],
      interviews: (interviewsOf.get(c.id) ?? []).map((i) => ({
        status: i.status,
        on: calendarDateIn(i.startsAt, timeZone),
      })),
      followUps: followUpsOf.get(c.id) ?? [],
    })),
    today,
    settings.thankYou,
  );

  const thankYouNotes = followUpRows.filter((f) => f.kind === "thank_you");
  const overdueDays = settings.thankYou.overdueDays;
  const summaries = interviewRows
    .map((i) => ({
      id: i.id,
      contactName: nameOf(i.contactId),
      organizationName: contactById.get(i.contactId)?.organizationName ?? null,
      startsAt: i.startsAt,
      timeZone: i.timeZone,
      durationMinutes: i.durationMinutes,
      format: i.format,
      status: i.status,
      chosenQuestions: i.chosenQuestions,
      thankYou: i.status === "completed" ? thankYouOf(i, thankYouNotes, today, overdueDays) : null,
    }))
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || a.id.localeCompare(b.id));

  const timeline = buildTimeline(
    { outreach: outreachRows, interviews: interviewRows, followUps: followUpRows },
    { timeZone },
  ).map((item): AdvisorTimelineItem => ({ ...item, contactName: nameOf(item.contactId) }));

  return {
    student: header.student,
    cohort: header.cohort,
    goals: goalProgress(
      progressInput(contactRows.length, outreachRows, interviewRows, followUpRows),
      goalRows.map(toCohortGoal),
      today,
    ),
    pipeline: pipeline.map((column) => ({
      ...column,
      contacts: column.contacts.map(({ id }) => {
        const c = contactById.get(id)!;
        return { id: c.id, name: c.name, title: c.title, organizationName: c.organizationName };
      }),
    })),
    interviews: summaries,
    timeline: timeline.slice(0, TIMELINE_LIMIT),
    timelineHasMore: timeline.length > TIMELINE_LIMIT,
    comments,
    asOf: today,
    careerFields: fieldRows,
    organizations: organizationRows,
    pitch,
    ownQuestionCount,
    steps: methodOverview({
      careerFields: fieldRows.length,
      organizations: organizationRows.length,
      contacts: contactRows.length,
      referredContacts: contactRows.filter((c) => c.referred).length,
      hasPitch: pitch.trim() !== "",
      ownQuestions: ownQuestionCount,
      interviewsWithChosenQuestions: interviewRows.filter((i) => i.chosenQuestions.length > 0).length,
      outreachSent: outreachRows.filter((o) => !o.isFollowUp).length,
      followUpOutreach: outreachRows.filter((o) => o.isFollowUp).length,
      replies: outreachRows.filter((o) => o.reply === "replied").length,
      interviewsScheduled: interviewRows.filter((i) => i.status === "scheduled").length,
      interviewsCompleted: interviewRows.filter((i) => i.status === "completed").length,
      thankYous: thankYouNotes.length,
      updatesAndTouches: followUpRows.length - thankYouNotes.length,
    }),
    thankYouOverdueDays: overdueDays,
    outcomes,
    // From the rows already loaded: what the advisor's outcome form may cite (no cancelled interviews).
    outcomeChoices: {
      contacts: contactRows.map((c) => ({ id: c.id, label: c.name })),
      interviews: summaries
        .filter((i) => i.status !== "cancelled")
        .map((i) => ({ id: i.id, label: interviewLabel(i.contactName, i.startsAt, i.timeZone) })),
    } satisfies OutcomeChoices,
  };
}

/** The interview's thank-you by the dashboard's matching rule (thankYouTimings), judged on the student's day. */
function thankYouOf(
  interview: { id: string; contactId: string; startsAt: Date; timeZone: string },
  thankYous: readonly { contactId: string; interviewId: string | null; sentOn: CalendarDate }[],
  today: CalendarDate,
  overdueDays: number,
): ThankYouTimeliness {
  const heldOn = calendarDateIn(interview.startsAt, interview.timeZone);
  const { thankYouDelays } = thankYouTimings([interview], thankYous);
  const delay = thankYouDelays[0];
  const thankedOn = delay === undefined ? null : addCalendarDays(heldOn, delay);
  return thankYouTimeliness(heldOn, thankedOn, today, overdueDays);
}

/**
 * The counts goal progress reads, from rows already loaded (thank-yous matched by thankYouTimings).
 */
function progressInput(
  contactCount: number,
  outreach: readonly { isFollowUp: boolean }[],
  meetings: readonly {
    id: string;
    contactId: string;
    status: InterviewStatus;
    startsAt: Date;
    timeZone: string;
  }[],
  notes: readonly {
    contactId: string;
    interviewId: string | null;
    kind: FollowUpKind;
    sentOn: CalendarDate;
  }[],
): GoalProgressInput {
  const thankYous = notes.filter((f) => f.kind === "thank_you");
  const completed = meetings.filter((i) => i.status === "completed");
  return {
    ...thankYouTimings(completed, thankYous),
    contactsIdentified: contactCount,
    outreachSent: outreach.filter((o) => !o.isFollowUp).length,
    interviewsCompleted: completed.length,
    thankYousSent: thankYous.length,
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
