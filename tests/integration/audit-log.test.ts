import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema/index";
import { requireStudentAccess } from "@/lib/data/advisor/access";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/data/admin/audit-log";
import { listViewsOfMyRecords } from "@/lib/data/student/my-data/record-views";
import { auditLogFilterSchema } from "@/lib/validation/audit-log";
import { SESSION_COOKIE, setRequestCookie } from "../setup/next-request";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { createSession, signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

// Audit rows are arranged by direct insert (the table only takes inserts), so each test picks its times.

type Event = typeof auditEvents.$inferInsert;

async function record(events: Event[]) {
  return getDb().insert(auditEvents).values(events).returning({ id: auditEvents.id });
}

const filter = (input: Record<string, string> = {}) => auditLogFilterSchema.parse(input);

async function signedInAdmin() {
  const admin = await createUser({ role: "admin" });
  await signInAs(admin.id);
  return admin;
}

describe("audit log: who may call", () => {
  it.each(["student", "advisor"] as const)("the admin browser answers 404 to a %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listAuditEvents(filter()));
  });

  it.each(["advisor", "admin"] as const)("“views of my records” answers 404 to an %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listViewsOfMyRecords());
  });

  it("sends a signed-out caller to sign in", async () => {
    await expectRedirect(listAuditEvents(filter()), "/sign-in");
    await expectRedirect(listViewsOfMyRecords(), "/sign-in");
  });
});

describe("browsing the audit log", () => {
  async function scene() {
    const tag = Date.now().toString(36);
    const cohort = await createCohort({ name: `Audit Cohort ${tag}` });
    const advisor = await createUser({ role: "advisor", name: `Avery Audit ${tag}` });
    const student = await createUser({ role: "student", name: `Sam Subject ${tag}` });
    const other = await createUser({ role: "student", name: `Other Subject ${tag}` });
    const [late, early, export_] = await record([
      {
        actorId: advisor.id,
        actorRole: "advisor",
        action: "student.view",
        subjectUserId: student.id,
        basisCohortId: cohort.id,
        requestId: "req-late",
        createdAt: new Date("2030-01-02T00:30:00Z"),
      },
      {
        actorId: advisor.id,
        actorRole: "advisor",
        action: "interview.view",
        subjectUserId: other.id,
        basisCohortId: cohort.id,
        requestId: "req-early",
        createdAt: new Date("2030-01-01T23:30:00Z"),
      },
      {
        actorId: student.id,
        actorRole: "student",
        action: "my-data.export",
        subjectUserId: student.id,
        basisCohortId: null,
        createdAt: new Date("2029-12-30T12:00:00Z"),
      },
    ]);
    return { tag, cohort, advisor, student, other, late: late!.id, early: early!.id, export_: export_!.id };
  }

  it("shows who did what to whose records, through which cohort, newest first", async () => {
    await signedInAdmin();
    const s = await scene();
    const { items } = await listAuditEvents(filter({ actor: `Avery Audit ${s.tag}` }));
    expect(items).toEqual([
      {
        id: s.late,
        at: new Date("2030-01-02T00:30:00Z"),
        action: "student.view",
        actor: { id: s.advisor.id, name: s.advisor.name, email: s.advisor.email, role: "advisor" },
        student: { id: s.student.id, name: s.student.name, email: s.student.email },
        basisCohortName: s.cohort.name,
        requestId: "req-late",
      },
      expect.objectContaining({ id: s.early, action: "interview.view", requestId: "req-early" }),
    ]);
  });

  it("filters by actor, student (name or email), action and whole UTC days", async () => {
    await signedInAdmin();
    const s = await scene();
    const ids = async (input: Record<string, string>) =>
      (await listAuditEvents(filter({ student: s.tag, ...input }))).items.map((e) => e.id);
    expect(await ids({})).toEqual([s.late, s.early, s.export_]);
    expect(await ids({ student: s.student.email.toUpperCase() })).toEqual([s.late, s.export_]);
    expect(await ids({ actor: s.student.email })).toEqual([s.export_]);
    expect(await ids({ action: "interview.view" })).toEqual([s.early]);
    expect(await ids({ action: "no.such-action" })).toEqual([]);
    expect(await ids({ from: "2030-01-02" })).toEqual([s.late]);
    expect(await ids({ to: "2030-01-01" })).toEqual([s.early, s.export_]);
    expect(await ids({ from: "2030-01-01", to: "2030-01-01" })).toEqual([s.early]);
  });

  it("pages 50 at a time", async () => {
    await signedInAdmin();
    const student = await createUser({ role: "student", name: `Paged ${Date.now().toString(36)}` });
    await record(
      Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        action: "student.view",
        subjectUserId: student.id,
        createdAt: new Date(Date.UTC(2031, 0, 1, 0, i)),
      })),
    );
    const first = await listAuditEvents(filter({ student: student.email }));
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, pageCount: 2 });
    expect(first.items).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.items[0]).toMatchObject({ actor: null, basisCohortName: null });
    const second = await listAuditEvents(filter({ student: student.email, page: "2" }));
    expect(second.items.map((e) => e.at.toISOString())).toEqual(
      [4, 3, 2, 1, 0].map((m) => new Date(Date.UTC(2031, 0, 1, 0, m)).toISOString()),
    );
  });

  it("reads impossible dates and unknown filters in the URL as no filter", () => {
    expect(filter({ from: "2030-02-30", to: "yesterday", action: "DROP TABLE", page: "x" })).toEqual({
      actor: undefined,
      student: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });
});

describe("views of my records", () => {
  it("shows the student who looked at their records, when, and through which cohort: others only", async () => {
    const cohort = await createCohort({ name: "Viewing Cohort" });
    const advisor = await createUser({ role: "advisor", name: "Vera Viewer" });
    const student = await createUser({ role: "student" });
    const classmate = await createUser({ role: "student" });
    await assignAdvisor(cohort.id, advisor.id);
    await enrolStudent(cohort.id, student.id);
    await enrolStudent(cohort.id, classmate.id);

    // The advisor opens both students' records through the real access check, which writes the rows.
    setRequestCookie(SESSION_COOKIE, await createSession(advisor.id));
    await requireStudentAccess(student.id, "student.view");
    await requireStudentAccess(classmate.id, "student.view");
    // The student's own export is about them but not a view by someone else.
    await record([
      { actorId: student.id, actorRole: "student", action: "my-data.export", subjectUserId: student.id },
    ]);

    setRequestCookie(SESSION_COOKIE, await createSession(student.id));
    const views = await listViewsOfMyRecords();
    expect(views.total).toBe(1);
    expect(views.items).toEqual([
      {
        id: expect.any(Number),
        at: expect.any(Date),
        action: "student.view",
        viewerName: "Vera Viewer",
        viewerRole: "advisor",
        cohortName: "Viewing Cohort",
      },
    ]);
    // Names only: the viewer's email address is not part of what the student gets.
    expect(JSON.stringify(views)).not.toContain(advisor.email);
  });

  it("is empty for a student nobody has looked at", async () => {
    await signInAs((await createUser({ role: "student" })).id);
    expect(await listViewsOfMyRecords()).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });
});
