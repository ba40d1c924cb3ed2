import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { careerFields, organizations } from "@/db/schema/index";
import type { CareerFieldInput } from "@/lib/validation/career-field";
import { findOwnKeyedRow, insertOnce, isUniqueViolation } from "@/lib/data/internal/create-once";
import { requireStudent, type VersionedSave } from "@/lib/data/student/scope";

export type CareerFieldSummary = CareerFieldInput & {
  id: string;
  version: number;
  organizationCount: number;
};

export type CareerFieldDetail = CareerFieldInput & { id: string; version: number };

/** The student's career fields by name, each with how many of their organizations sit in it. */
export async function listMyCareerFields(): Promise<CareerFieldSummary[]> {
  const student = await requireStudent();
  return getDb()
    .select({
      id: careerFields.id,
      version: careerFields.version,
      name: careerFields.name,
      notes: careerFields.notes,
      notesPrivate: careerFields.notesPrivate,
      organizationCount: count(organizations.id),
    })
    .from(careerFields)
    .leftJoin(
      organizations,
      and(eq(organizations.careerFieldId, careerFields.id), eq(organizations.studentId, student.id)),
    )
    .where(eq(careerFields.studentId, student.id))
    .groupBy(careerFields.id)
    .orderBy(asc(sql`lower(${careerFields.name})`));
}

export async function getMyCareerField(id: string): Promise<CareerFieldDetail> {
  const student = await requireStudent();
  const [row] = await getDb()
    .select({
      id: careerFields.id,
      version: careerFields.version,
      name: careerFields.name,
      notes: careerFields.notes,
      notesPrivate: careerFields.notesPrivate,
    })
    .from(careerFields)
    .where(and(eq(careerFields.id, id), eq(careerFields.studentId, student.id)));
  if (!row) notFound();
  return row;
}

type NameConflict = { status: "duplicate-name" };

/** Creates the field once per form key: a repeated submit returns the record the first one made. */
export async function createCareerField(
  input: CareerFieldInput & { creationKey: string },
): Promise<{ status: "created"; id: string } | NameConflict> {
  const student = await requireStudent();
  // The unique indexes decide, not a check beforehand (which a concurrent submit could slip past): the
  // same form's key answers with its record, and only a name already taken is refused.
  try {
    const id = await insertOnce(careerFields, {
      studentId: student.id,
      ...careerFieldColumns(input),
      creationKey: input.creationKey,
    });
    return { status: "created", id };
  } catch (error) {
    if (isUniqueViolation(error, "career_fields_student_name_idx")) {
      const twin = await findOwnKeyedRow(careerFields, student.id, input.creationKey);
      return twin ? { status: "created", id: twin } : { status: "duplicate-name" };
    }
    throw error;
  }
}

export async function updateCareerField(
  input: CareerFieldInput & { id: string; version: number },
): Promise<VersionedSave | NameConflict> {
  const student = await requireStudent();
  const db = getDb();
  const [current] = await db
    .select({ id: careerFields.id })
    .from(careerFields)
    .where(and(eq(careerFields.id, input.id), eq(careerFields.studentId, student.id)));
  if (!current) notFound();
  if (await nameTaken(student.id, input.name, input.id)) return { status: "duplicate-name" };
  const [saved] = await db
    .update(careerFields)
    .set({ ...careerFieldColumns(input), version: sql`${careerFields.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(careerFields.id, input.id),
        eq(careerFields.studentId, student.id),
        eq(careerFields.version, input.version),
      ),
    )
    .returning({ id: careerFields.id, version: careerFields.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

/** The field's organizations stay; the foreign key (ON DELETE SET NULL) leaves them without a field. */
export async function deleteCareerField(id: string): Promise<void> {
  const student = await requireStudent();
  const deleted = await getDb()
    .delete(careerFields)
    .where(and(eq(careerFields.id, id), eq(careerFields.studentId, student.id)))
    .returning({ id: careerFields.id });
  if (deleted.length === 0) notFound();
}

// Allow-list of columns: parsed input is never spread into the table.
function careerFieldColumns(input: CareerFieldInput) {
  return { name: input.name, notes: input.notes, notesPrivate: input.notesPrivate };
}

async function nameTaken(studentId: string, name: string, exceptId?: string) {
  const [row] = await getDb()
    .select({ id: careerFields.id })
    .from(careerFields)
    .where(
      and(
        eq(careerFields.studentId, studentId),
        eq(sql`lower(${careerFields.name})`, name.toLowerCase()),
        exceptId ? sql`${careerFields.id} <> ${exceptId}` : undefined,
      ),
    );
  return Boolean(row);
}
