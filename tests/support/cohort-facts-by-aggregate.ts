import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { CohortFacts } from "@/lib/data/internal/cohort-facts";
import type { StudentProgress } from "@/lib/domain/student-progress";

// The cohort dashboard's facts computed the way lib/data/internal/cohort-facts.ts computed them before
// migration 0015: aggregating the students' records on every call, with no derived table. Kept verbatim as
// the reference the trigger-maintained student_progress must always agree with.

const execute = async <Row>(query: SQL) =>
  [...(await getDb().execute<Row & Record<string, unknown>>(query))] as Row[];

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const asDate = (value: string | Date | null) => (value === null ? null : new Date(value));

// Row shapes of the raw queries below, as PostgreSQL returns them (counts are cast to int in SQL).
type StudentRow = {
  student_id: string;
  name: string | null;
  email: string;
  joined_at: string | Date;
  time_zone: string | null;
  research_items: number;
  contacts_identified: number;
  prepared_items: number;
  pitch_written: boolean;
  outreach_sent: number;
  interviews_completed: number;
  follow_ups_sent: number;
  thank_yous_sent: number;
  last_activity_at: string | Date | null;
};
type InterviewRow = { student_id: string; interview_id: string; held_on: string; thanked_on: string | null };
type WaitingOutreachRow = { student_id: string; sent_on: string };
type WeekRow = { week_start: string; count: number };
export async function aggregateCohortFacts(
  cohortId: string,
  from: string,
  options: { studentId?: string } = {},
): Promise<CohortFacts> {
  const onlyStudent = options.studentId === undefined ? sql`` : sql` and student_id = ${options.studentId}`;
  const roster = sql`select student_id from cohort_students where cohort_id = ${cohortId}${onlyStudent}`;
  const [studentRows, interviewRows, outreachRows, weekRows] = await Promise.all([
    execute<StudentRow>(sql`
      with
        research as (
          select student_id, count(*)::int as n, max(updated_at) as last_at from (
            select student_id, updated_at from career_fields where student_id in (${roster})
            union all
            select student_id, updated_at from organizations where student_id in (${roster})
          ) r group by student_id),
        contact_counts as (
          select student_id, count(*)::int as n, max(updated_at) as last_at
          from contacts where student_id in (${roster}) group by student_id),
        prepared as (
          select student_id, count(*)::int as n, max(updated_at) as last_at from (
            select student_id, updated_at from student_profiles
              where student_id in (${roster}) and elevator_pitch <> ''
            union all
            select student_id, created_at from questions where student_id in (${roster})
            union all
            select i.student_id, i.updated_at from interview_questions iq
              join interviews i on i.id = iq.interview_id where i.student_id in (${roster})
          ) p group by student_id),
        outreach as (
          select student_id, count(*) filter (where not is_follow_up)::int as n, max(updated_at) as last_at
          from outreach_attempts where student_id in (${roster}) group by student_id),
        interview_counts as (
          select student_id, count(*) filter (where status = 'completed')::int as completed,
                 max(updated_at) as last_at
          from interviews where student_id in (${roster}) group by student_id),
        follow_up_counts as (
          select student_id, count(*)::int as n,
                 count(*) filter (where kind = 'thank_you')::int as thanks, max(created_at) as last_at
          from follow_ups where student_id in (${roster}) group by student_id),
        journal as (
          select student_id, max(created_at) as last_at
          from journal_entries where student_id in (${roster}) group by student_id)
      select u.id as student_id, u.name, u.email, cs.joined_at, sp.time_zone,
        coalesce(research.n, 0) as research_items,
        coalesce(contact_counts.n, 0) as contacts_identified,
        coalesce(prepared.n, 0) as prepared_items,
        coalesce(length(trim(sp.elevator_pitch)) > 0, false) as pitch_written,
        coalesce(outreach.n, 0) as outreach_sent,
        coalesce(interview_counts.completed, 0) as interviews_completed,
        coalesce(follow_up_counts.n, 0) as follow_ups_sent,
        coalesce(follow_up_counts.thanks, 0) as thank_yous_sent,
        greatest(research.last_at, contact_counts.last_at, prepared.last_at, outreach.last_at,
                 interview_counts.last_at, follow_up_counts.last_at, journal.last_at) as last_activity_at
      from cohort_students cs
      join users u on u.id = cs.student_id
      left join student_profiles sp on sp.student_id = u.id
      left join research on research.student_id = u.id
      left join contact_counts on contact_counts.student_id = u.id
      left join prepared on prepared.student_id = u.id
      left join outreach on outreach.student_id = u.id
      left join interview_counts on interview_counts.student_id = u.id
      left join follow_up_counts on follow_up_counts.student_id = u.id
      left join journal on journal.student_id = u.id
      where cs.cohort_id = ${cohortId}${options.studentId === undefined ? sql`` : sql` and cs.student_id = ${options.studentId}`}
      order by u.name, u.email`),
    // An interview's day is taken where it happened (interviews.time_zone), as on the student's interview
    // page, the advisor's student page and when a thank-you is recorded (student/contacts/follow-ups.ts
    // refuses one dated before that day): judged in the student's own zone, a note sent the same evening
    // would count as sent the day before the interview, and vanish from the tally.
    execute<InterviewRow>(sql`
      select i.student_id, i.id as interview_id, held.held_on::text as held_on,
        (select min(f.sent_on)::text from follow_ups f
          where f.student_id = i.student_id and f.kind = 'thank_you'
            and (f.interview_id = i.id
                 or (f.interview_id is null and f.contact_id = i.contact_id and f.sent_on >= held.held_on))
        ) as thanked_on
      from interviews i
      cross join lateral (select (i.starts_at at time zone i.time_zone)::date as held_on) held
      where i.student_id in (${roster}) and i.status = 'completed'`),
    // Each contact's latest attempt, when it is an unanswered original and no interview followed.
    execute<WaitingOutreachRow>(sql`
      select student_id, sent_on::text as sent_on from (
        select distinct on (o.contact_id) o.student_id, o.sent_on, o.reply, o.is_follow_up
        from outreach_attempts o
        where o.student_id in (${roster})
          and not exists (select 1 from interviews i where i.contact_id = o.contact_id)
        order by o.contact_id, o.sent_on desc, o.created_at desc
      ) latest
      where reply = 'none' and not is_follow_up`),
    execute<WeekRow>(sql`
      select date_trunc('week', at at time zone 'UTC')::date::text as week_start, count(*)::int as count from (
        select created_at as at from contacts where student_id in (${roster})
        union all select created_at from organizations where student_id in (${roster})
        union all select created_at from outreach_attempts where student_id in (${roster})
        union all select created_at from interviews where student_id in (${roster})
        union all select created_at from follow_ups where student_id in (${roster})
        union all select created_at from journal_entries where student_id in (${roster})
      ) activity
      where at >= ${from}::date::timestamp at time zone 'UTC'
      group by 1 order by 1`),
  ]);

  const progress = new Map<string, StudentProgress>(
    studentRows.map((row) => [
      row.student_id,
      {
        studentId: row.student_id,
        name: row.name,
        email: row.email,
        timeZone: row.time_zone ?? null,
        joinedAt: new Date(row.joined_at),
        lastActivityAt: asDate(row.last_activity_at),
        researchItems: Number(row.research_items),
        contactsIdentified: Number(row.contacts_identified),
        preparationItems: Number(row.prepared_items),
        pitchWritten: row.pitch_written === true,
        outreachSent: Number(row.outreach_sent),
        interviewsCompleted: Number(row.interviews_completed),
        thankYousSent: Number(row.thank_yous_sent),
        followUpsSent: Number(row.follow_ups_sent),
        thankYouDelays: [],
        interviewsAwaitingThankYou: [],
        outreachAwaitingFollowUp: [],
      },
    ]),
  );
  const mutable = (studentId: string) =>
    progress.get(studentId) as
      | (StudentProgress & {
          thankYouDelays: number[];
          interviewsAwaitingThankYou: string[];
          outreachAwaitingFollowUp: string[];
        })
      | undefined;
  for (const row of interviewRows) {
    const student = mutable(row.student_id);
    if (!student) continue;
    if (row.thanked_on === null) student.interviewsAwaitingThankYou.push(row.held_on);
    else student.thankYouDelays.push(daysBetween(row.held_on, row.thanked_on));
  }
  for (const row of outreachRows) mutable(row.student_id)?.outreachAwaitingFollowUp.push(row.sent_on);

  return {
    students: [...progress.values()],
    weeklyActivity: weekRows.map((row) => ({
      weekStart: row.week_start,
      count: Number(row.count),
    })),
  };
}
