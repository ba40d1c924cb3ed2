import { and, eq, inArray, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { updateInstanceSettingsAction } from "@/app/admin/settings/actions";
import { getDb } from "@/db/client";
import { auditEvents, cohorts, cohortStudents, contacts, instanceSettings, users } from "@/db/schema/index";
import { getInstanceSettings } from "@/lib/data/admin/instance-settings";
import { previewRetentionPurge } from "@/lib/data/admin/retention";
import { unsafeRunRetentionPurge } from "@/lib/data/retention/retention-job";
import { initialActionState } from "@/lib/validation/action-state";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createContact } from "../factories/student-records";
import { createUser } from "../factories/users";
import { resetRequest } from "../setup/next-request";
import { expectNotFound } from "../support/next-errors";

const DAY = 86_400_000;
const now = new Date();

async function archivedCohort(daysAgo: number) {
  const cohort = await createCohort();
  await getDb()
    .update(cohorts)
    .set({ archivedAt: new Date(now.getTime() - daysAgo * DAY) })
    .where(eq(cohorts.id, cohort.id));
  return cohort;
}

async function studentIn(...cohortIds: string[]) {
  const student = await createUser({ role: "student" });
  for (const id of cohortIds) await enrolStudent(id, student.id);
  await createContact(student.id);
  return student;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function setRetentionDays(days: string) {
  const admin = await createUser({ role: "admin" });
  resetRequest();
  await signInAs(admin.id);
  const current = await getInstanceSettings();
  return updateInstanceSettingsAction(
    initialActionState,
    form({
      allowedEmailDomains: current.allowedEmailDomains.join("\n"),
      thankYouDueBusinessDays: String(current.thankYouDueBusinessDays),
      thankYouOverdueDays: String(current.thankYouOverdueDays),
      digestWeekday: String(current.digestWeekday),
      archivedCohortRetentionDays: days,
      version: String(current.version),
    }),
  );
}

describe("the retention period for archived cohorts", () => {
  it("previews exactly who would go, purges only them and only after the period, with an audit row each", async () => {
    const longAgo = await archivedCohort(90);
    const olderStill = await archivedCohort(100);
    const recently = await archivedCohort(30);
    const open = await createCohort();
    const advisor = await createUser({ role: "advisor" });
    await assignAdvisor(longAgo.id, advisor.id);

    const onlyArchivedLongAgo = await studentIn(longAgo.id);
    const twoArchivedLongAgo = await studentIn(longAgo.id, olderStill.id);
    const alsoInOpenCohort = await studentIn(longAgo.id, open.id);
    const archivedRecently = await studentIn(longAgo.id, recently.id);
    const inNoCohort = await studentIn();
    const kept = [alsoInOpenCohort, archivedRecently, inNoCohort, advisor];

    // Unset (the default): nothing is ever purged.
    expect(await unsafeRunRetentionPurge(now)).toEqual({ retentionDays: null, purged: 0 });

    expect((await setRetentionDays("20")).fieldErrors.archivedCohortRetentionDays?.[0]).toMatch(/30 to 3650/);
    expect((await setRetentionDays("60")).status).toBe("success");

    const preview = await previewRetentionPurge(now);
    expect(preview.retentionDays).toBe(60);
    const listed = preview.retentionDays === null ? [] : preview.candidates;
    expect(listed.map((c) => c.id).sort()).toEqual([onlyArchivedLongAgo.id, twoArchivedLongAgo.id].sort());
    // The dry run changed nothing.
    expect(await activeStudents([onlyArchivedLongAgo.id, twoArchivedLongAgo.id])).toHaveLength(2);

    // Forty days ago, the cohorts archived 90 days back were only 50 days archived: not yet.
    expect(await unsafeRunRetentionPurge(new Date(now.getTime() - 40 * DAY))).toEqual({
      retentionDays: 60,
      purged: 0,
    });

    expect(await unsafeRunRetentionPurge(now)).toEqual({ retentionDays: 60, purged: 2 });
    for (const gone of [onlyArchivedLongAgo, twoArchivedLongAgo]) {
      const [row] = await getDb().select().from(users).where(eq(users.id, gone.id));
      expect(row).toMatchObject({ active: false, name: "Deleted account" });
      expect(row!.deletedAt).toBeInstanceOf(Date);
      expect(await getDb().select().from(contacts).where(eq(contacts.studentId, gone.id))).toHaveLength(0);
      expect(
        await getDb().select().from(cohortStudents).where(eq(cohortStudents.studentId, gone.id)),
      ).toHaveLength(0);
      const [audit, ...more] = await getDb()
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.subjectUserId, gone.id));
      expect(more).toHaveLength(0);
      expect(audit).toMatchObject({ action: "account.purged", actorId: null, actorRole: null });
      expect(audit!.details).toMatchObject({ retentionDays: 60 });
    }
    for (const person of kept) {
      const [row] = await getDb().select().from(users).where(eq(users.id, person.id));
      expect(row).toMatchObject({ active: true, deletedAt: null, email: person.email });
    }
    expect(
      await getDb().select().from(contacts).where(eq(contacts.studentId, alsoInOpenCohort.id)),
    ).toHaveLength(1);

    // Run again: nobody left to purge, no second audit row.
    expect(await unsafeRunRetentionPurge(now)).toEqual({ retentionDays: 60, purged: 0 });
    const purgeRows = await getDb()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "account.purged"));
    expect(purgeRows).toHaveLength(2);
    const [settings] = await getDb().select().from(instanceSettings);
    expect(settings?.archivedCohortRetentionDays).toBe(60);
  });

  it.each(["student", "advisor"] as const)("shows the preview to admins only, not to a %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(previewRetentionPurge());
  });
});

async function activeStudents(ids: string[]) {
  return getDb()
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.deletedAt), eq(users.active, true)));
}
