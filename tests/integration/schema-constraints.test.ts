import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema/audit";
import { cohortAdvisors, cohorts, cohortStudents } from "@/db/schema/cohorts";
import { invites } from "@/db/schema/invites";
import { users, type Role } from "@/db/schema/users";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { createInvite } from "../factories/invites";
import { createUser, uniqueEmail } from "../factories/users";

// The rules the database itself enforces, whatever the application code does.

type PgError = { code?: string; constraint_name?: string; message: string };

/** The PostgreSQL error behind a rejected query (drizzle wraps the driver's error in `cause`). */
async function pgError(query: PromiseLike<unknown>): Promise<PgError> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return (cause ?? error) as PgError;
  }
  throw new Error("expected the database to refuse the query");
}

const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";
const INSUFFICIENT_PRIVILEGE = "42501";

describe("audit_events is insert-only", () => {
  async function insertEvent() {
    const actor = await createUser({ role: "admin" });
    const [event] = await getDb()
      .insert(auditEvents)
      .values({ actorId: actor.id, actorRole: "admin", action: "test.recorded", details: { n: 1 } })
      .returning();
    return event!;
  }

  it("accepts inserts", async () => {
    const event = await insertEvent();
    const [stored] = await getDb().select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(stored).toMatchObject({ action: "test.recorded", details: { n: 1 } });
  });

  it("refuses UPDATE", async () => {
    const event = await insertEvent();
    const error = await pgError(
      getDb().update(auditEvents).set({ action: "test.rewritten" }).where(eq(auditEvents.id, event.id)),
    );
    expect(error.code).toBe(INSUFFICIENT_PRIVILEGE);
    expect(error.message).toMatch(/insert-only \(UPDATE refused\)/);
    const [stored] = await getDb().select().from(auditEvents).where(eq(auditEvents.id, event.id));
    expect(stored?.action).toBe("test.recorded");
  });

  it("refuses DELETE", async () => {
    const event = await insertEvent();
    const error = await pgError(getDb().delete(auditEvents).where(eq(auditEvents.id, event.id)));
    expect(error.code).toBe(INSUFFICIENT_PRIVILEGE);
    expect(error.message).toMatch(/insert-only \(DELETE refused\)/);
    expect(await getDb().$count(auditEvents, eq(auditEvents.id, event.id))).toBe(1);
  });

  it("refuses TRUNCATE", async () => {
    const event = await insertEvent();
    const error = await pgError(getDb().execute(sql`truncate audit_events`));
    expect(error.code).toBe(INSUFFICIENT_PRIVILEGE);
    expect(error.message).toMatch(/insert-only \(TRUNCATE refused\)/);
    expect(await getDb().$count(auditEvents, eq(auditEvents.id, event.id))).toBe(1);
  });
});

describe("users", () => {
  it("rejects a role outside student/advisor/admin", async () => {
    const error = await pgError(
      getDb()
        .insert(users)
        .values({ email: uniqueEmail(), role: "superuser" as Role }),
    );
    expect(error).toMatchObject({ code: CHECK_VIOLATION, constraint_name: "users_role_check" });
  });

  it("allows one account per email address, ignoring case", async () => {
    const id = randomBytes(4).toString("hex");
    await createUser({ email: `User-${id}@X.com` });
    const error = await pgError(createUser({ email: `user-${id}@x.com` }));
    expect(error).toMatchObject({ code: UNIQUE_VIOLATION, constraint_name: "users_email_lower_idx" });
  });
});

describe("cohorts", () => {
  it("rejects a cohort that ends before it starts", async () => {
    const error = await pgError(createCohort({ startsOn: "2026-05-01", endsOn: "2026-04-30" }));
    expect(error).toMatchObject({ code: CHECK_VIOLATION, constraint_name: "cohorts_dates_check" });
  });

  it("accepts a cohort that starts and ends on the same day", async () => {
    const cohort = await createCohort({ startsOn: "2026-05-01", endsOn: "2026-05-01" });
    expect(cohort.endsOn).toBe("2026-05-01");
  });

  it("deleting a cohort removes its enrolments and advisor assignments, not the people", async () => {
    const cohort = await createCohort();
    const other = await createCohort();
    const advisor = await createUser({ role: "advisor" });
    const student = await createUser({ role: "student" });
    await assignAdvisor(cohort.id, advisor.id);
    await enrolStudent(cohort.id, student.id);
    await assignAdvisor(other.id, advisor.id);
    await enrolStudent(other.id, student.id);

    await getDb().delete(cohorts).where(eq(cohorts.id, cohort.id));

    const db = getDb();
    expect(await db.$count(cohortStudents, eq(cohortStudents.cohortId, cohort.id))).toBe(0);
    expect(await db.$count(cohortAdvisors, eq(cohortAdvisors.cohortId, cohort.id))).toBe(0);
    // The other cohort's rows and the users themselves are untouched.
    expect(await db.$count(cohortStudents, eq(cohortStudents.cohortId, other.id))).toBe(1);
    expect(await db.$count(cohortAdvisors, eq(cohortAdvisors.cohortId, other.id))).toBe(1);
    expect(await db.$count(users, eq(users.id, student.id))).toBe(1);
    expect(await db.$count(users, eq(users.id, advisor.id))).toBe(1);
  });
});

describe("invites", () => {
  it("allows one open invite per email and cohort, and a new one once the first is revoked", async () => {
    const cohort = await createCohort();
    const email = uniqueEmail("invitee");
    const first = await createInvite({ email, cohortId: cohort.id });

    for (const spelling of [email, email.toUpperCase()]) {
      const error = await pgError(createInvite({ email: spelling, cohortId: cohort.id }));
      expect(error).toMatchObject({
        code: UNIQUE_VIOLATION,
        constraint_name: "invites_open_email_cohort_idx",
      });
    }

    await getDb().update(invites).set({ revokedAt: new Date() }).where(eq(invites.id, first.id));
    const second = await createInvite({ email, cohortId: cohort.id });

    expect(second.id).not.toBe(first.id);
    const open = await getDb()
      .select({ id: invites.id })
      .from(invites)
      .where(and(eq(invites.cohortId, cohort.id), sql`${invites.revokedAt} is null`));
    expect(open).toEqual([{ id: second.id }]);
  });
});
