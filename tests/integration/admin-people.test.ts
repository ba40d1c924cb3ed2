import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  changeRoleAction,
  confirmRosterAction,
  inviteAction,
  previewRosterAction,
  revokeInviteAction,
  setActiveAction,
} from "@/app/admin/people/actions";
import { getDb } from "@/db/client";
import { cohortAdvisors, cohorts, cohortStudents, invites, users } from "@/db/schema/index";
import type * as session from "@/lib/auth/session";
import { getViewer, requirePermission } from "@/lib/auth/session";
import { changeRole, listPeople, PEOPLE_PAGE_SIZE, setPersonActive } from "@/lib/data/admin/people";
import {
  invitePerson,
  inviteRoster,
  listPendingInvites,
  previewRosterInvites,
  revokeInvite,
} from "@/lib/data/admin/invites";
import { unsafeAcceptInvitesForNewUser, unsafeMaySignIn } from "@/lib/data/sign-in/eligibility";
import { parseRosterCsv } from "@/lib/domain/roster-csv";
import { initialActionState } from "@/lib/validation/action-state";
import { inviteSchema, peopleFilterSchema } from "@/lib/validation/admin-people";
import { SESSION_COOKIE, setRequestCookie } from "../setup/next-request";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { createInvite } from "../factories/invites";
import { createSession, signInAs } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

// Wrapped, not replaced: every test uses the real check. One test hands back a viewer resolved earlier in
// the request, to stand in for an admin whose own role changed while their request was under way.
vi.mock("@/lib/auth/session", async (importOriginal) => {
  const real = await importOriginal<typeof session>();
  return { ...real, requirePermission: vi.fn(real.requirePermission) };
});

beforeEach(() => {
  vi.mocked(requirePermission).mockClear();
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function signedInAdmin() {
  const admin = await createUser({ role: "admin" });
  await signInAs(admin.id);
  return admin;
}

const filter = (input: Record<string, string> = {}) => peopleFilterSchema.parse(input);

async function roleOf(userId: string) {
  const [row] = await getDb()
    .select({ role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

async function openInvitesFor(email: string) {
  return getDb()
    .select()
    .from(invites)
    .where(
      and(eq(invites.email, email), sql`${invites.acceptedAt} is null and ${invites.revokedAt} is null`),
    );
}

describe("admin people: who may call", () => {
  it.each(["student", "advisor"] as const)("every function answers 404 to a %s", async (role) => {
    const someone = await createUser();
    await signInAs((await createUser({ role })).id);
    const invite = await createInvite({ email: uniqueEmail() });
    await expectNotFound(listPeople(filter()));
    await expectNotFound(invitePerson({ email: uniqueEmail(), role: "student", cohortId: null }));
    await expectNotFound(previewRosterInvites([], { role: "student", cohortId: null }));
    await expectNotFound(inviteRoster({ emails: [uniqueEmail()], role: "student", cohortId: null }));
    await expectNotFound(changeRole({ userId: someone.id, role: "admin" }));
    await expectNotFound(setPersonActive({ userId: someone.id, active: false }));
    await expectNotFound(listPendingInvites());
    await expectNotFound(revokeInvite(invite.id));
    await expectNotFound(inviteAction(initialActionState, form({ email: uniqueEmail(), role: "admin" })));
    await expectNotFound(changeRoleAction(initialActionState, form({ userId: someone.id, role: "admin" })));
    expect(await roleOf(someone.id)).toEqual({ role: "student", active: true });
    expect(await openInvitesFor(invite.email)).toHaveLength(1);
  });

  it("sends a signed-out caller to sign in", async () => {
    await expectRedirect(listPeople(filter()), "/sign-in");
    await expectRedirect(
      setActiveAction(initialActionState, form({ userId: "x", active: "false" })),
      "/sign-in",
    );
  });
});

describe("listing people", () => {
  it("searches name and email, filters by role and status, and pages 25 at a time", async () => {
    const tag = `zq${Date.now().toString(36)}`;
    for (let i = 0; i < PEOPLE_PAGE_SIZE + 3; i++) {
      await createUser({ name: `${tag} Student ${String(i).padStart(2, "0")}` });
    }
    const advisor = await createUser({ role: "advisor", name: `${tag} Advisor` });
    const gone = await createUser({
      role: "advisor",
      email: `${tag}-gone@example.test`,
      name: "Gone",
      active: false,
    });
    await signedInAdmin();

    // Name order, case-insensitive: "Gone" sorts before the "zq…" names.
    const first = await listPeople(filter({ q: tag.toUpperCase() }));
    expect(first).toMatchObject({ total: PEOPLE_PAGE_SIZE + 5, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.items.slice(0, 3).map((p) => p.name)).toEqual([
      "Gone",
      `${tag} Advisor`,
      `${tag} Student 00`,
    ]);
    const second = await listPeople(filter({ q: tag, page: "2" }));
    expect(second.items.map((p) => p.name)).toEqual([23, 24, 25, 26, 27].map((i) => `${tag} Student ${i}`));

    expect((await listPeople(filter({ q: tag, role: "advisor" }))).items.map((p) => p.id)).toEqual([
      gone.id,
      advisor.id,
    ]);
    expect((await listPeople(filter({ q: tag, status: "inactive" }))).items.map((p) => p.id)).toEqual([
      gone.id,
    ]);
    expect(
      (await listPeople(filter({ q: tag, status: "active", role: "advisor" }))).items.map((p) => p.id),
    ).toEqual([advisor.id]);
    expect((await listPeople(filter({ q: `${tag}-gone@` }))).items.map((p) => p.id)).toEqual([gone.id]);
    // The user's % is a character to find, not a wildcard.
    expect((await listPeople(filter({ q: `${tag}%` }))).total).toBe(0);
  });

  it("shows each person's current cohorts and marks the admin's own row", async () => {
    const cohort = await createCohort({ name: "Spring Studio" });
    const archived = await createCohort({ name: "Old Studio" });
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, archived.id));
    const student = await createUser({ name: "Cohort Member" });
    const advisor = await createUser({ role: "advisor", name: "Cohort Guide" });
    await enrolStudent(cohort.id, student.id);
    await enrolStudent(archived.id, student.id);
    await assignAdvisor(cohort.id, advisor.id);
    const admin = await signedInAdmin();
    const byId = new Map((await listPeople(filter({ q: "Cohort " }))).items.map((p) => [p.id, p]));
    expect(byId.get(student.id)?.cohortNames).toEqual(["Spring Studio"]);
    expect(byId.get(advisor.id)?.cohortNames).toEqual(["Spring Studio"]);
    const me = (await listPeople(filter({ q: admin.email }))).items[0];
    expect(me).toMatchObject({ id: admin.id, isYou: true, cohortNames: [] });
  });

  it("reads nonsense in the URL as no filter", () => {
    expect(filter({ role: "superuser", status: "maybe", page: "-3", q: "  " })).toEqual({
      q: undefined,
      role: undefined,
      status: undefined,
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });
});

describe("inviting one person", () => {
  it("creates an open invite that lets the address sign in and sets role and cohort at first sign-in", async () => {
    const admin = await signedInAdmin();
    const cohort = await createCohort();
    const email = uniqueEmail("newcomer");
    const outcome = await invitePerson({ email, role: "student", cohortId: cohort.id });
    expect(outcome.status).toBe("invited");
    const [invite] = await openInvitesFor(email);
    expect(invite).toMatchObject({ role: "student", cohortId: cohort.id, invitedById: admin.id });
    const days = (invite!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);
    expect(await unsafeMaySignIn(email, [])).toBe(true);

    const user = await createUser({ email });
    await unsafeAcceptInvitesForNewUser(user.id, email);
    expect(await getDb().$count(cohortStudents, eq(cohortStudents.studentId, user.id))).toBe(1);
  });

  it("renews an open invite to the same cohort instead of making a second", async () => {
    await signedInAdmin();
    const email = uniqueEmail();
    const stale = await createInvite({ email, role: "student", expiresAt: new Date(Date.now() - 1000) });
    expect(await unsafeMaySignIn(email, [])).toBe(false);
    const outcome = await invitePerson({ email, role: "advisor", cohortId: null });
    expect(outcome).toEqual({ status: "renewed", id: stale.id });
    const open = await openInvitesFor(email);
    expect(open).toHaveLength(1);
    expect(open[0]?.role).toBe("advisor");
    expect(await unsafeMaySignIn(email, [])).toBe(true);
  });

  it("reports an address that already has an account, whatever its case", async () => {
    await signedInAdmin();
    const existing = await createUser({ role: "advisor" });
    expect(
      await invitePerson({ email: existing.email.toLowerCase(), role: "student", cohortId: null }),
    ).toEqual({
      status: "already-registered",
      role: "advisor",
      active: true,
    });
    const state = await inviteAction(
      initialActionState,
      form({ email: existing.email.toUpperCase(), role: "student" }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors.email?.[0]).toMatch(/already has an account as an advisor/);
    expect(state.values.email).toBe(existing.email.toUpperCase());
    expect(await openInvitesFor(existing.email)).toEqual([]);
  });

  it("refuses an archived or unknown cohort", async () => {
    await signedInAdmin();
    const cohort = await createCohort();
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, cohort.id));
    const email = uniqueEmail();
    expect(await invitePerson({ email, role: "student", cohortId: cohort.id })).toEqual({
      status: "unknown-cohort",
    });
    expect(await invitePerson({ email, role: "student", cohortId: "no-such-cohort" })).toEqual({
      status: "unknown-cohort",
    });
    const state = await inviteAction(
      initialActionState,
      form({ email, role: "student", cohortId: cohort.id }),
    );
    expect(state.fieldErrors.cohortId?.[0]).toMatch(/archived cohort/);
    expect(await openInvitesFor(email)).toEqual([]);
  });

  it("validates the form: an address, a role, and a cohort only for students", async () => {
    const problems = (fields: Record<string, string>) => {
      const result = inviteSchema.safeParse(fields);
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
    };
    expect(problems({ email: "", role: "student" })).toEqual({ email: "Enter their email address" });
    expect(problems({ email: "two@x.edu, three@y.edu", role: "student" }).email).toMatch(/single email/);
    expect(problems({ email: "a@uni.edu", role: "wizard" }).role).toMatch(/Choose student, advisor or admin/);
    expect(problems({ email: "a@uni.edu", role: "advisor", cohortId: "c1" }).cohortId).toMatch(
      /Only students/,
    );
    expect(inviteSchema.parse({ email: " Ada@Uni.EDU ", role: "student", cohortId: "" })).toEqual({
      email: "ada@uni.edu",
      role: "student",
      cohortId: null,
    });
  });

  it("through the action: says what happened and keeps role and cohort for the next invite", async () => {
    await signedInAdmin();
    const cohort = await createCohort();
    const email = uniqueEmail();
    const state = await inviteAction(
      initialActionState,
      form({ email, role: "student", cohortId: cohort.id }),
    );
    expect(state).toMatchObject({ status: "success", values: { role: "student", cohortId: cohort.id } });
    expect(state.notice).toContain(`${email} is invited`);
    const bad = await inviteAction(initialActionState, form({ email: "not an address", role: "student" }));
    expect(bad).toMatchObject({ status: "error", values: { email: "not an address" } });
    expect(bad.fieldErrors.email).toBeDefined();
  });
});

describe("inviting from a roster CSV", () => {
  async function rosterFixture() {
    const cohort = await createCohort({ name: "Roster Cohort" });
    const registered = await createUser({ role: "advisor" });
    const invited = uniqueEmail("invited");
    await createInvite({ email: invited, cohortId: cohort.id });
    const fresh = [uniqueEmail("fresh"), uniqueEmail("fresh")];
    const csv = [
      "Name,Email,Student ID",
      `Ada,${fresh[0]!.toUpperCase()},1`,
      "Bad,not-an-address,2",
      `Reg,${registered.email},3`,
      `Inv,${invited},4`,
      `Dup,${fresh[0]},5`,
      `Bo,${fresh[1]},6`,
    ].join("\n");
    return { cohort, registered, invited, fresh, csv };
  }

  it("previews every row: new, already invited, already registered, malformed, repeated", async () => {
    await signedInAdmin();
    const { cohort, registered, invited, fresh, csv } = await rosterFixture();
    const parsed = parseRosterCsv(csv);
    if (!parsed.ok) throw new Error(parsed.message);
    const preview = await previewRosterInvites(parsed.rows, { role: "student", cohortId: cohort.id });
    if ("status" in preview) throw new Error(preview.status);
    expect(preview.cohortName).toBe("Roster Cohort");
    expect(preview.rows.map((r) => [r.line, r.email, r.status, r.currentRole])).toEqual([
      [2, fresh[0], "invite", null],
      [3, "not-an-address", "malformed", null],
      [4, registered.email, "already-registered", "advisor"],
      [5, invited, "already-invited", null],
      [6, fresh[0], "duplicate-in-file", null],
      [7, fresh[1], "invite", null],
    ]);
    // Previewing saves nothing.
    expect(await openInvitesFor(fresh[0]!)).toEqual([]);
  });

  it("invites the new addresses, renews open invites, skips accounts, and is safe to repeat", async () => {
    await signedInAdmin();
    const { cohort, registered, invited, fresh } = await rosterFixture();
    const emails = [...fresh, invited, registered.email, "not-an-address"];
    expect(await inviteRoster({ emails, role: "student", cohortId: cohort.id })).toEqual({
      invited: 2,
      renewed: 1,
      alreadyRegistered: 1,
      invalid: 1,
    });
    expect(await inviteRoster({ emails, role: "student", cohortId: cohort.id })).toEqual({
      invited: 0,
      renewed: 3,
      alreadyRegistered: 1,
      invalid: 1,
    });
    for (const email of [...fresh, invited]) {
      expect(await openInvitesFor(email), email).toHaveLength(1);
    }
    expect(await openInvitesFor(registered.email)).toEqual([]);
  });

  it("through the actions: a preview, then the invites; a bad file is explained next to the field", async () => {
    await signedInAdmin();
    const { cohort, fresh, csv } = await rosterFixture();
    const upload = (text: string, name = "roster.csv") => {
      const data = form({ role: "student", cohortId: cohort.id });
      data.set("file", new File([text], name, { type: "text/csv" }));
      return data;
    };
    const preview = await previewRosterAction(initialActionState, upload(csv));
    expect(preview.status).toBe("success");
    expect(preview.preview?.rows.filter((r) => r.status === "invite")).toHaveLength(2);

    const wrongType = await previewRosterAction(initialActionState, upload(csv, "roster.xlsx"));
    expect(wrongType.fieldErrors.file?.[0]).toMatch(/isn't a CSV/);
    const noColumn = await previewRosterAction(initialActionState, upload("Name,ID\nAda,1\n"));
    expect(noColumn.fieldErrors.file?.[0]).toMatch(/email column/);
    const advisorsIntoCohort = await previewRosterAction(
      initialActionState,
      (() => {
        const data = upload(csv);
        data.set("role", "advisor");
        return data;
      })(),
    );
    expect(advisorsIntoCohort.fieldErrors.cohortId?.[0]).toMatch(/Only students/);

    const confirm = form({ role: "student", cohortId: cohort.id, emails: JSON.stringify(fresh) });
    const done = await confirmRosterAction(initialActionState, confirm);
    expect(done.result).toEqual({ invited: 2, renewed: 0, alreadyRegistered: 0, invalid: 0 });
    const tampered = await confirmRosterAction(
      initialActionState,
      form({ role: "student", emails: "not json" }),
    );
    expect(tampered.formError).toMatch(/Upload the file again/);
  });
});

describe("changing a role", () => {
  it("applies on the person's next request", async () => {
    const person = await createUser({ role: "student" });
    const token = await createSession(person.id);
    await signedInAdmin();
    expect(await changeRole({ userId: person.id, role: "advisor" })).toEqual({ status: "saved" });
    setRequestCookie(SESSION_COOKIE, token);
    expect((await getViewer())?.role).toBe("advisor");
  });

  it("is refused for the admin's own account", async () => {
    const admin = await signedInAdmin();
    expect(await changeRole({ userId: admin.id, role: "student" })).toEqual({ status: "own-account" });
    const state = await changeRoleAction(initialActionState, form({ userId: admin.id, role: "student" }));
    expect(state.formError).toMatch(/can't change your own account/);
    expect((await roleOf(admin.id))?.role).toBe("admin");
  });

  it("takes an advisor who stops being one off their cohorts", async () => {
    const advisor = await createUser({ role: "advisor" });
    const cohort = await createCohort();
    await assignAdvisor(cohort.id, advisor.id);
    await signedInAdmin();
    await changeRole({ userId: advisor.id, role: "student" });
    expect(await getDb().$count(cohortAdvisors, eq(cohortAdvisors.advisorId, advisor.id))).toBe(0);
  });

  it("lets one admin demote another while another admin remains", async () => {
    const other = await createUser({ role: "admin" });
    await signedInAdmin();
    expect(await changeRole({ userId: other.id, role: "advisor" })).toEqual({ status: "saved" });
    expect((await roleOf(other.id))?.role).toBe("advisor");
  });

  it("answers 404 for someone who doesn't exist", async () => {
    await signedInAdmin();
    await expectNotFound(changeRole({ userId: "nobody", role: "advisor" }));
  });
});

describe("the last active admin", () => {
  /**
   * Admins A and B are the only active admins. B demotes A, but A's request resolved A as an admin before
   * that, and goes on to demote or deactivate B. The change is decided under a lock, so it is refused.
   */
  async function raceSetup() {
    const a = await createUser({ role: "admin" });
    const b = await createUser({ role: "admin" });
    await signInAs(a.id);
    const viewerA = await getViewer();
    // Leave only A and B as active admins in this file's database.
    await getDb()
      .update(users)
      .set({ active: false })
      .where(and(eq(users.role, "admin"), sql`${users.id} not in (${a.id}, ${b.id})`));
    await getDb().update(users).set({ role: "student" }).where(eq(users.id, a.id));
    vi.mocked(requirePermission).mockResolvedValueOnce(viewerA!);
    return { a, b };
  }

  it("can't be demoted", async () => {
    const { b } = await raceSetup();
    expect(await changeRole({ userId: b.id, role: "student" })).toEqual({ status: "last-admin" });
    expect(await roleOf(b.id)).toEqual({ role: "admin", active: true });
  });

  it("can't be deactivated", async () => {
    const { b } = await raceSetup();
    expect(await setPersonActive({ userId: b.id, active: false })).toEqual({ status: "last-admin" });
    expect(await roleOf(b.id)).toEqual({ role: "admin", active: true });
  });
});

describe("deactivating and reactivating", () => {
  it("ends a live session at once, and reactivating does not revive it", async () => {
    const student = await createUser({ role: "student" });
    const studentSession = await createSession(student.id);
    const admin = await createUser({ role: "admin" });
    const adminSession = await createSession(admin.id);

    setRequestCookie(SESSION_COOKIE, studentSession);
    expect((await getViewer())?.id).toBe(student.id);

    setRequestCookie(SESSION_COOKIE, adminSession);
    const state = await setActiveAction(initialActionState, form({ userId: student.id, active: "false" }));
    expect(state.status).toBe("success");

    // The same session token, created before the deactivation: no viewer any more.
    setRequestCookie(SESSION_COOKIE, studentSession);
    expect(await getViewer()).toBeNull();
    expect(await unsafeMaySignIn(student.email, [])).toBe(false);

    setRequestCookie(SESSION_COOKIE, adminSession);
    expect(await setPersonActive({ userId: student.id, active: true })).toEqual({ status: "saved" });
    setRequestCookie(SESSION_COOKIE, studentSession);
    expect(await getViewer()).toBeNull();
    expect(await unsafeMaySignIn(student.email, [])).toBe(true);
  });

  it("is refused for the admin's own account", async () => {
    const admin = await signedInAdmin();
    expect(await setPersonActive({ userId: admin.id, active: false })).toEqual({ status: "own-account" });
    expect((await roleOf(admin.id))?.active).toBe(true);
  });
});

describe("pending invites", () => {
  it("lists open invites newest first, marks expired ones, and leaves out accepted and revoked", async () => {
    const cohort = await createCohort({ name: "Invite Cohort" });
    const admin = await signedInAdmin();
    const expired = await createInvite({
      email: uniqueEmail("expired"),
      expiresAt: new Date(Date.now() - 1000),
    });
    const open = await createInvite({
      email: uniqueEmail("open"),
      cohortId: cohort.id,
      invitedById: admin.id,
    });
    const accepted = await createInvite({ email: uniqueEmail("accepted") });
    await getDb().update(invites).set({ acceptedAt: new Date() }).where(eq(invites.id, accepted.id));
    const revoked = await createInvite({ email: uniqueEmail("revoked") });
    await revokeInvite(revoked.id);

    const { items } = await listPendingInvites();
    const ids = items.map((i) => i.id);
    expect(ids).toContain(open.id);
    expect(ids).toContain(expired.id);
    expect(ids).not.toContain(accepted.id);
    expect(ids).not.toContain(revoked.id);
    expect(ids.indexOf(open.id)).toBeLessThan(ids.indexOf(expired.id));
    expect(items.find((i) => i.id === open.id)).toMatchObject({
      cohortName: "Invite Cohort",
      invitedByName: admin.name,
      expired: false,
    });
    expect(items.find((i) => i.id === expired.id)?.expired).toBe(true);
  });

  it("are revoked: the address can't sign in through it; a second revoke is harmless", async () => {
    await signedInAdmin();
    const invite = await createInvite({ email: uniqueEmail() });
    expect(await unsafeMaySignIn(invite.email, [])).toBe(true);
    await revokeInviteAction(form({ inviteId: invite.id }));
    expect(await unsafeMaySignIn(invite.email, [])).toBe(false);
    const [revoked] = await getDb().select().from(invites).where(eq(invites.id, invite.id));
    await revokeInvite(invite.id);
    const [again] = await getDb().select().from(invites).where(eq(invites.id, invite.id));
    expect(again?.revokedAt).toEqual(revoked?.revokedAt);
    await expectNotFound(revokeInvite("no-such-invite"));
  });
});
