import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import {
  contacts,
  followUps,
  interviewQuestions,
  interviews,
  organizations,
  questions,
  studentProfiles,
} from "@/db/schema/index";
import { studentTimeZone } from "@/lib/domain/time-zone";
import { QUESTION_CATEGORIES, type QuestionCategory } from "@/lib/domain/vocabulary";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
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
};

/**
 * Everything the interview's page shows, in a fixed number of queries whatever the number of questions,
 * referrals or notes: the interview (with contact, organization and the student's profile), then five reads
 * side by side. Another student's interview answers like a missing one.
 */
export async function getInterviewPage(id: string): Promise<InterviewPage> {
  const student = await requireStudent();
  const db = getDb();
  const [row] = await db
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
    })
    .from(interviews)
    .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, student.id)))
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .leftJoin(studentProfiles, eq(studentProfiles.studentId, student.id))
    .where(and(eq(interviews.id, id), eq(interviews.studentId, student.id)));
  if (!row) notFound();

  const [chosen, referrals, thankYous, settings, choiceRows] = await Promise.all([
    db
      .select({
        questionId: interviewQuestions.questionId,
        category: questions.category,
        text: questions.text,
        position: interviewQuestions.position,
        answerNotes: interviewQuestions.answerNotes,
      })
      .from(interviewQuestions)
      .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
      .where(eq(interviewQuestions.interviewId, id))
      .orderBy(asc(interviewQuestions.position)),
    db
      .select({ id: contacts.id, name: contacts.name, title: contacts.title })
      .from(contacts)
      .where(and(eq(contacts.referredFromInterviewId, id), eq(contacts.studentId, student.id)))
      .orderBy(asc(sql`lower(${contacts.name})`)),
    db
      .select({
        id: followUps.id,
        sentOn: followUps.sentOn,
        channel: followUps.channel,
        note: followUps.note,
        notePrivate: followUps.notePrivate,
      })
      .from(followUps)
      .where(
        and(
          eq(followUps.interviewId, id),
          eq(followUps.studentId, student.id),
          eq(followUps.kind, "thank_you"),
        ),
      ),
    loadInstanceSettings(),
    db
      .select({
        id: questions.id,
        category: questions.category,
        text: questions.text,
        ownerId: questions.studentId,
      })
      .from(questions)
      .where(or(isNull(questions.studentId), eq(questions.studentId, student.id)))
      .orderBy(asc(questions.createdAt), asc(questions.id)),
  ]);

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
    ...interview
  } = row;
  return {
    interview: {
      ...interview,
      questions: chosen,
      referrals,
      thankYou: thankYous[0] ?? null,
      thankYouRules: settings.thankYou,
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
    choices: choiceRows
      .map(({ ownerId, ...q }) => ({ ...q, builtIn: ownerId === null }))
      .sort((a, b) => rank(a.category) - rank(b.category)),
  };
}
