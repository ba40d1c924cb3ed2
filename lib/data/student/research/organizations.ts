import "server-only";
import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { careerFields, contacts, organizations } from "@/db/schema/index";
import type { Priority } from "@/lib/domain/vocabulary";
import type { OrganizationInput } from "@/lib/validation/organization";
import { containsPattern } from "@/lib/data/internal/search-pattern";
import { findOwnKeyedRow, insertOnce, isUniqueViolation } from "@/lib/data/internal/create-once";
import { requireStudent, type VersionedSave } from "@/lib/data/student/scope";

export type OrganizationSummary = {
  id: string;
  name: string;
  industry: string;
  priority: Priority;
  careerFieldName: string | null;
  contactCount: number;
};

export type OrganizationDetail = OrganizationInput & {
  id: string;
  version: number;
  careerFieldName: string | null;
  contacts: { id: string; name: string; title: string }[];
};

const PRIORITY_ORDER = sql`case ${organizations.priority} when 'high' then 0 when 'medium' then 1 else 2 end`;

/**
 * The student's organizations; with `query`, those whose name or industry contains it; with
 * `careerFieldId`, those in that field (another student's field matches nothing).
 */
export async function listMyOrganizations(
  options: { query?: string; careerFieldId?: string } = {},
): Promise<OrganizationSummary[]> {
  const student = await requireStudent();
  const search = options.query?.trim();
  const pattern = search ? containsPattern(search) : null;
  return getDb()
    .select({
      id: organizations.id,
      name: organizations.name,
      industry: organizations.industry,
      priority: organizations.priority,
      careerFieldName: careerFields.name,
      contactCount: count(contacts.id),
    })
    .from(organizations)
    .leftJoin(careerFields, eq(careerFields.id, organizations.careerFieldId))
    .leftJoin(contacts, eq(contacts.organizationId, organizations.id))
    .where(
      and(
        eq(organizations.studentId, student.id),
        pattern ? or(ilike(organizations.name, pattern), ilike(organizations.industry, pattern)) : undefined,
        options.careerFieldId ? eq(organizations.careerFieldId, options.careerFieldId) : undefined,
      ),
    )
    .groupBy(organizations.id, careerFields.name)
    .orderBy(PRIORITY_ORDER, asc(sql`lower(${organizations.name})`));
}

export async function getMyOrganization(id: string): Promise<OrganizationDetail> {
  const student = await requireStudent();
  const db = getDb();
  const [row] = await db
    .select({
      id: organizations.id,
      version: organizations.version,
      name: organizations.name,
      industry: organizations.industry,
      website: organizations.website,
      whyInterested: organizations.whyInterested,
      notes: organizations.notes,
      notesPrivate: organizations.notesPrivate,
      priority: organizations.priority,
      careerFieldId: organizations.careerFieldId,
      careerFieldName: careerFields.name,
    })
    .from(organizations)
    .leftJoin(careerFields, eq(careerFields.id, organizations.careerFieldId))
    .where(and(eq(organizations.id, id), eq(organizations.studentId, student.id)));
  if (!row) notFound();
  const people = await db
    .select({ id: contacts.id, name: contacts.name, title: contacts.title })
    .from(contacts)
    .where(and(eq(contacts.organizationId, id), eq(contacts.studentId, student.id)))
    .orderBy(asc(contacts.name));
  return { ...row, contacts: people };
}

type NameConflict = { status: "duplicate-name" };

/** Creates the organization once per form key: a repeated submit returns the record the first one made. */
export async function createOrganization(
  input: OrganizationInput & { creationKey: string },
): Promise<{ status: "created"; id: string } | NameConflict> {
  const student = await requireStudent();
  if (input.careerFieldId) await assertOwnCareerField(student.id, input.careerFieldId);
  // The unique indexes decide, not a check beforehand (which a concurrent submit could slip past): the
  // same form's key answers with its record, and only a name already taken is refused.
  try {
    const id = await insertOnce(organizations, {
      studentId: student.id,
      ...organizationColumns(input),
      creationKey: input.creationKey,
    });
    return { status: "created", id };
  } catch (error) {
    if (isUniqueViolation(error, "organizations_student_name_idx")) {
      const twin = await findOwnKeyedRow(organizations, student.id, input.creationKey);
      return twin ? { status: "created", id: twin } : { status: "duplicate-name" };
    }
    throw error;
  }
}

export async function updateOrganization(
  input: OrganizationInput & { id: string; version: number },
): Promise<VersionedSave | NameConflict> {
  const student = await requireStudent();
  const db = getDb();
  const [current] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.id, input.id), eq(organizations.studentId, student.id)));
  if (!current) notFound();
  if (input.careerFieldId) await assertOwnCareerField(student.id, input.careerFieldId);
  if (await nameTaken(student.id, input.name, input.id)) return { status: "duplicate-name" };
  const [saved] = await db
    .update(organizations)
    .set({ ...organizationColumns(input), version: sql`${organizations.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(organizations.id, input.id),
        eq(organizations.studentId, student.id),
        eq(organizations.version, input.version),
      ),
    )
    .returning({ id: organizations.id, version: organizations.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

export async function deleteOrganization(id: string): Promise<void> {
  const student = await requireStudent();
  const deleted = await getDb()
    .delete(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.studentId, student.id)))
    .returning({ id: organizations.id });
  if (deleted.length === 0) notFound();
}

// Allow-list of columns: parsed input is never spread into the table.
function organizationColumns(input: OrganizationInput) {
  return {
    name: input.name,
    industry: input.industry,
    website: input.website,
    whyInterested: input.whyInterested,
    notes: input.notes,
    notesPrivate: input.notesPrivate,
    priority: input.priority,
    careerFieldId: input.careerFieldId,
  };
}

async function nameTaken(studentId: string, name: string, exceptId?: string) {
  const [row] = await getDb()
    .select({ id: organizations.id })
    .from(organizations)
    .where(
      and(
        eq(organizations.studentId, studentId),
        eq(sql`lower(${organizations.name})`, name.toLowerCase()),
        exceptId ? sql`${organizations.id} <> ${exceptId}` : undefined,
      ),
    );
  return Boolean(row);
}

/** Another student's field answers like a missing one. */
async function assertOwnCareerField(studentId: string, fieldId: string) {
  const [row] = await getDb()
    .select({ id: careerFields.id })
    .from(careerFields)
    .where(and(eq(careerFields.id, fieldId), eq(careerFields.studentId, studentId)));
  if (!row) notFound();
}
