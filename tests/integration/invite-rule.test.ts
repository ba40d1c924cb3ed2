import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { invites } from "@/db/schema/index";
import { invitePerson, inviteRoster, listPendingInvites } from "@/lib/data/admin/invites";
import { listPendingInvites as listCohortInvites } from "@/lib/data/advisor/cohorts/pending-invites";
import { importRoster } from "@/lib/data/advisor/cohorts/roster";
import { unsafeAcceptInvitesForNewUser, unsafeMaySignIn } from "@/lib/data/sign-in/eligibility";
import { inviteState } from "@/lib/domain/invites";
import { assignAdvisor, createCohort } from "../factories/cohorts";
import { createInvite } from "../factories/invites";
import { signInAs } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";

// One rule decides who without an account may sign in: an open invite, i.e. neither accepted nor revoked
// nor expired (lib/domain/invites.ts, and openInvite() in lib/data/internal/invites/invites.ts). Sign-in, accepting
// invites, the admin's and the advisor's lists, and every way of inviting again follow it.

const DAY = 86_400_000;

async function inviteIn(state: "open" | "expired" | "accepted" | "revoked", cohortId: string | null = null) {
  const email = uniqueEmail(state);
  const invite = await createInvite({
    email,
    cohortId,
    expiresAt: new Date(Date.now() + (state === "expired" ? -DAY : DAY)),
  });
  if (state === "accepted" || state === "revoked") {
    await getDb()
      .update(invites)
      .set(state === "accepted" ? { acceptedAt: new Date() } : { revokedAt: new Date() })
      .where(eq(invites.id, invite.id));
  }
  return { email, id: invite.id };
}

async function rowOf(id: string) {
  const [row] = await getDb().select().from(invites).where(eq(invites.id, id));
  return row!;
}

describe("the open-invite rule", () => {
  it("lets only an open invite sign in, and the domain rule agrees with the database", async () => {
    for (const state of ["open", "expired", "accepted", "revoked"] as const) {
      const { email, id } = await inviteIn(state);
      expect(await unsafeMaySignIn(email, []), state).toBe(state === "open");
      // Whatever the case the address is typed in.
      expect(await unsafeMaySignIn(email.toUpperCase(), []), state).toBe(state === "open");
      expect(inviteState(await rowOf(id)), state).toBe(state);
    }
  });

  it("applies only an open invite at first sign-in", async () => {
    const cohort = await createCohort();
    for (const state of ["open", "expired", "revoked"] as const) {
      const { email, id } = await inviteIn(state, cohort.id);
      const user = await createUser({ email });
      await unsafeAcceptInvitesForNewUser(user.id, email.toUpperCase());
      expect((await rowOf(id)).acceptedAt !== null, state).toBe(state === "open");
    }
  });

  it("lists open and expired invites as pending, for admins and advisors alike, and never used ones", async () => {
    const cohort = await createCohort();
    const made = await Promise.all(
      (["open", "expired", "accepted", "revoked"] as const).map(async (state) => ({
        state,
        ...(await inviteIn(state, cohort.id)),
      })),
    );
    const admin = await createUser({ role: "admin" });
    await signInAs(admin.id);
    const adminIds = new Set((await listPendingInvites()).items.map((i) => i.id));
    const advisor = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, advisor.id);
    await signInAs(advisor.id);
    const advisorIds = new Set((await listCohortInvites(cohort.id)).map((i) => i.id));
    for (const { state, id } of made) {
      const pending = state === "open" || state === "expired";
      expect(adminIds.has(id), `admin, ${state}`).toBe(pending);
      expect(advisorIds.has(id), `advisor, ${state}`).toBe(pending);
    }
  });
});

describe("inviting again", () => {
  it("renews an expired invite in place, from an admin's invite, an admin's roster or an advisor's roster", async () => {
    const cohort = await createCohort();
    const admin = await createUser({ role: "admin" });
    const advisor = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, advisor.id);

    const single = await inviteIn("expired");
    const listed = await inviteIn("expired", cohort.id);
    const rostered = await inviteIn("expired", cohort.id);

    await signInAs(admin.id);
    expect(await invitePerson({ email: single.email, role: "student", cohortId: null })).toEqual({
      status: "renewed",
      id: single.id,
    });
    expect(
      await inviteRoster({ emails: [listed.email], role: "student", cohortId: cohort.id }),
    ).toMatchObject({ invited: 0, renewed: 1 });
    await signInAs(advisor.id);
    const outcome = await importRoster(cohort.id, `email\n${rostered.email}\n`, { mailInvitees: false });
    expect(outcome).toMatchObject({ ok: true, result: { invited: 1, alreadyInvited: 0 } });

    for (const { id, email } of [single, listed, rostered]) {
      const row = await rowOf(id);
      expect(inviteState(row), email).toBe("open");
      expect(await unsafeMaySignIn(email, []), email).toBe(true);
      expect(await getDb().$count(invites, eq(invites.email, email)), email).toBe(1);
    }
    expect((await rowOf(rostered.id)).expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * DAY);
    expect((await rowOf(single.id)).expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(14 * DAY);
  });

  it("never reopens an accepted or revoked invite: a new one is made beside it", async () => {
    const admin = await createUser({ role: "admin" });
    await signInAs(admin.id);
    for (const state of ["accepted", "revoked"] as const) {
      const old = await inviteIn(state);
      const outcome = await invitePerson({ email: old.email, role: "student", cohortId: null });
      expect(outcome.status, state).toBe("invited");
      expect(inviteState(await rowOf(old.id)), state).toBe(state);
      expect(await unsafeMaySignIn(old.email, []), state).toBe(true);
    }
  });

  it("leaves an advisor's open invite as it is, and counts the address as already invited", async () => {
    const cohort = await createCohort();
    const advisor = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, advisor.id);
    const open = await inviteIn("open", cohort.id);
    const before = await rowOf(open.id);
    await signInAs(advisor.id);
    const outcome = await importRoster(cohort.id, `email\n${open.email}\n`, { mailInvitees: false });
    expect(outcome).toMatchObject({ ok: true, result: { invited: 0, alreadyInvited: 1 } });
    expect((await rowOf(open.id)).expiresAt).toEqual(before.expiresAt);
  });
});
