import "server-only";
import { and, asc, desc, eq, ilike, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { contacts, followUps, interviews, organizations, outreachAttempts } from "@/db/schema/index";
import { buildTimeline, type TimelineItem } from "@/lib/domain/timeline";
import type { ContactSource } from "@/lib/domain/vocabulary";
import type { ContactInput } from "@/lib/validation/contact";
import { containsPattern } from "@/lib/data/internal/search-pattern";
import { referralProblem } from "@/lib/data/internal/referral-chain";
import { insertOnce } from "@/lib/data/internal/create-once";
import { requireStudent, type VersionedSave } from "@/lib/data/student/scope";

export type ContactSummary = {
  id: string;
  name: string;
  title: string;
  organizationName: string | null;
  source: ContactSource;
  email: string | null;
  referredByName: string | null;
};

export type ContactRef = { id: string; name: string };

/** One thing that happened with a contact; `date` is the calendar day (an interview's, in its time zone). */
export type ContactTimelineItem = TimelineItem;

export type ContactDetail = ContactInput & {
  id: string;
  version: number;
  organizationName: string | null;
  referredBy: ContactRef | null;
  referrals: ContactRef[];
  timeline: ContactTimelineItem[];
};

export type PossibleDuplicate = {
  id: string;
  name: string;
  organizationName: string | null;
  reason: "email" | "name-and-organization";
};

export type ContactInvalid = { status: "invalid"; field: "referredByContactId"; message: string };

const referrer = alias(contacts, "referrer");

export async function listMyContacts(options: { query?: string } = {}): Promise<ContactSummary[]> {
  const student = await requireStudent();
  const search = options.query?.trim();
  const pattern = search ? containsPattern(search) : null;
  return getDb()
    .select({
      id: contacts.id,
      name: contacts.name,
      title: contacts.title,
      organizationName: organizations.name,
      source: contacts.source,
      email: contacts.email,
      referredByName: referrer.name,
    })
    .from(contacts)
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .leftJoin(
      referrer,
      and(eq(referrer.id, contacts.referredByContactId), eq(referrer.studentId, student.id)),
    )
    .where(
      and(
        eq(contacts.studentId, student.id),
        pattern
          ? or(
              ilike(contacts.name, pattern),
              ilike(contacts.title, pattern),
              ilike(contacts.email, pattern),
              ilike(organizations.name, pattern),
            )
          : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${contacts.name})`), asc(contacts.id));
}

export async function getMyContact(id: string): Promise<ContactDetail> {
  const student = await requireStudent();
  const db = getDb();
  const [row] = await db
    .select({
      id: contacts.id,
      version: contacts.version,
      name: contacts.name,
      title: contacts.title,
      organizationId: contacts.organizationId,
      organizationName: organizations.name,
      email: contacts.email,
      phone: contacts.phone,
      linkedinUrl: contacts.linkedinUrl,
      source: contacts.source,
      notes: contacts.notes,
      notesPrivate: contacts.notesPrivate,
      referredByContactId: contacts.referredByContactId,
      referredByName: referrer.name,
      keepInTouchCadence: contacts.keepInTouchCadence,
    })
    .from(contacts)
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .leftJoin(
      referrer,
      and(eq(referrer.id, contacts.referredByContactId), eq(referrer.studentId, student.id)),
    )
    .where(and(eq(contacts.id, id), eq(contacts.studentId, student.id)));
  if (!row) notFound();

  const referrals = await db
    .select({ id: contacts.id, name: contacts.name })
    .from(contacts)
    .where(and(eq(contacts.referredByContactId, id), eq(contacts.studentId, student.id)))
    .orderBy(asc(sql`lower(${contacts.name})`));

  const { referredByName, ...contact } = row;
  return {
    ...contact,
    referredBy:
      contact.referredByContactId && referredByName !== null
        ? { id: contact.referredByContactId, name: referredByName }
        : null,
    referrals,
    timeline: await loadTimeline(student.id, id),
  };
}

/**
 * This student's contacts that look like the person being entered: the same email, or the same name at the
 * same organization (both without one counts). A hint for the form, not a rule: namesakes exist.
 */
export async function findPossibleDuplicates(input: {
  name: string;
  organizationId: string | null;
  email: string | null;
  exceptId?: string;
}): Promise<PossibleDuplicate[]> {
  const student = await requireStudent();
  const email = input.email?.trim().toLowerCase() || null;
  const name = input.name.trim().toLowerCase();
  const sameEmail = email ? sql<boolean>`lower(${contacts.email}) = ${email}` : null;
  const sameNameAndOrganization = name
    ? sql`lower(trim(${contacts.name})) = ${name} and ${contacts.organizationId} is not distinct from ${input.organizationId}`
    : null;
  if (!sameEmail && !sameNameAndOrganization) return [];
  const rows = await getDb()
    .select({
      id: contacts.id,
      name: contacts.name,
      organizationName: organizations.name,
      emailMatches: sameEmail ?? sql<boolean>`false`,
    })
    .from(contacts)
    .leftJoin(
      organizations,
      and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, student.id)),
    )
    .where(
      and(
        eq(contacts.studentId, student.id),
        or(sameEmail ?? undefined, sameNameAndOrganization ?? undefined),
        input.exceptId ? sql`${contacts.id} <> ${input.exceptId}` : undefined,
      ),
    )
    .orderBy(asc(sql`lower(${contacts.name})`))
    .limit(10);
  return rows.map(({ emailMatches, ...row }) => ({
    ...row,
    reason: emailMatches ? "email" : "name-and-organization",
  }));
}

/** Creates the contact once per form key: a repeated submit returns the record the first one made. */
export async function createContact(
  input: ContactInput & { creationKey: string },
): Promise<{ status: "created"; id: string }> {
  const student = await requireStudent();
  await assertOwnReferences(student.id, input);
  const id = await insertOnce(contacts, {
    studentId: student.id,
    ...contactColumns(input),
    creationKey: input.creationKey,
  });
  return { status: "created", id };
}

export async function updateContact(
  input: ContactInput & { id: string; version: number },
): Promise<VersionedSave | ContactInvalid> {
  const student = await requireStudent();
  const db = getDb();
  const [current] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.id, input.id), eq(contacts.studentId, student.id)));
  if (!current) notFound();
  await assertOwnReferences(student.id, input);
  if (input.referredByContactId) {
    const problem = await referralProblem(student.id, input.id, input.referredByContactId);
    if (problem) return { status: "invalid", field: "referredByContactId", message: problem };
  }
  const [saved] = await db
    .update(contacts)
    .set({ ...contactColumns(input), version: sql`${contacts.version} + 1`, updatedAt: new Date() })
    .where(
      and(eq(contacts.id, input.id), eq(contacts.studentId, student.id), eq(contacts.version, input.version)),
    )
    .returning({ id: contacts.id, version: contacts.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

/** Their interviews, outreach and follow-ups go with them; people they referred stay, unlinked. */
export async function deleteContact(id: string): Promise<void> {
  const student = await requireStudent();
  const deleted = await getDb()
    .delete(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.studentId, student.id)))
    .returning({ id: contacts.id });
  if (deleted.length === 0) notFound();
}

// Allow-list of columns: parsed input is never spread into the table.
function contactColumns(input: ContactInput) {
  return {
    name: input.name,
    title: input.title,
    organizationId: input.organizationId,
    email: input.email,
    phone: input.phone,
    linkedinUrl: input.linkedinUrl,
    // Someone a contact put us in touch with came by referral, whatever the form said.
    source: input.referredByContactId ? ("referral" as const) : input.source,
    notes: input.notes,
    notesPrivate: input.notesPrivate,
    referredByContactId: input.referredByContactId,
    keepInTouchCadence: input.keepInTouchCadence,
  };
}

/** Another student's organization or contact answers like a missing one. */
async function assertOwnReferences(studentId: string, input: ContactInput) {
  const db = getDb();
  if (input.organizationId) {
    const [row] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.id, input.organizationId), eq(organizations.studentId, studentId)));
    if (!row) notFound();
  }
  if (input.referredByContactId) {
    const [row] = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.id, input.referredByContactId), eq(contacts.studentId, studentId)));
    if (!row) notFound();
  }
}

async function loadTimeline(studentId: string, contactId: string): Promise<ContactTimelineItem[]> {
  const db = getDb();
  const [outreach, meetings, notes] = await Promise.all([
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
      .where(and(eq(outreachAttempts.contactId, contactId), eq(outreachAttempts.studentId, studentId)))
      .orderBy(desc(outreachAttempts.sentOn)),
    db
      .select({
        id: interviews.id,
        contactId: interviews.contactId,
        startsAt: interviews.startsAt,
        timeZone: interviews.timeZone,
        format: interviews.format,
        status: interviews.status,
        takeaways: interviews.takeaways,
        notes: interviews.notes,
      })
      .from(interviews)
      .where(and(eq(interviews.contactId, contactId), eq(interviews.studentId, studentId)))
      .orderBy(desc(interviews.startsAt)),
    db
      .select({
        id: followUps.id,
        contactId: followUps.contactId,
        sentOn: followUps.sentOn,
        kind: followUps.kind,
        channel: followUps.channel,
        note: followUps.note,
        createdAt: followUps.createdAt,
      })
      .from(followUps)
      .where(and(eq(followUps.contactId, contactId), eq(followUps.studentId, studentId)))
      .orderBy(desc(followUps.sentOn)),
  ]);

  return buildTimeline({ outreach, interviews: meetings, followUps: notes });
}
