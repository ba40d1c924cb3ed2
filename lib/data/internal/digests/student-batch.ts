import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { anyOf } from "@/lib/data/internal/any-of";
import {
  cohortGoals,
  cohorts,
  cohortStudents,
  contacts,
  followUps,
  interviews,
  organizations,
  outreachAttempts,
  studentProfiles,
} from "@/db/schema/index";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { isCountMetric, type CohortGoal } from "@/lib/domain/cohort-goals";
import type { GoalProgressInput } from "@/lib/domain/goal-progress";
import { buildStudentAgenda, type ContactActivity, type StudentAgenda } from "@/lib/domain/student-agenda";
import { thankYouTimings } from "@/lib/domain/thank-you-tally";
import type { InterviewStatus } from "@/lib/domain/vocabulary";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";

// What the scheduled mails (weekly digests, daily reminders) need about many students at once, in one fixed
// set of queries whatever the batch's size: every row is fetched with `student_id = any(…)` and grouped here.
// The rules are the same pure functions the student's home uses (lib/domain). Callers decide who may get what
// before calling: nothing here checks a viewer.

export type StudentInterview = {
  id: string;
  contactId: string;
  contactName: string;
  organizationName: string | null;
  status: string;
  startsAt: Date;
  timeZone: string;
};

export type StudentActivity = {
  timeZone: string;
  /** The student's calendar date at `now`. */
  today: CalendarDate;
  agenda: StudentAgenda;
  interviews: StudentInterview[];
  goalInput: GoalProgressInput;
  /** Non-archived cohorts the student is enrolled in, by name. */
  cohorts: { id: string; name: string }[];
};

type Collecting = ContactActivity & {
  outreach: ContactActivity["outreach"][number][];
  interviews: ContactActivity["interviews"][number][];
  followUps: ContactActivity["followUps"][number][];
};

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

export type AgendaRows = {
  contacts: readonly Pick<ContactActivity, "id" | "name" | "cadence" | "organizationName">[];
  outreach: readonly (ContactActivity["outreach"][number] & { contactId: string })[];
  interviews: readonly { id: string; contactId: string; status: InterviewStatus; startsAt: Date }[];
  followUps: readonly (ContactActivity["followUps"][number] & { contactId: string })[];
};

/**
 * One student's agenda from their rows, grouped by contact in one pass: the one assembly behind the student's
 * home (lib/data/student/home/agenda.ts), the weekly digest and the daily reminder, so they cannot drift.
 */
export function assembleStudentAgenda(
  rows: AgendaRows,
  timeZone: string,
  now: Date,
  thankYouRules: Parameters<typeof buildStudentAgenda>[2],
): { activity: Map<string, Collecting>; agenda: StudentAgenda; today: CalendarDate } {
  const activity = new Map<string, Collecting>();
  for (const c of rows.contacts) {
    activity.set(c.id, {
      id: c.id,
      name: c.name,
      cadence: c.cadence,
      organizationName: c.organizationName,
      outreach: [],
      interviews: [],
      followUps: [],
    });
  }
  for (const o of rows.outreach) activity.get(o.contactId)?.outreach.push(o);
  // The student's calendar decides what "today" and "the interview's day" are.
  for (const i of rows.interviews) {
    activity
      .get(i.contactId)
      ?.interviews.push({ id: i.id, status: i.status, on: calendarDateIn(i.startsAt, timeZone) });
  }
  for (const f of rows.followUps) activity.get(f.contactId)?.followUps.push(f);
  const today = calendarDateIn(now, timeZone);
  return { activity, agenda: buildStudentAgenda([...activity.values()], today, thankYouRules), today };
}

/**
 * Each student's activity, agenda and goal counts: eight queries for the whole batch, each a prepared statement
 * whatever the batch's size (anyOf).
 */
export async function loadStudentActivities(
  studentIds: readonly string[],
  now: Date,
): Promise<Map<string, StudentActivity>> {
  const result = new Map<string, StudentActivity>();
  if (studentIds.length === 0) return result;
  const ids = [...studentIds];
  const db = getDb();
  const [profileRows, contactRows, outreachRows, interviewRows, followUpRows, membershipRows, settings] =
    await Promise.all([
      db
        .select({ studentId: studentProfiles.studentId, timeZone: studentProfiles.timeZone })
        .from(studentProfiles)
        .where(anyOf(studentProfiles.studentId, ids))
        .prepare("batch_student_profiles")
        .execute(),
      db
        .select({
          studentId: contacts.studentId,
          id: contacts.id,
          name: contacts.name,
          cadence: contacts.keepInTouchCadence,
          organizationName: organizations.name,
        })
        .from(contacts)
        .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
        .where(anyOf(contacts.studentId, ids))
        .prepare("batch_contacts")
        .execute(),
      db
        .select({
          studentId: outreachAttempts.studentId,
          contactId: outreachAttempts.contactId,
          sentOn: outreachAttempts.sentOn,
          reply: outreachAttempts.reply,
          isFollowUp: outreachAttempts.isFollowUp,
        })
        .from(outreachAttempts)
        .where(anyOf(outreachAttempts.studentId, ids))
        .prepare("batch_outreach")
        .execute(),
      db
        .select({
          studentId: interviews.studentId,
          id: interviews.id,
          contactId: interviews.contactId,
          status: interviews.status,
          startsAt: interviews.startsAt,
          timeZone: interviews.timeZone,
        })
        .from(interviews)
        .where(anyOf(interviews.studentId, ids))
        .prepare("batch_interviews")
        .execute(),
      db
        .select({
          studentId: followUps.studentId,
          contactId: followUps.contactId,
          interviewId: followUps.interviewId,
          kind: followUps.kind,
          sentOn: followUps.sentOn,
        })
        .from(followUps)
        .where(anyOf(followUps.studentId, ids))
        .prepare("batch_follow_ups")
        .execute(),
      db
        .select({ studentId: cohortStudents.studentId, id: cohorts.id, name: cohorts.name })
        .from(cohortStudents)
        .innerJoin(cohorts, eq(cohorts.id, cohortStudents.cohortId))
        .where(and(anyOf(cohortStudents.studentId, ids), isNull(cohorts.archivedAt)))
        .orderBy(asc(cohorts.name))
        .prepare("batch_memberships")
        .execute(),
      loadInstanceSettings(),
    ]);

  const zoneOf = new Map(profileRows.map((p) => [p.studentId, p.timeZone]));
  const contactsOf = groupBy(contactRows, (c) => c.studentId);
  const outreachOf = groupBy(outreachRows, (o) => o.studentId);
  const interviewsOf = groupBy(interviewRows, (i) => i.studentId);
  const followUpsOf = groupBy(followUpRows, (f) => f.studentId);
  const cohortsOf = groupBy(membershipRows, (m) => m.studentId);

  for (const studentId of ids) {
    const timeZone = studentTimeZone(zoneOf.get(studentId));
    const ownContacts = contactsOf.get(studentId) ?? [];
    const ownOutreach = outreachOf.get(studentId) ?? [];
    const ownInterviews = interviewsOf.get(studentId) ?? [];
    const ownFollowUps = followUpsOf.get(studentId) ?? [];

    const { activity, agenda, today } = assembleStudentAgenda(
      { contacts: ownContacts, outreach: ownOutreach, interviews: ownInterviews, followUps: ownFollowUps },
      timeZone,
      now,
      settings.thankYou,
    );
    const completed = ownInterviews.filter((i) => i.status === "completed");
    const thankYous = ownFollowUps.filter((f) => f.kind === "thank_you");
    result.set(studentId, {
      timeZone,
      today,
      agenda,
      interviews: ownInterviews.map((i) => {
        const contact = activity.get(i.contactId);
        return {
          id: i.id,
          contactId: i.contactId,
          contactName: contact?.name ?? "",
          organizationName: contact?.organizationName ?? null,
          status: i.status,
          startsAt: i.startsAt,
          timeZone: i.timeZone,
        };
      }),
      goalInput: {
        ...thankYouTimings(completed, thankYous),
        contactsIdentified: ownContacts.length,
        outreachSent: ownOutreach.filter((o) => !o.isFollowUp).length,
        interviewsCompleted: completed.length,
        thankYousSent: thankYous.length,
      },
      cohorts: (cohortsOf.get(studentId) ?? []).map((m) => ({ id: m.id, name: m.name })),
    });
  }
  return result;
}

/** Several cohorts' goals in one query, each list ordered as loadCohortGoals orders one cohort's. */
export async function loadGoalsOfCohorts(cohortIds: readonly string[]): Promise<Map<string, CohortGoal[]>> {
  const goals = new Map<string, CohortGoal[]>(cohortIds.map((id) => [id, []]));
  if (cohortIds.length === 0) return goals;
  const rows = await getDb()
    .select({
      cohortId: cohortGoals.cohortId,
      id: cohortGoals.id,
      metric: cohortGoals.metric,
      target: cohortGoals.target,
      dueOn: cohortGoals.dueOn,
    })
    .from(cohortGoals)
    .where(anyOf(cohortGoals.cohortId, cohortIds))
    .orderBy(sql`${cohortGoals.dueOn} asc nulls last`, asc(cohortGoals.metric), asc(cohortGoals.createdAt))
    .prepare("batch_cohort_goals")
    .execute();
  for (const row of rows) {
    // The CHECK constraint pairs a count metric with a date and the timeliness metric with none.
    goals
      .get(row.cohortId)
      ?.push(
        isCountMetric(row.metric)
          ? { id: row.id, metric: row.metric, target: row.target, dueOn: row.dueOn! }
          : { id: row.id, metric: row.metric, target: row.target, dueOn: null },
      );
  }
  return goals;
}
