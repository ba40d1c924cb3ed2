import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  assignAdvisorAction,
  createCohortAction,
  updateCohortAction,
  archiveCohortAction,
  unassignAdvisorAction,
} from "@/app/admin/cohorts/actions";
import { getDb } from "@/db/client";
import { cohortAdvisors, cohorts } from "@/db/schema/index";
import {
  assignAdvisorToCohort,
  createCohort as createCohortAsAdmin,
  getCohortForAdmin,
  listCohorts,
  setCohortArchived,
  unassignAdvisorFromCohort,
  updateCohort,
} from "@/lib/data/admin/cohorts";
import { listVisibleStudents, requireStudentAccess } from "@/lib/data/advisor/access";
import { initialActionState } from "@/lib/validation/action-state";
import { cohortFields, cohortFilterSchema, type CohortInput } from "@/lib/validation/admin-cohort";
import { SESSION_COOKIE, setRequestCookie } from "../setup/next-request";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { createSession, signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

let counter = 0;
function cohortInput(overrides: Partial<CohortInput> = {}): CohortInput {
  counter += 1;
  return {
    name: `Admin cohort ${counter} ${Date.now().toString(36)}`,
    term: "Fall 2026",
    startsOn: "2026-09-01",
    endsOn: "2026-12-15",
    ...overrides,
  };
}

async function signedInAdmin() {
  const admin = await createUser({ role: "admin" });
  await signInAs(admin.id);
  return admin;
}

async function created(input: CohortInput = cohortInput()) {
  const result = await createCohortAsAdmin(input);
  if (result.status !== "created") throw new Error(result.status);
  return result.id;
}

describe("admin cohorts: who may call", () => {
  it.each(["student", "advisor"] as const)("every function answers 404 to a %s", async (role) => {
    const cohort = await createCohort();
    const advisor = await createUser({ role: "advisor" });
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listCohorts());
    await expectNotFound(getCohortForAdmin(cohort.id));
    await expectNotFound(createCohortAsAdmin(cohortInput()));
    await expectNotFound(updateCohort({ ...cohortInput(), id: cohort.id, version: 1 }));
    await expectNotFound(setCohortArchived(cohort.id, true));
    await expectNotFound(assignAdvisorToCohort({ cohortId: cohort.id, advisorId: advisor.id }));
    await expectNotFound(unassignAdvisorFromCohort({ cohortId: cohort.id, advisorId: advisor.id }));
    await expectNotFound(
      assignAdvisorAction(initialActionState, form({ cohortId: cohort.id, advisorId: advisor.id })),
    );
    const [row] = await getDb().select().from(cohorts).where(eq(cohorts.id, cohort.id));
    expect(row).toMatchObject({ version: 1, archivedAt: null });
    expect(await getDb().$count(cohortAdvisors, eq(cohortAdvisors.cohortId, cohort.id))).toBe(0);
  });

  it("sends a signed-out caller to sign in", async () => {
    await expectRedirect(listCohorts(), "/sign-in");
  });
});

describe("creating and listing cohorts", () => {
  it("lists active cohorts by default, archived ones on request, with counts and advisor names", async () => {
    await signedInAdmin();
    const active = await created(
      cohortInput({ name: "Listing Active", startsOn: "2031-01-10", endsOn: "2031-05-01" }),
    );
    const archived = await created(
      cohortInput({ name: "Listing Archived", startsOn: "2031-01-05", endsOn: "2031-05-01" }),
    );
    await setCohortArchived(archived, true);
    const advisor = await createUser({ role: "advisor", name: "Zoe Guide" });
    const other = await createUser({ role: "advisor", name: "Ann Guide" });
    await assignAdvisorToCohort({ cohortId: active, advisorId: advisor.id });
    await assignAdvisorToCohort({ cohortId: active, advisorId: other.id });
    for (let i = 0; i < 3; i++) await enrolStudent(active, (await createUser()).id);

    const activeList = await listCohorts();
    expect(activeList.find((c) => c.id === active)).toMatchObject({
      name: "Listing Active",
      archived: false,
      studentCount: 3,
      advisorNames: ["Ann Guide", "Zoe Guide"],
    });
    expect(activeList.some((c) => c.id === archived)).toBe(false);
    const archivedList = await listCohorts({ status: "archived" });
    expect(archivedList.map((c) => c.id)).toContain(archived);
    expect(archivedList.every((c) => c.archived)).toBe(true);
    const all = (await listCohorts({ status: "all" })).map((c) => c.id);
    // Latest start first.
    expect(all.indexOf(active)).toBeLessThan(all.indexOf(archived));
  });

  it("refuses a second cohort with the same name and term, ignoring case", async () => {
    await signedInAdmin();
    const input = cohortInput();
    await created(input);
    expect(await createCohortAsAdmin({ ...input, name: input.name.toUpperCase() })).toEqual({
      status: "duplicate-name",
    });
    expect((await createCohortAsAdmin({ ...input, term: "Spring 2027" })).status).toBe("created");
  });

  it("validates names, terms and dates next to their fields", () => {
    const errors = (fields: Record<string, string>) => {
      const result = cohortFields.safeParse(fields);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
    };
    expect(errors({ name: "", term: "", startsOn: "", endsOn: "" })).toEqual({
      name: "Enter the cohort's name",
      term: "Enter the term, for example Fall 2026",
      startsOn: "Enter the start date",
      endsOn: "Enter the end date",
    });
    expect(errors({ name: "A", term: "T", startsOn: "2026-02-30", endsOn: "2026-03-01" })).toEqual({
      startsOn: "Enter the start date as YYYY-MM-DD",
    });
    expect(errors({ name: "A", term: "T", startsOn: "2026-03-02", endsOn: "2026-03-01" })).toEqual({
      endsOn: "The end date can't be before the start date",
    });
    expect(cohortFilterSchema.parse({})).toEqual({ status: "active" });
    expect(cohortFilterSchema.parse({ status: "nonsense" })).toEqual({ status: "active" });
  });

  it("through the action: redirects to the new cohort, or echoes the form with errors", async () => {
    await signedInAdmin();
    const input = cohortInput();
    const error = await createCohortAction(initialActionState, form(input)).catch(
      (e: { digest?: string }) => e,
    );
    const [row] = await getDb().select().from(cohorts).where(eq(cohorts.name, input.name));
    expect((error as { digest?: string }).digest).toContain(`/admin/cohorts/${row!.id}?created=1`);
    const state = await createCohortAction(
      initialActionState,
      form({ ...cohortInput(), endsOn: "2026-01-01", term: "Keep me" }),
    );
    expect(state).toMatchObject({ status: "error", values: { term: "Keep me", endsOn: "2026-01-01" } });
    expect(state.fieldErrors.endsOn).toBeDefined();
  });
});

describe("editing a cohort", () => {
  it("saves with the version it was opened at and refuses a stale one", async () => {
    await signedInAdmin();
    const id = await created();
    const detail = await getCohortForAdmin(id);
    expect(detail).toMatchObject({ version: 1, archived: false, studentCount: 0, advisors: [] });
    const first = await updateCohort({ ...cohortInput({ name: "First tab" }), id, version: 1 });
    expect(first).toEqual({ status: "saved", id, version: 2 });
    expect(await updateCohort({ ...cohortInput({ name: "Second tab" }), id, version: 1 })).toEqual({
      status: "stale",
    });
    expect((await getCohortForAdmin(id)).name).toBe("First tab");

    const state = await updateCohortAction(
      initialActionState,
      form({ ...cohortInput({ name: "Third tab" }), id, version: "1" }),
    );
    expect(state.formError).toMatch(/changed in another tab/);
    expect(state.values.name).toBe("Third tab");
  });

  it("archives and unarchives, moving the version on so an open edit form can't undo it", async () => {
    await signedInAdmin();
    const id = await created();
    await setCohortArchived(id, true);
    expect(await getCohortForAdmin(id)).toMatchObject({ archived: true, version: 2 });
    expect(await updateCohort({ ...cohortInput(), id, version: 1 })).toEqual({ status: "stale" });
    await setCohortArchived(id, false);
    expect(await getCohortForAdmin(id)).toMatchObject({ archived: false, version: 3 });
  });

  it("answers 404 for a cohort that doesn't exist", async () => {
    await signedInAdmin();
    await expectNotFound(getCohortForAdmin("no-such-cohort"));
    await expectNotFound(updateCohort({ ...cohortInput(), id: "no-such-cohort", version: 1 }));
    await expectNotFound(setCohortArchived("no-such-cohort", true));
    await expectNotFound(assignAdvisorToCohort({ cohortId: "no-such-cohort", advisorId: "x" }));
    await expectNotFound(unassignAdvisorFromCohort({ cohortId: "no-such-cohort", advisorId: "x" }));
  });
});

describe("advisor assignments", () => {
  it("assign only active advisors, once, and list who could still be assigned", async () => {
    await signedInAdmin();
    const id = await created();
    const advisor = await createUser({ role: "advisor", name: "Assignable Advisor" });
    const inactive = await createUser({ role: "advisor", active: false });
    const student = await createUser({ role: "student" });
    const admin = await createUser({ role: "admin" });

    expect((await getCohortForAdmin(id)).assignableAdvisors.map((a) => a.id)).toContain(advisor.id);
    expect(await assignAdvisorToCohort({ cohortId: id, advisorId: advisor.id })).toEqual({
      status: "assigned",
    });
    expect(await assignAdvisorToCohort({ cohortId: id, advisorId: advisor.id })).toEqual({
      status: "assigned",
    });
    for (const who of [inactive, student, admin]) {
      expect(await assignAdvisorToCohort({ cohortId: id, advisorId: who.id })).toEqual({
        status: "not-an-advisor",
      });
    }
    expect(await assignAdvisorToCohort({ cohortId: id, advisorId: "nobody" })).toEqual({
      status: "not-an-advisor",
    });
    const detail = await getCohortForAdmin(id);
    expect(detail.advisors.map((a) => a.id)).toEqual([advisor.id]);
    expect(detail.assignableAdvisors.map((a) => a.id)).not.toContain(advisor.id);
    expect(detail.assignableAdvisors.map((a) => a.id)).not.toContain(inactive.id);

    const state = await assignAdvisorAction(
      initialActionState,
      form({ cohortId: id, advisorId: student.id }),
    );
    expect(state.fieldErrors.advisorId?.[0]).toMatch(/Only an active advisor/);
    const empty = await assignAdvisorAction(initialActionState, form({ cohortId: id, advisorId: "" }));
    expect(empty.fieldErrors.advisorId).toEqual(["Choose an advisor"]);

    await unassignAdvisorAction(form({ cohortId: id, advisorId: advisor.id }));
    expect((await getCohortForAdmin(id)).advisors).toEqual([]);
  });

  it("decide access at once: the advisor loses a student right after unassignment and after archive", async () => {
    const cohort = await createCohort();
    const advisor = await createUser({ role: "advisor" });
    const student = await createUser({ role: "student" });
    await enrolStudent(cohort.id, student.id);
    const advisorSession = await createSession(advisor.id);
    const admin = await createUser({ role: "admin" });
    const adminSession = await createSession(admin.id);
    const asAdvisor = () => setRequestCookie(SESSION_COOKIE, advisorSession);
    const asAdmin = () => setRequestCookie(SESSION_COOKIE, adminSession);

    asAdmin();
    expect(await assignAdvisorToCohort({ cohortId: cohort.id, advisorId: advisor.id })).toEqual({
      status: "assigned",
    });
    asAdvisor();
    expect((await listVisibleStudents()).map((s) => s.id)).toEqual([student.id]);
    expect((await requireStudentAccess(student.id, "student.view")).basisCohortId).toBe(cohort.id);

    asAdmin();
    await unassignAdvisorFromCohort({ cohortId: cohort.id, advisorId: advisor.id });
    asAdvisor();
    expect(await listVisibleStudents()).toEqual([]);
    await expectNotFound(requireStudentAccess(student.id, "student.view"));

    asAdmin();
    await assignAdvisorToCohort({ cohortId: cohort.id, advisorId: advisor.id });
    asAdvisor();
    expect((await listVisibleStudents()).map((s) => s.id)).toEqual([student.id]);
    asAdmin();
    await archiveCohortAction(form({ cohortId: cohort.id })).catch(() => {});
    asAdvisor();
    expect(await listVisibleStudents()).toEqual([]);
    await expectNotFound(requireStudentAccess(student.id, "student.view"));

    asAdmin();
    await setCohortArchived(cohort.id, false);
    asAdvisor();
    expect((await listVisibleStudents()).map((s) => s.id)).toEqual([student.id]);
  });

  it("show only people who are advisors now", async () => {
    await signedInAdmin();
    const cohort = await createCohort();
    const former = await createUser({ role: "student" });
    // An assignment left from before a role change (changeRole removes them; this one was inserted directly).
    await assignAdvisor(cohort.id, former.id);
    expect((await getCohortForAdmin(cohort.id)).advisors).toEqual([]);
    expect((await listCohorts()).find((c) => c.id === cohort.id)?.advisorNames).toEqual([]);
  });
});
