import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohortAdvisors, cohorts, users } from "@/db/schema/index";
import { requirePermission } from "@/lib/auth/session";
import type {
  AdvisorAssignmentInput,
  CohortInput,
  CohortListStatus,
  UpdateCohortInput,
} from "@/lib/validation/admin-cohort";
import type { VersionedSave } from "@/lib/data/student/scope";

// Cohorts as the admin manages them: every cohort, archived or not. Advisor access itself is decided in
// advisor-access.ts from the assignments written here, on every request, so a change applies at once.

export type AdminCohortSummary = {
  id: string;
  name: string;
  term: string;
  startsOn: string;
  endsOn: string;
  archived: boolean;
  studentCount: number;
  advisorNames: string[];
};

export type AssignedAdvisor = { id: string; name: string | null; email: string; active: boolean };

export type AdminCohortDetail = {
  id: string;
  name: string;
  term: string;
  startsOn: string;
  endsOn: string;
  version: number;
  archived: boolean;
  studentCount: number;
  advisors: AssignedAdvisor[];
  /** Active advisors not yet assigned here: the choices for "Assign an advisor". */
  assignableAdvisors: AssignedAdvisor[];
};

type DuplicateCohort = { status: "duplicate-name" };

const advisorName = sql<string>`coalesce(${users.name}, ${users.email})`;

// Correlated subqueries name their tables in full: drizzle leaves columns unqualified in a one-table
// select, and an unqualified "id" inside a subquery would bind to the subquery's own table.
const STUDENT_COUNT = sql<number>`(select count(*)::int from cohort_students cs where cs.cohort_id = cohorts.id)`;

export async function listCohorts(
  options: { status?: CohortListStatus } = {},
): Promise<AdminCohortSummary[]> {
  await requirePermission("cohorts:manage");
  const status = options.status ?? "active";
  // Counted in subqueries, so a cohort's students and advisors don't multiply each other.
  const rows = await getDb()
    .select({
      id: cohorts.id,
      name: cohorts.name,
      term: cohorts.term,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      archivedAt: cohorts.archivedAt,
      studentCount: STUDENT_COUNT,
      advisorNames: sql<string[]>`coalesce((
        select array_agg(coalesce(u.name, u.email) order by lower(coalesce(u.name, u.email)))
        from cohort_advisors ca join users u on u.id = ca.advisor_id
        where ca.cohort_id = cohorts.id and u.role = 'advisor'
      ), '{}')`,
    })
    .from(cohorts)
    .where(
      status === "active"
        ? isNull(cohorts.archivedAt)
        : status === "archived"
          ? isNotNull(cohorts.archivedAt)
          : undefined,
    )
    .orderBy(desc(cohorts.startsOn), asc(sql`lower(${cohorts.name})`), asc(cohorts.id));
  return rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
}

export async function getCohortForAdmin(id: string): Promise<AdminCohortDetail> {
  await requirePermission("cohorts:manage");
  const db = getDb();
  const [cohort] = await db
    .select({
      id: cohorts.id,
      name: cohorts.name,
      term: cohorts.term,
      startsOn: cohorts.startsOn,
      endsOn: cohorts.endsOn,
      version: cohorts.version,
      archivedAt: cohorts.archivedAt,
      studentCount: STUDENT_COUNT,
    })
    .from(cohorts)
    .where(eq(cohorts.id, id));
  if (!cohort) notFound();
  const [assigned, candidates] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, active: users.active })
      .from(cohortAdvisors)
      .innerJoin(users, eq(users.id, cohortAdvisors.advisorId))
      .where(and(eq(cohortAdvisors.cohortId, id), eq(users.role, "advisor")))
      .orderBy(asc(sql`lower(${advisorName})`)),
    db
      .select({ id: users.id, name: users.name, email: users.email, active: users.active })
      .from(users)
      .where(
        and(
          eq(users.role, "advisor"),
          eq(users.active, true),
          sql`not exists (select 1 from cohort_advisors ca where ca.cohort_id = ${id} and ca.advisor_id = users.id)`,
        ),
      )
      .orderBy(asc(sql`lower(${advisorName})`)),
  ]);
  const { archivedAt, ...rest } = cohort;
  return { ...rest, archived: archivedAt !== null, advisors: assigned, assignableAdvisors: candidates };
}

/** A second cohort with the same name and term (a double-clicked "Create", say) is refused. */
export async function createCohort(
  input: CohortInput,
): Promise<{ status: "created"; id: string } | DuplicateCohort> {
  await requirePermission("cohorts:manage");
  if (await nameTaken(input)) return { status: "duplicate-name" };
  const [row] = await getDb().insert(cohorts).values(cohortColumns(input)).returning({ id: cohorts.id });
  return { status: "created", id: row!.id };
}

export async function updateCohort(input: UpdateCohortInput): Promise<VersionedSave | DuplicateCohort> {
  await requirePermission("cohorts:manage");
  const db = getDb();
  const [current] = await db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, input.id));
  if (!current) notFound();
  if (await nameTaken(input, input.id)) return { status: "duplicate-name" };
  const [saved] = await db
    .update(cohorts)
    .set({ ...cohortColumns(input), version: sql`${cohorts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cohorts.id, input.id), eq(cohorts.version, input.version)))
    .returning({ id: cohorts.id, version: cohorts.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

/**
 * Archiving closes the cohort to its advisors at once (advisor-access.ts ignores archived cohorts); its
 * students keep their own records. Both directions move the version on, so an edit form opened before is
 * refused rather than silently undoing it.
 */
export async function setCohortArchived(id: string, archived: boolean): Promise<void> {
  await requirePermission("cohorts:manage");
  const [row] = await getDb()
    .update(cohorts)
    .set({
      archivedAt: archived ? sql`coalesce(${cohorts.archivedAt}, now())` : null,
      version: sql`${cohorts.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(cohorts.id, id))
    .returning({ id: cohorts.id });
  if (!row) notFound();
}

export type AssignmentOutcome = { status: "assigned" } | { status: "not-an-advisor" };

/** Only an active person whose role is advisor can be assigned. Assigning twice is harmless. */
export async function assignAdvisorToCohort(input: AdvisorAssignmentInput): Promise<AssignmentOutcome> {
  await requirePermission("cohorts:manage");
  const db = getDb();
  const [cohort] = await db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, input.cohortId));
  if (!cohort) notFound();
  // Checked and written in one statement, so a role change in between can't slip a non-advisor in.
  const inserted = await db.execute<{ advisor_id: string }>(sql`
    insert into ${cohortAdvisors} (cohort_id, advisor_id)
    select ${input.cohortId}, ${users.id} from ${users}
    where ${users.id} = ${input.advisorId} and ${users.role} = 'advisor' and ${users.active}
    on conflict do nothing
    returning advisor_id`);
  if (inserted.length > 0) return { status: "assigned" };
  const [already] = await db
    .select({ id: cohortAdvisors.advisorId })
    .from(cohortAdvisors)
    .innerJoin(users, eq(users.id, cohortAdvisors.advisorId))
    .where(
      and(
        eq(cohortAdvisors.cohortId, input.cohortId),
        eq(cohortAdvisors.advisorId, input.advisorId),
        eq(users.role, "advisor"),
      ),
    );
  return already ? { status: "assigned" } : { status: "not-an-advisor" };
}

/** Takes the advisor off the cohort; their access to its students ends with their next request. */
export async function unassignAdvisorFromCohort(input: AdvisorAssignmentInput): Promise<void> {
  await requirePermission("cohorts:manage");
  const db = getDb();
  const [cohort] = await db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, input.cohortId));
  if (!cohort) notFound();
  await db
    .delete(cohortAdvisors)
    .where(and(eq(cohortAdvisors.cohortId, input.cohortId), eq(cohortAdvisors.advisorId, input.advisorId)));
}

// Allow-list of columns: parsed input is never spread into the table.
function cohortColumns(input: CohortInput) {
  return { name: input.name, term: input.term, startsOn: input.startsOn, endsOn: input.endsOn };
}

async function nameTaken(input: CohortInput, exceptId?: string) {
  const [row] = await getDb()
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(
      and(
        eq(sql`lower(${cohorts.name})`, input.name.toLowerCase()),
        eq(sql`lower(${cohorts.term})`, input.term.toLowerCase()),
        exceptId ? ne(cohorts.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}
