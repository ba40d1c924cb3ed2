import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { contacts, organizations } from "@/db/schema/index";
import type { ContactCsvFormat, RawContactRow } from "@/lib/domain/linkedin-connections";
import { importRowProblem, importRowSchema, type ImportRow } from "@/lib/validation/contact-import";
import { requireStudent } from "@/lib/data/student/scope";

export type ImportRowStatus = "new" | "duplicate" | "invalid";

export type ImportPreviewRow = {
  /** Position in the file's rows (0-based): how the confirm form names a ticked row. */
  index: number;
  name: string;
  title: string;
  organization: string;
  email: string | null;
  linkedinUrl: string | null;
  status: ImportRowStatus;
  /** Why a row is a duplicate or invalid; null for a new one. */
  reason: string | null;
};

export type ImportResult = { imported: number; skippedDuplicates: number; skippedOther: number };

type CheckedRow = { index: number; raw: RawContactRow } & (
  | { status: "new" | "duplicate"; row: ImportRow; reason: string | null }
  | { status: "invalid"; row: null; reason: string }
);

/** What importing these rows would do, for the student to review. Nothing is saved. */
export async function previewContactImport(rows: RawContactRow[]): Promise<ImportPreviewRow[]> {
  const student = await requireStudent();
  const checked = await checkRows(student.id, rows);
  return checked.map(({ index, raw, row, status, reason }) => ({
    index,
    name: row?.name ?? raw.name,
    title: row?.title ?? raw.title,
    organization: row?.organization ?? raw.organization,
    email: row ? row.email : raw.email || null,
    linkedinUrl: row ? row.linkedinUrl : null,
    status,
    reason,
  }));
}

/**
 * Imports the ticked rows in one transaction, creating missing organizations by name. Every row is
 * validated again here (the preview came back through the browser). Each contact's creation key is the
 * import key plus its row, so submitting the same confirmation twice imports each row once.
 */
export async function importContacts(input: {
  importKey: string;
  format: ContactCsvFormat;
  rows: RawContactRow[];
  chosen: number[];
}): Promise<ImportResult> {
  const student = await requireStudent();
  const checked = await checkRows(student.id, input.rows);
  const chosen = new Set(input.chosen);
  const toImport = checked.filter(
    (c): c is CheckedRow & { row: ImportRow } => chosen.has(c.index) && c.row !== null,
  );
  const importing = new Set(toImport.map((c) => c.index));
  const skipped = checked.filter((c) => !importing.has(c.index));
  const result: ImportResult = {
    imported: toImport.length,
    skippedDuplicates: skipped.filter((c) => c.status === "duplicate").length,
    skippedOther: skipped.filter((c) => c.status !== "duplicate").length,
  };
  if (toImport.length === 0) return result;

  const source = input.format === "linkedin" ? ("linkedin" as const) : ("other" as const);
  await getDb().transaction(async (tx) => {
    // The first spelling in the file names a new organization; an existing one keeps its own.
    const byKey = new Map<string, string>();
    for (const { row } of toImport) {
      const key = row.organization.toLowerCase();
      if (row.organization && !byKey.has(key)) byKey.set(key, row.organization);
    }
    const organizationIds = new Map<string, string>();
    if (byKey.size > 0) {
      await tx
        .insert(organizations)
        .values([...byKey.values()].map((name) => ({ studentId: student.id, name })))
        .onConflictDoNothing();
      const found = await tx
        .select({ id: organizations.id, key: sql<string>`lower(${organizations.name})` })
        .from(organizations)
        .where(
          and(
            eq(organizations.studentId, student.id),
            inArray(sql`lower(${organizations.name})`, [...byKey.keys()]),
          ),
        );
      for (const { id, key } of found) organizationIds.set(key, id);
    }
    await tx
      .insert(contacts)
      .values(
        toImport.map(({ index, row }) => ({
          studentId: student.id,
          name: row.name,
          title: row.title,
          organizationId: row.organization
            ? (organizationIds.get(row.organization.toLowerCase()) ?? null)
            : null,
          email: row.email,
          phone: row.phone,
          linkedinUrl: row.linkedinUrl,
          source,
          creationKey: `import:${input.importKey}:${index}`,
        })),
      )
      .onConflictDoNothing();
  });
  return result;
}

/**
 * Validates every row and marks duplicates: of a contact the student already has (same email, or same
 * name at the same organization, as findPossibleDuplicates decides) or of an earlier row in the file.
 * One query for the whole file, not one per row.
 */
async function checkRows(studentId: string, rawRows: RawContactRow[]): Promise<CheckedRow[]> {
  const parsed = rawRows.map((raw, index) => ({ index, raw, result: importRowSchema.safeParse(raw) }));
  const valid = parsed.flatMap((p) => (p.result.success ? [p.result.data] : []));
  const emails = [...new Set(valid.flatMap((r) => (r.email ? [r.email] : [])))];
  const names = [...new Set(valid.map((r) => r.name.toLowerCase()))];

  const existing =
    valid.length === 0
      ? []
      : await getDb()
          .select({ name: contacts.name, email: contacts.email, organizationName: organizations.name })
          .from(contacts)
          .leftJoin(
            organizations,
            and(eq(organizations.id, contacts.organizationId), eq(organizations.studentId, studentId)),
          )
          .where(
            and(
              eq(contacts.studentId, studentId),
              or(
                emails.length > 0 ? inArray(sql`lower(${contacts.email})`, emails) : undefined,
                inArray(sql`lower(trim(${contacts.name}))`, names),
              ),
            ),
          );
  const knownEmails = new Set(existing.flatMap((c) => (c.email ? [c.email.toLowerCase()] : [])));
  const knownPeople = new Set(existing.map((c) => personKey(c.name, c.organizationName ?? "")));

  const seenEmails = new Map<string, number>();
  const seenPeople = new Map<string, number>();
  return parsed.map(({ index, raw, result }): CheckedRow => {
    if (!result.success) {
      return { index, raw, status: "invalid", row: null, reason: importRowProblem(result.error) };
    }
    const row = result.data;
    const person = personKey(row.name, row.organization);
    const earlier = (row.email ? seenEmails.get(row.email) : undefined) ?? seenPeople.get(person);
    if (row.email && !seenEmails.has(row.email)) seenEmails.set(row.email, index);
    if (!seenPeople.has(person)) seenPeople.set(person, index);

    const reason =
      row.email && knownEmails.has(row.email)
        ? "Already in your contacts (same email)"
        : knownPeople.has(person)
          ? "Already in your contacts (same name and organization)"
          : earlier !== undefined
            ? `Same person as row ${earlier + 1} of this file`
            : null;
    return { index, raw, status: reason ? "duplicate" : "new", row, reason };
  });
}

function personKey(name: string, organization: string) {
  return `${name.trim().toLowerCase()}\u0000${organization.trim().toLowerCase()}`;
}
