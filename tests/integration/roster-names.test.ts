import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { confirmRosterAction } from "@/app/admin/people/actions";
import { adminRosterView } from "@/app/admin/people/roster-view";
import { importRosterAction, previewRosterAction } from "@/app/advisor/cohorts/[cohortId]/enrol/actions";
import { getDb } from "@/db/client";
import { invites, users } from "@/db/schema/index";
import { previewRosterInvites } from "@/lib/data/admin/invites";
import { unsafeAcceptInvitesForNewUser } from "@/lib/data/sign-in/eligibility";
import { parseRosterCsv } from "@/lib/domain/roster-csv";
import { initialActionState } from "@/lib/validation/action-state";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";

// A roster's name column becomes the student's profile name: at first sign-in for someone invited, at once
// for a student enrolled without one; never over a name the student (or their SSO) already gave.

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** What Auth.js does on a first sign-in by email: a user row with no name, then the createUser event. */
async function firstSignIn(email: string, name: string | null = null) {
  const [user] = await getDb().insert(users).values({ email, name }).returning();
  await unsafeAcceptInvitesForNewUser(user!.id, email);
  return nameOf(user!.id);
}

async function nameOf(userId: string) {
  const [row] = await getDb().select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

async function inviteNamed(email: string) {
  const [row] = await getDb().select({ name: invites.name }).from(invites).where(eq(invites.email, email));
  return row?.name;
}

describe("an advisor's roster with a name column", () => {
  it("names invitees at their first sign-in and unnamed students at once, through preview and confirm", async () => {
    const cohort = await createCohort({ name: `Cohort ${randomUUID().slice(0, 6)}` });
    const advisor = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, advisor.id);
    const [unnamed] = await getDb()
      .insert(users)
      .values({ email: uniqueEmail("unnamed"), role: "student" })
      .returning();
    const named = await createUser({ role: "student", name: "Bea Chosen" });
    const enrolledUnnamed = (
      await getDb()
        .insert(users)
        .values({ email: uniqueEmail("enrolled"), role: "student" })
        .returning()
    )[0]!;
    await enrolStudent(cohort.id, enrolledUnnamed.id);
    const newcomer = uniqueEmail("newcomer");
    const sso = uniqueEmail("sso");
    const csv = [
      "First name,Last name,Email",
      `Nia,Newcomer,${newcomer}`,
      `Uma,Unnamed,${unnamed!.email}`,
      `Beatrice,Roster,${named.email}`,
      `Eli,Enrolled,${enrolledUnnamed.email}`,
      `Sam,Roster,${sso}`,
    ].join("\n");

    await signInAs(advisor.id);
    const preview = await previewRosterAction(initialActionState, form({ cohortId: cohort.id, roster: csv }));
    expect(preview.status).toBe("success");
    const view = preview.preview!.view;
    expect(view.rows.find((r) => r.shown.includes(newcomer))?.shown).toBe(`Nia Newcomer <${newcomer}>`);
    // The preview wrote nothing.
    expect(await inviteNamed(newcomer)).toBeUndefined();
    expect(await nameOf(unnamed!.id)).toBeNull();

    const imported = await importRosterAction(initialActionState, form(view.confirm!.fields));
    expect(imported.result).toMatchObject({ invited: 2, enrolled: 2 });

    // Enrolled now: the student without a name gets the roster's; the one who chose a name keeps it.
    expect(await nameOf(unnamed!.id)).toBe("Uma Unnamed");
    expect(await nameOf(named.id)).toBe("Bea Chosen");
    // Already enrolled, so not on the confirmation: left alone.
    expect(await nameOf(enrolledUnnamed.id)).toBeNull();

    // Invited: the name waits on the invite and becomes the account's at first sign-in, unless the
    // sign-in brought one (an SSO profile).
    expect(await inviteNamed(newcomer)).toBe("Nia Newcomer");
    expect(await firstSignIn(newcomer)).toBe("Nia Newcomer");
    expect(await firstSignIn(sso, "Samuel From SSO")).toBe("Samuel From SSO");
  });

  it("keeps a renewed invite's name unless the new roster gives another, and ignores a file without names", async () => {
    const cohort = await createCohort();
    const advisor = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, advisor.id);
    await signInAs(advisor.id);
    const email = uniqueEmail("renewed");
    const importCsv = async (roster: string) => {
      const preview = await previewRosterAction(initialActionState, form({ cohortId: cohort.id, roster }));
      return importRosterAction(initialActionState, form(preview.preview!.view.confirm!.fields));
    };
    await importCsv(`Name,Email\nRo First,${email}\n`);
    expect(await inviteNamed(email)).toBe("Ro First");
    // Expired, so the next roster renews it: a file of addresses alone leaves the name.
    await getDb()
      .update(invites)
      .set({ createdAt: new Date(Date.now() - 3 * 86_400_000), expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invites.email, email));
    await importCsv(`${email}\n`);
    expect(await inviteNamed(email)).toBe("Ro First");
    await getDb()
      .update(invites)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invites.email, email));
    await importCsv(`Name,Email\nRo Second,${email}\n`);
    expect(await inviteNamed(email)).toBe("Ro Second");
  });
});

describe("an admin's roster with a name column", () => {
  it("invites with the names, checked again after the round trip through the browser", async () => {
    const admin = await createUser({ role: "admin" });
    await signInAs(admin.id);
    const ana = uniqueEmail("ana");
    const bo = uniqueEmail("bo");
    const roster = parseRosterCsv(`Email,Full name\n${ana},Ana Diaz\n${bo},\n`);
    if (!roster.ok) throw new Error(roster.message);
    const preview = await previewRosterInvites(roster.rows, { role: "student", cohortId: null });
    if ("status" in preview) throw new Error("unexpected");
    const view = adminRosterView({ fileName: "class.csv", role: "student", cohortId: null, ...preview });
    const fields = view.confirm!.fields;
    const names = JSON.parse(fields.names!) as Record<string, string>;
    expect(names).toEqual({ [ana]: "Ana Diaz" });
    // A post with a control character in a name is refused whole, and invites nobody.
    const refused = await confirmRosterAction(
      initialActionState,
      form({ ...fields, names: JSON.stringify({ ...names, [bo]: "Bo\u0000Lee" }) }),
    );
    expect(refused.formError).toMatch(/Upload the file again/);
    expect(await inviteNamed(ana)).toBeUndefined();
    // A name the profile would refuse (too long) is dropped, and the address still invited.
    const tooLong = { ...fields, names: JSON.stringify({ ...names, [bo]: "B".repeat(101) }) };
    const result = await confirmRosterAction(initialActionState, form(tooLong));
    expect(result.result).toMatchObject({ invited: 2 });
    expect(await inviteNamed(ana)).toBe("Ana Diaz");
    expect(await inviteNamed(bo)).toBeNull();
    expect(await firstSignIn(ana)).toBe("Ana Diaz");
    expect(await firstSignIn(bo)).toBeNull();
  });
});
