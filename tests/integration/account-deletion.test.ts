import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { deleteAccountAction } from "@/app/(student)/my-data/delete-account/actions";
import { getDb } from "@/db/client";
import { advisorComments, auditEvents, invites, sessions, studentProfiles, users } from "@/db/schema/index";
import { SIGN_IN_DEVICE_COOKIE } from "@/lib/auth/sign-in-device";
import { erasedEmailFor } from "@/lib/data/internal/account-erasure";
import { deleteMyAccount } from "@/lib/data/student/account/delete-account";
import { initialActionState } from "@/lib/validation/action-state";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { createInvite } from "../factories/invites";
import { createSession, signInAs } from "../factories/sessions";
import {
  createCareerField,
  createContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { nextHeadersMock, SESSION_COOKIE, setRequestCookie } from "../setup/next-request";
import { expectNotFound, expectRedirect } from "../support/next-errors";

/** Every table whose foreign key points at users, with how many rows refer to `userId` (audit excluded). */
async function rowsReferring(userId: string): Promise<Record<string, number>> {
  const references = await getDb().execute<{ table_name: string; column_name: string }>(sql`
    select cl.relname as table_name, att.attname as column_name
    from pg_constraint con
    join pg_class cl on cl.oid = con.conrelid
    join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
    where con.contype = 'f' and con.confrelid = 'users'::regclass and cl.relname <> 'audit_events'`);
  const counts: Record<string, number> = {};
  for (const ref of references) {
    const [row] = await getDb().execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(ref.table_name)} where ${sql.identifier(ref.column_name)} = ${userId}`,
    );
    counts[`${ref.table_name}.${ref.column_name}`] = row!.n;
  }
  return counts;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** A student with something in every step, enrolled in a cohort with an advisor who has commented and looked. */
async function studentWithEverything() {
  const cohort = await createCohort();
  const advisor = await createUser({ role: "advisor" });
  await assignAdvisor(cohort.id, advisor.id);
  const student = await createUser({ role: "student" });
  await enrolStudent(cohort.id, student.id);
  await createCareerField(student.id);
  await createOrganization(student.id);
  const contact = await createContact(student.id, { email: "ana@example.test" });
  await createOutreachAttempt(student.id, contact.id);
  await createInterview(student.id, contact.id, { notes: "what Ana said" });
  await createFollowUp(student.id, contact.id);
  await getDb().insert(studentProfiles).values({ studentId: student.id, elevatorPitch: "I study biology" });
  await getDb()
    .insert(advisorComments)
    .values({ studentId: student.id, authorId: advisor.id, body: "Nice work" });
  await createInvite({ email: student.email, cohortId: cohort.id });
  await createSession(student.id);
  // An advisor's earlier look at the student's records: evidence that must survive the deletion.
  await getDb().insert(auditEvents).values({
    actorId: advisor.id,
    actorRole: "advisor",
    action: "student.view",
    subjectUserId: student.id,
    basisCohortId: cohort.id,
  });
  return { cohort, advisor, student };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("a student deletes their own account", () => {
  it("removes everything they own, keeps the audit trail, ends their sessions, and touches nobody else", async () => {
    const { student, advisor } = await studentWithEverything();
    const { student: classmate } = await studentWithEverything();
    const before = await rowsReferring(student.id);
    const classmateBefore = await rowsReferring(classmate.id);
    // The arrangement reaches most tables, or the test proves little.
    expect(Object.values(before).filter((n) => n > 0).length).toBeGreaterThanOrEqual(8);

    await signInAs(student.id);
    expect(await deleteMyAccount(student.email.toUpperCase())).toEqual({ status: "deleted" });

    expect(await rowsReferring(student.id)).toEqual(
      Object.fromEntries(Object.keys(before).map((k) => [k, 0])),
    );
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, student.id))).toHaveLength(0);
    expect(
      await getDb()
        .select()
        .from(invites)
        .where(sql`lower(${invites.email}) = ${student.email.toLowerCase()}`),
    ).toHaveLength(0);
    // The row that remains names nobody and cannot sign in.
    const [tombstone] = await getDb().select().from(users).where(eq(users.id, student.id));
    expect(tombstone).toMatchObject({
      name: "Deleted account",
      email: erasedEmailFor(student.id),
      active: false,
      emailVerified: null,
    });
    expect(tombstone!.deletedAt).toBeInstanceOf(Date);

    const trail = await getDb().select().from(auditEvents).where(eq(auditEvents.subjectUserId, student.id));
    expect(trail.map((e) => e.action).sort()).toEqual(["account.deleted", "student.view"]);
    const deletion = trail.find((e) => e.action === "account.deleted")!;
    expect(deletion).toMatchObject({ actorId: student.id, actorRole: "student" });
    expect(JSON.stringify(deletion.details)).not.toMatch(/Ana|biology|Nice work/);

    expect(await rowsReferring(classmate.id)).toEqual(classmateBefore);
    expect(total(classmateBefore)).toBeGreaterThan(0);
    // The advisor keeps their account; their comment went with the student's records.
    const [advisorRow] = await getDb().select().from(users).where(eq(users.id, advisor.id));
    expect(advisorRow).toMatchObject({ active: true, deletedAt: null });
  });

  it("deletes nothing when the typed address is not theirs", async () => {
    const { student } = await studentWithEverything();
    await signInAs(student.id);
    const before = await rowsReferring(student.id);
    expect(await deleteMyAccount("someone-else@example.test")).toEqual({ status: "confirmation-mismatch" });
    expect(await rowsReferring(student.id)).toEqual(before);
  });

  it.each(["advisor", "admin"] as const)(
    "is refused to an %s, who cannot delete a student either",
    async (role) => {
      const { student } = await studentWithEverything();
      const staff = await createUser({ role });
      const before = await rowsReferring(student.id);
      await signInAs(staff.id);
      await expectNotFound(deleteMyAccount(staff.email));
      await expectNotFound(deleteMyAccount(student.email));
      expect(await rowsReferring(student.id)).toEqual(before);
      const [staffRow] = await getDb().select().from(users).where(eq(users.id, staff.id));
      expect(staffRow).toMatchObject({ active: true, deletedAt: null });
    },
  );

  it("through the form: a wrong address keeps what was typed; the right one signs out and says so", async () => {
    const { student } = await studentWithEverything();
    await signInAs(student.id);
    setRequestCookie(SIGN_IN_DEVICE_COOKIE, "remembered");

    const wrong = await deleteAccountAction(initialActionState, form({ confirmation: "nope@example.test" }));
    expect(wrong.fieldErrors.confirmation?.[0]).toMatch(/isn't your email address/);
    expect(wrong.values).toEqual({ confirmation: "nope@example.test" });

    await expectRedirect(
      deleteAccountAction(initialActionState, form({ confirmation: student.email })),
      "/account-deleted",
    );
    const jar = await nextHeadersMock.cookies();
    expect(jar.get(SESSION_COOKIE)).toBeUndefined();
    expect(jar.get(SIGN_IN_DEVICE_COOKIE)).toBeUndefined();
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, student.id))).toHaveLength(0);
  });
});
