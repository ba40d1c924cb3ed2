import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import type { Database } from "@/db/client";
import { preparedQuery } from "@/lib/data/internal/prepared-sql";
import { contacts, interviews, organizations, studentProfiles } from "@/db/schema/index";
import { studentTimeZone } from "@/lib/domain/time-zone";
import { QUESTION_CATEGORIES, type FollowUpChannel, type QuestionCategory } from "@/lib/domain/vocabulary";
import type { AdvisorComment } from "@/lib/data/advisor/students/comments";
import { thankYouRulesOf } from "@/lib/data/internal/instance-rules";
import { requireStudent } from "@/lib/data/student/scope";
import type { QuestionChoice } from "./interview-questions";
import type { InterviewDetail } from "./interviews";

export type InterviewPage = {
  interview: InterviewDetail;
  /** Who the student meets, for the prep sheet. */
  contact: {
    title: string;
    email: string | null;
    phone: string | null;
    linkedinUrl: string | null;
  };
  organization: {
    id: string;
    name: string;
    industry: string;
    website: string | null;
    whyInterested: string;
  } | null;
  /** The student's elevator pitch, and their name for the thank-you. */
  pitch: string;
  studentName: string;
  /** The zone the student's dates are shown in. */
  timeZone: string;
  /** The built-in questions and the student's own, TIARA category order, then oldest first. */
  choices: QuestionChoice[];
  /** The advisor's comments on this interview, newest first. */
  comments: AdvisorComment[];
};

// The page's one statement, built once (preparedQuery): only the student and the interview change.
const me = sql.placeholder("me"); // the student
const id = sql.placeholder("id"); // the interview
const interviewPageQuery = preparedQuery(
  (db: Database) =>
    db
      .select({
        id: interviews.id,
        contactId: interviews.contactId,
        contactName: contacts.name,
        organizationName: organizations.name,
        startsAt: interviews.startsAt,
        timeZone: interviews.timeZone,
        durationMinutes: interviews.durationMinutes,
        format: interviews.format,
        status: interviews.status,
        version: interviews.version,
        location: interviews.location,
        notes: interviews.notes,
        notesPrivate: interviews.notesPrivate,
        takeaways: interviews.takeaways,
        permissionToUseName: interviews.permissionToUseName,
        contactTitle: contacts.title,
        contactEmail: contacts.email,
        contactPhone: contacts.phone,
        contactLinkedinUrl: contacts.linkedinUrl,
        organizationId: organizations.id,
        organizationIndustry: organizations.industry,
        organizationWebsite: organizations.website,
        organizationWhyInterested: organizations.whyInterested,
        pitch: studentProfiles.elevatorPitch,
        studentZone: studentProfiles.timeZone,
        chosen: sql<[string, QuestionCategory, string, number, string][]>`(
        select coalesce(json_agg(json_build_array(q.id, q.category, q.text, iq.position, iq.answer_notes)
          order by iq.position), '[]')
        from interview_questions iq join questions q on q.id = iq.question_id
        where iq.interview_id = ${interviews.id})`,
        referrals: sql<[string, string, string][]>`(
        select coalesce(json_agg(json_build_array(r.id, r.name, r.title) order by lower(r.name)), '[]')
        from contacts r where r.referred_from_interview_id = ${interviews.id} and r.student_id = ${me})`,
        thankYou: sql<[string, string, FollowUpChannel, string, boolean] | null>`(
        select json_build_array(f.id, f.sent_on, f.channel, f.note, f.note_private)
        from follow_ups f
        where f.interview_id = ${interviews.id} and f.student_id = ${me} and f.kind = 'thank_you'
        limit 1)`,
        thankYouRules: sql<[number | null, number | null] | null>`(
        select json_build_array(s.thank_you_due_business_days, s.thank_you_overdue_days)
        from instance_settings s where s.id = true)`,
        choices: sql<[string, QuestionCategory, string, boolean][]>`(
        select coalesce(json_agg(json_build_array(q.id, q.category, q.text, q.student_id is null)
          order by q.created_at, q.id), '[]')
        from questions q where q.student_id is null or q.student_id = ${me})`,
        comments: sql<[string, string, number, string | null][]>`(
        select coalesce(json_agg(json_build_array(a.id, a.body, a.created_ms, a.author_name)
          order by a.created_ms desc, a.id desc), '[]')
        from (select c.id, c.body, (extract(epoch from c.created_at) * 1000)::float8 as created_ms,
            u.name as author_name
          from advisor_comments c left join users u on u.id = c.author_id
          where c.student_id = ${me} and c.interview_id = ${interviews.id}) a)`,
      })
      .from(interviews)
      .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, me)))
      .leftJoin(
        organizations,
        and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, me)),
      )
      .leftJoin(studentProfiles, eq(studentProfiles.studentId, me))
      .where(and(eq(interviews.id, id), eq(interviews.studentId, me))),
  "interview_page",
);

/**
 * Everything the interview's page shows, in one statement whatever the number of questions, referrals or
 * notes: the interview (with contact, organization and the student's profile) and, as JSON columns of the
 * same row, the chosen questions, referrals, thank-you, rules, question bank and advisor comments. It was
 * three round trips and eight statements; each cost the app server more than PostgreSQL spent on it.
 * Another student's interview answers like a missing one: the row is not there.
 */
export async function getInterviewPage(id: string): Promise<InterviewPage> {
  const student = await requireStudent();
  const [row] = await interviewPageQuery({ me: student.id, id });
  if (!row) notFound();
  const [dueBusinessDays, overdueDays] = row.thankYouRules ?? [null, null];
  const thankYou = row.thankYou;

  const rank = (c: QuestionCategory) => QUESTION_CATEGORIES.indexOf(c);
  const {
    contactTitle,
    contactEmail,
    contactPhone,
    contactLinkedinUrl,
    organizationId,
    organizationIndustry,
    organizationWebsite,
    organizationWhyInterested,
    pitch,
    studentZone,
    chosen,
    referrals,
    thankYou: _thankYou,
    thankYouRules: _rules,
    choices,
    comments,
    ...interview
  } = row;
  return {
    interview: {
      ...interview,
      questions: chosen.map(([questionId, category, text, position, answerNotes]) => ({
        questionId,
        category,
        text,
        position,
        answerNotes,
      })),
      referrals: referrals.map(([referralId, name, title]) => ({ id: referralId, name, title })),
      thankYou: thankYou
        ? {
            id: thankYou[0],
            sentOn: thankYou[1],
            channel: thankYou[2],
            note: thankYou[3],
            notePrivate: thankYou[4],
          }
        : null,
      thankYouRules: thankYouRulesOf({ dueBusinessDays, overdueDays }),
    },
    contact: {
      title: contactTitle,
      email: contactEmail,
      phone: contactPhone,
      linkedinUrl: contactLinkedinUrl,
    },
    organization:
      organizationId && row.organizationName !== null
        ? {
            id: organizationId,
            name: row.organizationName,
            industry: organizationIndustry ?? "",
            website: organizationWebsite,
            whyInterested: organizationWhyInterested ?? "",
          }
        : null,
    pitch: pitch ?? "",
    studentName: student.name ?? "",
    timeZone: studentTimeZone(studentZone),
    choices: choices
      .map(([questionId, category, text, builtIn]) => ({ id: questionId, category, text, builtIn }))
      .sort((a, b) => rank(a.category) - rank(b.category)),
    comments: comments.map(([commentId, body, createdAtMs, authorName]) => ({
      id: commentId,
      body,
      createdAt: new Date(createdAtMs),
      authorName,
      interview: { id: row.id, contactName: row.contactName },
    })),
  };
}
