import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { cohorts, users } from "@/db/schema/index";
import { getViewer } from "@/lib/auth/session";
import { getAdminOverview } from "@/lib/data/admin/overview";
import { listMyCohorts } from "@/lib/data/advisor/my-cohorts";
import { getStudentOverview } from "@/lib/data/student/home/overview";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

describe("who is calling", () => {
  it("is nobody without a session", async () => {
    expect(await getViewer()).toBeNull();
    await expectRedirect(getStudentOverview(), "/sign-in");
  });

  it("is the session's user, reloaded from the database", async () => {
    const student = await createUser({ role: "student", name: "Ada" });
    await signInAs(student.id);
    expect(await getViewer()).toMatchObject({ id: student.id, name: "Ada", role: "student" });
  });

  it("is nobody once the user is deactivated, though the session row lives on", async () => {
    const student = await createUser({ role: "student" });
    await signInAs(student.id);
    await getDb().update(users).set({ active: false }).where(eq(users.id, student.id));
    expect(await getViewer()).toBeNull();
    await expectRedirect(getStudentOverview(), "/sign-in");
  });

  it("sees a role change on the next request", async () => {
    const person = await createUser({ role: "student" });
    await signInAs(person.id);
    await getDb().update(users).set({ role: "advisor" }).where(eq(users.id, person.id));
    await expectNotFound(getStudentOverview());
    await expect(listMyCohorts()).resolves.toEqual([]);
  });
});

describe("student home", () => {
  it("lists only the student's own cohorts", async () => {
    const [mine, other] = [await createCohort({ name: "Mine" }), await createCohort({ name: "Other" })];
    const student = await createUser({ role: "student" });
    const classmate = await createUser({ role: "student" });
    await enrolStudent(mine.id, student.id);
    await enrolStudent(other.id, classmate.id);
    await signInAs(student.id);
    const overview = await getStudentOverview();
    expect(overview.cohorts.map((c) => c.name)).toEqual(["Mine"]);
  });

  it.each(["advisor", "admin"] as const)("answers 404 to an %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(getStudentOverview());
  });
});

describe("advisor home", () => {
  it("lists assigned, unarchived cohorts with their student counts, and nothing else", async () => {
    const advisor = await createUser({ role: "advisor" });
    const assigned = await createCohort({ name: "Assigned" });
    const archived = await createCohort({ name: "Archived" });
    await createCohort({ name: "Someone else's" });
    await assignAdvisor(assigned.id, advisor.id);
    await assignAdvisor(archived.id, advisor.id);
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, archived.id));
    for (let i = 0; i < 3; i++) await enrolStudent(assigned.id, (await createUser()).id);

    await signInAs(advisor.id);
    const list = await listMyCohorts();
    expect(list.map((c) => [c.name, c.studentCount])).toEqual([["Assigned", 3]]);
  });

  it.each(["student", "admin"] as const)("answers 404 to a %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listMyCohorts());
  });
});

describe("admin home", () => {
  it("counts people by role and activity", async () => {
    // Other tests in this file share the database: compare against a count taken first.
    await signInAs((await createUser({ role: "admin" })).id);
    const before = (await getAdminOverview()).people;
    await createUser({ role: "student" });
    await createUser({ role: "student", active: false });
    await createUser({ role: "advisor" });
    const after = (await getAdminOverview()).people;
    expect(after).toEqual({
      students: before.students + 1,
      advisors: before.advisors + 1,
      admins: before.admins,
      inactive: before.inactive + 1,
    });
  });

  it.each(["student", "advisor"] as const)("answers 404 to a %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(getAdminOverview());
  });
});
