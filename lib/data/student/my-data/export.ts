import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { strToU8, zipSync } from "fflate";
import { getDb } from "@/db/client";
import {
  careerFields,
  contacts,
  followUps,
  interviewQuestions,
  interviews,
  journalEntries,
  organizations,
  outreachAttempts,
  questions,
  studentProfiles,
} from "@/db/schema/index";
import { toSafeCsv } from "@/lib/domain/csv-safety";
import { recordAudit } from "@/lib/data/internal/audit";
import { requireStudent } from "@/lib/data/student/scope";

// Everything the signed-in student entered, and nothing else: each query is scoped to them, and
// internal columns (owner ids, creation keys, versions) stay out. Record ids stay in, so the parts of
// the document can point at each other. One query per table, whatever the number of rows.

const referrer = alias(contacts, "referrer");

export type MyDataExport = Awaited<ReturnType<typeof loadMyData>>;

/** The whole export as one JSON-ready document; instants are Dates (ISO when stringified), days are ISO dates. */
export async function exportMyData(format: "json" | "csv" = "json"): Promise<MyDataExport> {
  const student = await requireStudent();
  // Every export of student records is on the audit record, a student's own export of their own included.
  await recordAudit(student, [
    { action: "my-data.export", subjectUserId: student.id, basisCohortId: null, details: { format } },
  ]);
  return loadMyData(student);
}

/** A zip of one CSV per kind of record, every cell escaped against spreadsheet formulas. */
export async function exportMyDataCsvZip(): Promise<Uint8Array> {
  const data = await exportMyData("csv");
  const files: Record<string, string> = {
    "contacts.csv": toSafeCsv(
      [
        "id",
        "name",
        "title",
        "organization",
        "email",
        "phone",
        "linkedinUrl",
        "source",
        "referredBy",
        "keepInTouchCadence",
        "notes",
        "notesPrivate",
        "createdAt",
        "updatedAt",
      ],
      data.contacts.map((c) => ({ ...c, organization: c.organizationName, referredBy: c.referredByName })),
    ),
    "organizations.csv": toSafeCsv(
      [
        "id",
        "name",
        "careerField",
        "industry",
        "website",
        "priority",
        "whyInterested",
        "notes",
        "notesPrivate",
        "createdAt",
        "updatedAt",
      ],
      data.organizations.map((o) => ({ ...o, careerField: o.careerFieldName })),
    ),
    "career-fields.csv": toSafeCsv(
      ["id", "name", "notes", "notesPrivate", "createdAt", "updatedAt"],
      data.careerFields,
    ),
    "outreach.csv": toSafeCsv(
      ["id", "contact", "sentOn", "channel", "isFollowUp", "message", "reply", "repliedOn", "createdAt"],
      data.outreach.map((o) => ({ ...o, contact: o.contactName })),
    ),
    "interviews.csv": toSafeCsv(
      [
        "id",
        "contact",
        "startsAt",
        "timeZone",
        "durationMinutes",
        "format",
        "location",
        "status",
        "notes",
        "notesPrivate",
        "takeaways",
        "permissionToUseName",
        "createdAt",
      ],
      data.interviews.map((i) => ({ ...i, contact: i.contactName })),
    ),
    "interview-questions.csv": toSafeCsv(
      ["interviewId", "position", "category", "question", "answerNotes"],
      data.interviews.flatMap((i) => i.questions.map((q) => ({ ...q, interviewId: i.id, question: q.text }))),
    ),
    "follow-ups.csv": toSafeCsv(
      ["id", "contact", "interviewId", "kind", "sentOn", "channel", "note", "notePrivate", "createdAt"],
      data.followUps.map((f) => ({ ...f, contact: f.contactName })),
    ),
    "my-questions.csv": toSafeCsv(["id", "category", "text", "createdAt"], data.questions),
    "journal.csv": toSafeCsv(["id", "entryOn", "learned", "nextSteps", "createdAt"], data.journalEntries),
    "profile.csv": toSafeCsv(
      ["name", "email", "elevatorPitch", "timeZone"],
      [{ ...data.student, ...data.profile }],
    ),
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

async function loadMyData(student: { id: string; name: string | null; email: string }) {
  const db = getDb();
  const sid = student.id;
  const [profile, fields, orgs, people, outreach, ownQuestions, meetings, chosen, notes, journal] =
    await Promise.all([
      db
        .select({
          elevatorPitch: studentProfiles.elevatorPitch,
          timeZone: studentProfiles.timeZone,
          updatedAt: studentProfiles.updatedAt,
        })
        .from(studentProfiles)
        .where(eq(studentProfiles.studentId, sid)),
      db
        .select({
          id: careerFields.id,
          name: careerFields.name,
          notes: careerFields.notes,
          notesPrivate: careerFields.notesPrivate,
          createdAt: careerFields.createdAt,
          updatedAt: careerFields.updatedAt,
        })
        .from(careerFields)
        .where(eq(careerFields.studentId, sid))
        .orderBy(asc(careerFields.createdAt), asc(careerFields.id)),
      db
        .select({
          id: organizations.id,
          name: organizations.name,
          careerFieldId: organizations.careerFieldId,
          careerFieldName: careerFields.name,
          industry: organizations.industry,
          website: organizations.website,
          priority: organizations.priority,
          whyInterested: organizations.whyInterested,
          notes: organizations.notes,
          notesPrivate: organizations.notesPrivate,
          createdAt: organizations.createdAt,
          updatedAt: organizations.updatedAt,
        })
        .from(organizations)
        .leftJoin(
          careerFields,
          and(eq(careerFields.id, organizations.careerFieldId), eq(careerFields.studentId, sid)),
        )
        .where(eq(organizations.studentId, sid))
        .orderBy(asc(organizations.createdAt), asc(organizations.id)),
      db
        .select({
          id: contacts.id,
          name: contacts.name,
          title: contacts.title,
          organizationId: contacts.organizationId,
          organizationName: organizations.name,
          email: contacts.email,
          phone: contacts.phone,
          linkedinUrl: contacts.linkedinUrl,
          source: contacts.source,
          referredByContactId: contacts.referredByContactId,
          referredByName: referrer.name,
          referredFromInterviewId: contacts.referredFromInterviewId,
          keepInTouchCadence: contacts.keepInTouchCadence,
          notes: contacts.notes,
          notesPrivate: contacts.notesPrivate,
          createdAt: contacts.createdAt,
          updatedAt: contacts.updatedAt,
        })
        .from(contacts)
        .leftJoin(
          organizations,
          and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, sid)),
        )
        .leftJoin(referrer, and(eq(referrer.id, contacts.referredByContactId), eq(referrer.studentId, sid)))
        .where(eq(contacts.studentId, sid))
        .orderBy(asc(contacts.createdAt), asc(contacts.id)),
      db
        .select({
          id: outreachAttempts.id,
          contactId: outreachAttempts.contactId,
          contactName: contacts.name,
          sentOn: outreachAttempts.sentOn,
          channel: outreachAttempts.channel,
          isFollowUp: outreachAttempts.isFollowUp,
          message: outreachAttempts.message,
          reply: outreachAttempts.reply,
          repliedOn: outreachAttempts.repliedOn,
          createdAt: outreachAttempts.createdAt,
        })
        .from(outreachAttempts)
        .innerJoin(contacts, and(eq(contacts.id, outreachAttempts.contactId), eq(contacts.studentId, sid)))
        .where(eq(outreachAttempts.studentId, sid))
        .orderBy(asc(outreachAttempts.sentOn), asc(outreachAttempts.createdAt)),
      db
        .select({
          id: questions.id,
          category: questions.category,
          text: questions.text,
          createdAt: questions.createdAt,
        })
        .from(questions)
        .where(eq(questions.studentId, sid))
        .orderBy(asc(questions.createdAt), asc(questions.id)),
      db
        .select({
          id: interviews.id,
          contactId: interviews.contactId,
          contactName: contacts.name,
          startsAt: interviews.startsAt,
          timeZone: interviews.timeZone,
          durationMinutes: interviews.durationMinutes,
          format: interviews.format,
          location: interviews.location,
          status: interviews.status,
          notes: interviews.notes,
          notesPrivate: interviews.notesPrivate,
          takeaways: interviews.takeaways,
          permissionToUseName: interviews.permissionToUseName,
          createdAt: interviews.createdAt,
          updatedAt: interviews.updatedAt,
        })
        .from(interviews)
        .innerJoin(contacts, and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, sid)))
        .where(eq(interviews.studentId, sid))
        .orderBy(asc(interviews.startsAt), asc(interviews.id)),
      // Chosen questions may be built-in ones (no owner): scoped through the interview, not the question.
      db
        .select({
          interviewId: interviewQuestions.interviewId,
          questionId: interviewQuestions.questionId,
          position: interviewQuestions.position,
          category: questions.category,
          text: questions.text,
          answerNotes: interviewQuestions.answerNotes,
        })
        .from(interviewQuestions)
        .innerJoin(
          interviews,
          and(eq(interviews.id, interviewQuestions.interviewId), eq(interviews.studentId, sid)),
        )
        .innerJoin(questions, eq(questions.id, interviewQuestions.questionId))
        .orderBy(asc(interviewQuestions.interviewId), asc(interviewQuestions.position)),
      db
        .select({
          id: followUps.id,
          contactId: followUps.contactId,
          contactName: contacts.name,
          interviewId: followUps.interviewId,
          kind: followUps.kind,
          sentOn: followUps.sentOn,
          channel: followUps.channel,
          note: followUps.note,
          notePrivate: followUps.notePrivate,
          createdAt: followUps.createdAt,
        })
        .from(followUps)
        .innerJoin(contacts, and(eq(contacts.id, followUps.contactId), eq(contacts.studentId, sid)))
        .where(eq(followUps.studentId, sid))
        .orderBy(asc(followUps.sentOn), asc(followUps.createdAt)),
      db
        .select({
          id: journalEntries.id,
          entryOn: journalEntries.entryOn,
          learned: journalEntries.learned,
          nextSteps: journalEntries.nextSteps,
          createdAt: journalEntries.createdAt,
        })
        .from(journalEntries)
        .where(eq(journalEntries.studentId, sid))
        .orderBy(asc(journalEntries.entryOn), asc(journalEntries.createdAt)),
    ]);

  const questionsByInterview = new Map<string, Omit<(typeof chosen)[number], "interviewId">[]>();
  for (const { interviewId, ...question } of chosen) {
    const list = questionsByInterview.get(interviewId) ?? [];
    list.push(question);
    questionsByInterview.set(interviewId, list);
  }
  return {
    format: "fieldnotes-export" as const,
    formatVersion: 1 as const,
    exportedAt: new Date(),
    student: { name: student.name, email: student.email },
    profile: profile[0] ?? null,
    careerFields: fields,
    organizations: orgs,
    contacts: people,
    outreach,
    questions: ownQuestions,
    interviews: meetings.map((m) => ({
      ...m,
      questions: questionsByInterview.get(m.id) ?? [],
    })),
    followUps: notes,
    journalEntries: journal,
  };
}
