import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb, type Transaction } from "@/db/client";
import { contacts, interviews, outcomeContacts, outcomeInterviews, outcomes, users } from "@/db/schema/index";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import type { OutcomeKind } from "@/lib/domain/outcome-kinds";
import type { OutcomeInput } from "@/lib/validation/outcome";
import { insertOnce } from "@/lib/data/internal/create-once";
import { unlessPrivate } from "@/lib/data/internal/unless-private";

// Outcomes as both the student's pages and the advisor's student page read and write them. Callers have
// already decided whose outcomes these are (the signed-in student, or a student the advisor may see):
// nothing here checks the viewer.

export type OutcomeLink = { id: string; label: string };

export type OutcomeSummary = {
  id: string;
  version: number;
  kind: OutcomeKind;
  title: string;
  occurredOn: CalendarDate;
  /** '' for an advisor when the student marked it private. */
  note: string;
  notePrivate: boolean;
  /** Who recorded it, when it was not the student: the advisor's name or email. */
  recordedByOther: string | null;
  contacts: OutcomeLink[];
  interviews: OutcomeLink[];
};

/** The student's outcomes, newest first, each with the contacts and interviews it cites, in one query. */
export async function loadOutcomes(
  studentId: string,
  audience: "student" | "advisor",
): Promise<OutcomeSummary[]> {
  const recorder = sql<
    string | null
  >`case when ${outcomes.recordedById} is distinct from ${outcomes.studentId}
    then coalesce(${users.name}, ${users.email}) end`;
  // Spelled out: drizzle leaves columns unqualified in these subqueries, which would misread them.
  const contactLinks = sql<{ id: string; label: string }[]>`coalesce((
    select json_agg(json_build_object('id', c.id, 'label', c.name) order by lower(c.name), c.id)
    from outcome_contacts oc join contacts c on c.id = oc.contact_id
    where oc.outcome_id = outcomes.id and oc.student_id = outcomes.student_id), '[]')`;
  const interviewLinks = sql<{ id: string; name: string; startsAt: string; timeZone: string }[]>`coalesce((
    select json_agg(json_build_object('id', i.id, 'name', c.name, 'startsAt', i.starts_at, 'timeZone', i.time_zone)
      order by i.starts_at)
    from outcome_interviews oi join interviews i on i.id = oi.interview_id
      join contacts c on c.id = i.contact_id
    where oi.outcome_id = outcomes.id and oi.student_id = outcomes.student_id), '[]')`;
  const rows = await getDb()
    .select({
      id: outcomes.id,
      version: outcomes.version,
      kind: outcomes.kind,
      title: outcomes.title,
      occurredOn: outcomes.occurredOn,
      note: audience === "advisor" ? unlessPrivate(outcomes.notePrivate, outcomes.note) : outcomes.note,
      notePrivate: outcomes.notePrivate,
      recordedByOther: recorder,
      contacts: contactLinks,
      interviews: interviewLinks,
    })
    .from(outcomes)
    .leftJoin(users, eq(users.id, outcomes.recordedById))
    .where(eq(outcomes.studentId, studentId))
    .orderBy(desc(outcomes.occurredOn), desc(outcomes.createdAt), asc(outcomes.id));
  return rows.map((row) => ({
    ...row,
    interviews: row.interviews.map((i) => ({
      id: i.id,
      label: interviewLabel(i.name, new Date(i.startsAt), i.timeZone),
    })),
  }));
}

export type OutcomeChoices = { contacts: OutcomeLink[]; interviews: OutcomeLink[] };

/** What an outcome can cite: the student's contacts by name, their held or planned interviews by date. */
export async function loadOutcomeChoices(studentId: string): Promise<OutcomeChoices> {
  const db = getDb();
  const [contactRows, interviewRows] = await Promise.all([
    db
      .select({ id: contacts.id, label: contacts.name })
      .from(contacts)
      .where(eq(contacts.studentId, studentId))
      .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id)),
    db
      .select({
        id: interviews.id,
        contactName: contacts.name,
        startsAt: interviews.startsAt,
        timeZone: interviews.timeZone,
      })
      .from(interviews)
      .innerJoin(contacts, eq(contacts.id, interviews.contactId))
      .where(and(eq(interviews.studentId, studentId), sql`${interviews.status} <> 'cancelled'`))
      .orderBy(desc(interviews.startsAt)),
  ]);
  return {
    contacts: contactRows,
    interviews: interviewRows.map((r) => ({
      id: r.id,
      label: interviewLabel(r.contactName, r.startsAt, r.timeZone),
    })),
  };
}

/** "Dana Reyes, 12 Jan 2026": the interview's day where it happened. */
export function interviewLabel(contactName: string, startsAt: Date, timeZone: string) {
  const day = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
  }).format(startsAt);
  return `${contactName}, ${day}`;
}

/**
 * Creates the outcome once per form key (a double submit answers with the first one's id) and links what
 * it cites. A contact or interview that isn't this student's answers like a missing record.
 */
export async function insertOutcome(
  studentId: string,
  recordedById: string,
  input: OutcomeInput & { creationKey: string },
): Promise<string> {
  await assertOwnLinks(studentId, input);
  const id = await insertOnce(outcomes, {
    studentId,
    recordedById,
    ...outcomeColumns(input),
    creationKey: input.creationKey,
  });
  await replaceLinks(studentId, id, input);
  return id;
}

export type OutcomeSave = { status: "saved"; id: string; version: number } | { status: "stale" };

export async function updateOutcomeOf(
  studentId: string,
  input: OutcomeInput & { id: string; version: number },
): Promise<OutcomeSave> {
  await assertOwnLinks(studentId, input);
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ version: outcomes.version })
      .from(outcomes)
      .where(and(eq(outcomes.id, input.id), eq(outcomes.studentId, studentId)))
      .for("update");
    if (!current) notFound();
    if (current.version !== input.version) return { status: "stale" as const };
    const [saved] = await tx
      .update(outcomes)
      .set({ ...outcomeColumns(input), version: sql`${outcomes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(outcomes.id, input.id), eq(outcomes.studentId, studentId)))
      .returning({ id: outcomes.id, version: outcomes.version });
    await replaceLinks(studentId, input.id, input, tx);
    return { status: "saved" as const, ...saved! };
  });
}

export async function deleteOutcomeOf(studentId: string, id: string): Promise<void> {
  const deleted = await getDb()
    .delete(outcomes)
    .where(and(eq(outcomes.id, id), eq(outcomes.studentId, studentId)))
    .returning({ id: outcomes.id });
  if (deleted.length === 0) notFound();
}

type Db = ReturnType<typeof getDb>;
async function replaceLinks(
  studentId: string,
  outcomeId: string,
  input: OutcomeInput,
  tx: Db | Transaction = getDb(),
) {
  await tx
    .delete(outcomeContacts)
    .where(and(eq(outcomeContacts.outcomeId, outcomeId), eq(outcomeContacts.studentId, studentId)));
  await tx
    .delete(outcomeInterviews)
    .where(and(eq(outcomeInterviews.outcomeId, outcomeId), eq(outcomeInterviews.studentId, studentId)));
  const contactIds = [...new Set(input.contactIds)];
  const interviewIds = [...new Set(input.interviewIds)];
  // Two copies of one submit may link at once: the same pair twice is one link.
  if (contactIds.length > 0) {
    await tx
      .insert(outcomeContacts)
      .values(contactIds.map((contactId) => ({ outcomeId, contactId, studentId })))
      .onConflictDoNothing();
  }
  if (interviewIds.length > 0) {
    await tx
      .insert(outcomeInterviews)
      .values(interviewIds.map((interviewId) => ({ outcomeId, interviewId, studentId })))
      .onConflictDoNothing();
  }
}

/** The composite keys would refuse a foreign id too, but as a 500; this answers it as a 404. */
async function assertOwnLinks(studentId: string, input: OutcomeInput) {
  const db = getDb();
  const contactIds = [...new Set(input.contactIds)];
  const interviewIds = [...new Set(input.interviewIds)];
  const [ownContacts, ownInterviews] = await Promise.all([
    contactIds.length === 0
      ? []
      : db
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.studentId, studentId), inArray(contacts.id, contactIds))),
    interviewIds.length === 0
      ? []
      : db
          .select({ id: interviews.id })
          .from(interviews)
          .where(and(eq(interviews.studentId, studentId), inArray(interviews.id, interviewIds))),
  ]);
  if (ownContacts.length !== contactIds.length || ownInterviews.length !== interviewIds.length) notFound();
}

// Allow-list of columns: parsed input is never spread into the table.
function outcomeColumns(input: OutcomeInput) {
  return {
    kind: input.kind,
    title: input.title,
    occurredOn: input.occurredOn,
    note: input.note,
    notePrivate: input.notePrivate,
  };
}

/** How many outcomes each student of the cohort has (students with none are absent), in one query. */
export async function countOutcomesInCohort(cohortId: string): Promise<Map<string, number>> {
  const rows = await getDb().execute<{ student_id: string; n: number }>(sql`
    select student_id, count(*)::int as n from outcomes
    where student_id in (select student_id from cohort_students where cohort_id = ${cohortId})
    group by student_id`);
  return new Map(rows.map((r) => [r.student_id, Number(r.n)]));
}
