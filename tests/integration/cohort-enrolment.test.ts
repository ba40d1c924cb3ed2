import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  createJoinCodeAction,
  importRosterAction,
  previewRosterAction,
  revokeInviteAction,
  revokeJoinCodeAction,
} from "@/app/advisor/cohorts/[cohortId]/enrol/actions";
import { joinCohortAction, requestJoinLinkAction } from "@/app/join/[code]/actions";
import { getDb } from "@/db/client";
import { cohortJoinCodes, cohorts, cohortStudents, invites, mailboxMessages, users } from "@/db/schema/index";
import { createJoinCode, listActiveJoinCodes, revokeJoinCode } from "@/lib/data/advisor/cohorts/join-codes";
import { getJoinPage, joinCohortWithCode, requestJoinSignInLink } from "@/lib/data/join/join-cohort";
import { importRoster, previewRoster } from "@/lib/data/advisor/cohorts/roster";
import { listPendingInvites, revokeInvite } from "@/lib/data/advisor/cohorts/pending-invites";
import { unsafeConsumeSignInAttempt } from "@/lib/data/sign-in/rate-limit";
import { unsafeAcceptInvitesForNewUser } from "@/lib/data/sign-in/eligibility";
import { initialActionState } from "@/lib/validation/action-state";
import { JOIN_CODE_ALPHABET } from "@/lib/validation/cohort";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { createInvite } from "../factories/invites";
import { signInAs } from "../factories/sessions";
import { createUser, uniqueEmail } from "../factories/users";
import { resetRequest, runAfterResponse } from "../setup/next-request";
import { expectNotFound, expectRedirect } from "../support/next-errors";

const DAY = 86_400_000;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function advisorWithCohort() {
  const cohort = await createCohort({ name: `Cohort ${randomUUID().slice(0, 6)}` });
  const advisor = await createUser({ role: "advisor", name: "Ada Advisor" });
  await assignAdvisor(cohort.id, advisor.id);
  await signInAs(advisor.id);
  return { cohort, advisor };
}

/** A code inserted directly, for cohorts the signed-in advisor can't reach. */
function randomCode() {
  return Array.from(
    { length: 8 },
    () => JOIN_CODE_ALPHABET[Math.floor(Math.random() * JOIN_CODE_ALPHABET.length)],
  ).join("");
}

async function newCode(cohortId: string, expiresInDays = 14) {
  return createJoinCode(cohortId, { expiresInDays, creationKey: randomUUID() });
}

async function enrolmentsOf(cohortId: string) {
  return getDb().select().from(cohortStudents).where(eq(cohortStudents.cohortId, cohortId));
}

async function invitesTo(cohortId: string) {
  return getDb().select().from(invites).where(eq(invites.cohortId, cohortId));
}

async function mailTo(address: string) {
  return getDb().select().from(mailboxMessages).where(eq(mailboxMessages.to, address));
}

async function tableCounts() {
  const db = getDb();
  const n = sql<number>`count(*)::int`;
  const [[i], [e], [m], [u]] = await Promise.all([
    db.select({ n }).from(invites),
    db.select({ n }).from(cohortStudents),
    db.select({ n }).from(mailboxMessages),
    db.select({ n }).from(users),
  ]);
  return { invites: i?.n, enrolments: e?.n, mail: m?.n, users: u?.n };
}

describe("join codes", () => {
  it("are short codes from an unambiguous alphabet, linked on APP_URL, valid for the chosen days", async () => {
    const { cohort, advisor } = await advisorWithCohort();
    const before = Date.now();
    const code = await newCode(cohort.id, 7);
    expect(code.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    expect(code.code).not.toMatch(/[01OIL]/);
    expect(code.link).toBe(`http://localhost:3000/join/${code.code}`);
    expect(code.expiresAt.getTime() - before).toBeGreaterThan(7 * DAY - 60_000);
    expect(code.expiresAt.getTime() - before).toBeLessThan(7 * DAY + 60_000);
    const [row] = await getDb().select().from(cohortJoinCodes).where(eq(cohortJoinCodes.id, code.id));
    expect(row).toMatchObject({ cohortId: cohort.id, createdById: advisor.id, revokedAt: null });
  });

  it("are listed while they work, newest first; revoked and expired ones drop out", async () => {
    const { cohort } = await advisorWithCohort();
    const first = await newCode(cohort.id);
    const second = await newCode(cohort.id, 30);
    const revoked = await newCode(cohort.id);
    await revokeJoinCode(cohort.id, revoked.id);
    await revokeJoinCode(cohort.id, revoked.id); // twice is harmless
    const expired = await newCode(cohort.id);
    await getDb()
      .update(cohortJoinCodes)
      .set({ createdAt: new Date(Date.now() - 10 * DAY), expiresAt: new Date(Date.now() - DAY) })
      .where(eq(cohortJoinCodes.id, expired.id));
    const listed = await listActiveJoinCodes(cohort.id);
    expect(listed.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(listed[0]).toMatchObject({ link: expect.stringMatching(/^http:\/\/localhost:3000\/join\//) });
    expect(listed[0]?.createdByName).toBe("Ada Advisor");
  });

  it("of another cohort cannot be revoked through this one", async () => {
    const { cohort } = await advisorWithCohort();
    const other = await createCohort();
    const [theirs] = await getDb()
      .insert(cohortJoinCodes)
      .values({ cohortId: other.id, code: randomCode(), expiresAt: new Date(Date.now() + DAY) })
      .returning();
    await expectNotFound(revokeJoinCode(cohort.id, theirs!.id));
    await expectNotFound(revokeJoinCode(cohort.id, randomUUID()));
    const [row] = await getDb().select().from(cohortJoinCodes).where(eq(cohortJoinCodes.id, theirs!.id));
    expect(row?.revokedAt).toBeNull();
  });

  it("are created and revoked through the forms", async () => {
    const { cohort } = await advisorWithCohort();
    const bad = await createJoinCodeAction(
      initialActionState,
      form({ cohortId: cohort.id, expiresInDays: "365" }),
    );
    expect(bad.fieldErrors.expiresInDays?.[0]).toMatch(/how long/);
    const ok = await createJoinCodeAction(
      initialActionState,
      form({ cohortId: cohort.id, expiresInDays: "30", creationKey: randomUUID() }),
    );
    expect(ok.status).toBe("success");
    const [code] = await listActiveJoinCodes(cohort.id);
    expect(code).toBeDefined();
    await revokeJoinCodeAction(form({ cohortId: cohort.id, joinCodeId: code!.id }));
    expect(await listActiveJoinCodes(cohort.id)).toEqual([]);
  });
});

describe("a double submit of the join-link form", () => {
  it("makes one code, and both submits answer it", async () => {
    const { cohort } = await advisorWithCohort();
    const input = { expiresInDays: 7, creationKey: randomUUID() };
    const [first, second] = await Promise.all([
      createJoinCode(cohort.id, input),
      createJoinCode(cohort.id, input),
    ]);
    expect(second).toEqual(first);
    const rows = await getDb().select().from(cohortJoinCodes).where(eq(cohortJoinCodes.cohortId, cohort.id));
    expect(rows.map((r) => r.code)).toEqual([first.code]);
  });

  it("through the action too, and hands back a fresh key for the next link", async () => {
    const { cohort } = await advisorWithCohort();
    const key = randomUUID();
    const fields = { cohortId: cohort.id, expiresInDays: "14", creationKey: key };
    const states = await Promise.all([
      createJoinCodeAction(initialActionState, form(fields)),
      createJoinCodeAction(initialActionState, form(fields)),
    ]);
    expect(states.map((s) => s.status)).toEqual(["success", "success"]);
    expect(states[0]!.values.creationKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(states[0]!.values.creationKey).not.toBe(key);
    expect(await listActiveJoinCodes(cohort.id)).toHaveLength(1);
  });

  it("refuses a post without a key as a stale page, making nothing", async () => {
    const { cohort } = await advisorWithCohort();
    const state = await createJoinCodeAction(
      initialActionState,
      form({ cohortId: cohort.id, expiresInDays: "7" }),
    );
    expect(state).toMatchObject({
      status: "error",
      formError: "Reload the page and try again.",
      fieldErrors: {},
    });
    expect(await listActiveJoinCodes(cohort.id)).toEqual([]);
  });

  it("makes a second code for a new key", async () => {
    const { cohort } = await advisorWithCohort();
    const first = await createJoinCode(cohort.id, { expiresInDays: 7, creationKey: randomUUID() });
    const second = await createJoinCode(cohort.id, { expiresInDays: 7, creationKey: randomUUID() });
    expect(second.code).not.toBe(first.code);
    expect(await listActiveJoinCodes(cohort.id)).toHaveLength(2);
  });

  it("never matches the key on another cohort, nor another advisor's on this one", async () => {
    const { cohort, advisor } = await advisorWithCohort();
    const other = await createCohort();
    await assignAdvisor(other.id, advisor.id);
    const colleague = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, colleague.id);
    const creationKey = randomUUID();
    const mine = await createJoinCode(cohort.id, { expiresInDays: 7, creationKey });
    const onOther = await createJoinCode(other.id, { expiresInDays: 7, creationKey });
    await signInAs(colleague.id);
    const theirs = await createJoinCode(cohort.id, { expiresInDays: 7, creationKey });
    expect(new Set([mine.id, onOther.id, theirs.id]).size).toBe(3);
    const rows = await getDb()
      .select({ cohortId: cohortJoinCodes.cohortId, createdById: cohortJoinCodes.createdById })
      .from(cohortJoinCodes)
      .where(eq(cohortJoinCodes.creationKey, creationKey));
    expect(rows).toEqual(
      expect.arrayContaining([
        { cohortId: cohort.id, createdById: advisor.id },
        { cohortId: other.id, createdById: advisor.id },
        { cohortId: cohort.id, createdById: colleague.id },
      ]),
    );
    expect(rows).toHaveLength(3);
  });
});

describe("the join page", () => {
  it("shows one neutral answer for a missing, malformed, expired or revoked code, or an archived cohort", async () => {
    const { cohort } = await advisorWithCohort();
    const expired = await newCode(cohort.id);
    await getDb()
      .update(cohortJoinCodes)
      .set({ createdAt: new Date(Date.now() - 10 * DAY), expiresAt: new Date(Date.now() - 1000) })
      .where(eq(cohortJoinCodes.id, expired.id));
    const revoked = await newCode(cohort.id);
    await revokeJoinCode(cohort.id, revoked.id);
    const archivedCohort = await createCohort();
    await assignAdvisor(archivedCohort.id, (await createUser({ role: "advisor" })).id);
    const [archivedCode] = await getDb()
      .insert(cohortJoinCodes)
      .values({ cohortId: archivedCohort.id, code: randomCode(), expiresAt: new Date(Date.now() + DAY) })
      .returning();
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, archivedCohort.id));

    await signInAs((await createUser({ role: "student" })).id);
    for (const code of [
      "NOPE2345",
      "short",
      "'; drop table--",
      expired.code,
      revoked.code,
      archivedCode!.code,
    ]) {
      expect(await getJoinPage(code)).toEqual({ kind: "invalid" });
      expect(await joinCohortWithCode(code)).toEqual({ status: "invalid" });
    }
    expect(await enrolmentsOf(cohort.id)).toHaveLength(0);
    expect(await enrolmentsOf(archivedCohort.id)).toHaveLength(0);
  });

  it("greets each kind of visitor for what they can do", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id);
    // The advisor who made the link sees an explanation, not a Join button.
    expect(await getJoinPage(code)).toEqual({ kind: "staff", cohortName: cohort.name, role: "advisor" });
    await signInAs((await createUser({ role: "admin" })).id);
    expect(await getJoinPage(code)).toMatchObject({ kind: "staff", role: "admin" });
    expect(await joinCohortWithCode(code)).toEqual({ status: "not-a-student" });

    resetRequest();
    expect(await getJoinPage(code)).toEqual({ kind: "signed-out", code, cohortName: cohort.name });
    expect(await joinCohortWithCode(code)).toEqual({ status: "signed-out" });

    await signInAs((await createUser({ role: "student" })).id);
    // Case and separators as typed don't matter.
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    expect(await getJoinPage(typed)).toEqual({
      kind: "student",
      code,
      cohortName: cohort.name,
      enrolled: false,
    });
    expect(await enrolmentsOf(cohort.id)).toHaveLength(0);
  });

  it("enrols a signed-in student once, however often they press Join", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id);
    const student = await createUser({ role: "student" });
    await signInAs(student.id);
    expect(await joinCohortWithCode(code)).toEqual({ status: "joined", cohortName: cohort.name });
    expect(await joinCohortWithCode(code)).toEqual({ status: "already-enrolled", cohortName: cohort.name });
    await expectRedirect(joinCohortAction(form({ code })), `/join/${code}`);
    const enrolments = await enrolmentsOf(cohort.id);
    expect(enrolments.map((e) => e.studentId)).toEqual([student.id]);
    expect(await getJoinPage(code)).toMatchObject({ kind: "student", enrolled: true });
  });

  it("says so after a fresh join", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id);
    await signInAs((await createUser({ role: "student" })).id);
    await expectRedirect(joinCohortAction(form({ code })), `/join/${code}?joined=1`);
  });
});

describe("joining without a session", () => {
  it("opens one invite, mails a sign-in link back to the join page, and the first sign-in enrols", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id, 7);
    resetRequest();
    const email = uniqueEmail("newcomer");

    await expectRedirect(
      requestJoinLinkAction(initialActionState, form({ code, email: email.toUpperCase() })),
      "/sign-in/check-email",
    );
    expect(await requestJoinSignInLink({ code, email, clientIp: null })).toEqual({
      kind: "sent-if-eligible",
    });
    // The invite and the mail are the work done after the response (equal time for every address).
    expect(await invitesTo(cohort.id)).toHaveLength(0);
    await runAfterResponse();

    const open = await invitesTo(cohort.id);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      email,
      role: "student",
      acceptedAt: null,
      revokedAt: null,
      invitedById: null,
    });
    // A day at most: long enough to find the mail, not a standing pass.
    expect(open[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(DAY);

    const mails = await mailTo(email);
    expect(mails).toHaveLength(2);
    const link = new URL(mails[0]!.text.match(/https?:\/\/\S+\/sign-in\/confirm\S*/)![0]);
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.searchParams.get("callbackUrl")).toBe(`http://localhost:3000/join/${code}`);

    // What Auth.js does on the first sign-in: create the user, then the createUser event applies invites.
    const user = await createUser({ email });
    await unsafeAcceptInvitesForNewUser(user.id, email);
    expect((await enrolmentsOf(cohort.id)).map((e) => e.studentId)).toEqual([user.id]);
    await signInAs(user.id);
    expect(await getJoinPage(code)).toMatchObject({ kind: "student", enrolled: true });
  });

  it("gives an existing account a link but no invite: they press Join once signed in", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id);
    const student = await createUser({ role: "student" });
    expect(await requestJoinSignInLink({ code, email: student.email, clientIp: null })).toEqual({
      kind: "sent-if-eligible",
    });
    await runAfterResponse();
    expect(await invitesTo(cohort.id)).toHaveLength(0);
    expect(await mailTo(student.email)).toHaveLength(1);
  });

  it("renews an expired invite to the same cohort instead of failing on it", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id);
    const email = uniqueEmail("returning");
    const stale = await createInvite({ email, cohortId: cohort.id, expiresAt: new Date(Date.now() - DAY) });
    await requestJoinSignInLink({ code, email, clientIp: null });
    await runAfterResponse();
    // Issue 9: one way to reissue, everywhere: the expired invite is renewed in place, as an admin's is.
    const rows = await invitesTo(cohort.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: stale.id, revokedAt: null, acceptedAt: null, invitedById: null });
    expect(rows[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(rows[0]!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(DAY);
    expect(await mailTo(email)).toHaveLength(1);
  });

  it("checks the code again and opens nothing for a dead one", async () => {
    const { cohort } = await advisorWithCohort();
    const code = await newCode(cohort.id);
    await revokeJoinCode(cohort.id, code.id);
    const email = uniqueEmail("late");
    expect(await requestJoinSignInLink({ code: code.code, email, clientIp: null })).toEqual({
      kind: "invalid",
    });
    await expectRedirect(
      requestJoinLinkAction(initialActionState, form({ code: code.code, email })),
      `/join/${code.code}`,
    );
    expect(await invitesTo(cohort.id)).toHaveLength(0);
    expect(await mailTo(email)).toHaveLength(0);
  });

  it("keeps the sign-in page's rate limits, and a refused request leaves no invite behind", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id);
    const email = uniqueEmail("flood");
    for (let i = 0; i < 5; i++) await unsafeConsumeSignInAttempt(email, null);
    const state = await requestJoinLinkAction(initialActionState, form({ code, email }));
    expect(state.formError).toMatch(/Too many sign-in requests/);
    expect(state.values).toMatchObject({ email });
    expect(await invitesTo(cohort.id)).toHaveLength(0);
    expect(await mailTo(email)).toHaveLength(0);
  });

  it("puts a bad address next to the field", async () => {
    const { cohort } = await advisorWithCohort();
    const { code } = await newCode(cohort.id);
    const state = await requestJoinLinkAction(initialActionState, form({ code, email: "a@x.com,b@y.com" }));
    expect(state.fieldErrors.email?.[0]).toMatch(/single email address/);
    expect(await invitesTo(cohort.id)).toHaveLength(0);
  });
});

describe("roster", () => {
  async function rosterCohort() {
    const setup = await advisorWithCohort();
    const enrolled = await createUser({ role: "student" });
    await enrolStudent(setup.cohort.id, enrolled.id);
    const student = await createUser({ role: "student" });
    const staff = await createUser({ role: "advisor" });
    const gone = await createUser({ role: "student", active: false });
    const invited = uniqueEmail("invited");
    await createInvite({ email: invited, cohortId: setup.cohort.id });
    const fresh = uniqueEmail("fresh");
    const csv = [
      "Name,Email,Section",
      `Enrolled,${enrolled.email},A`,
      `Student,${student.email.toUpperCase()},A`,
      `Staff,${staff.email},B`,
      `Gone,${gone.email},B`,
      `Invited,${invited},B`,
      `Fresh,${fresh},C`,
      "Broken,not-an-email,C",
      `Fresh again,${fresh},C`,
    ].join("\n");
    return { ...setup, enrolled, student, staff, gone, invited, fresh, csv };
  }

  it("previews what each row would do, and writes nothing", async () => {
    const r = await rosterCohort();
    const before = await tableCounts();
    const result = await previewRoster(r.cohort.id, r.csv);
    expect(await tableCounts()).toEqual(before);
    if (!result.ok) throw new Error(result.message);
    expect(result.preview.rows.map((row) => [row.line, row.email, row.status])).toEqual([
      [2, r.enrolled.email, "already-enrolled"],
      [3, r.student.email, "enrol"],
      [4, r.staff.email, "not-a-student"],
      [5, r.gone.email, "inactive"],
      [6, r.invited, "already-invited"],
      [7, r.fresh, "invite"],
      [8, null, "malformed"],
      [9, r.fresh, "duplicate-in-file"],
    ]);
    expect(result.preview.rows[6]?.raw).toBe("not-an-email");
    expect(result.preview.actionable).toEqual([r.student.email, r.fresh]);
    expect(result.preview.counts).toMatchObject({
      invite: 1,
      enrol: 1,
      malformed: 1,
      "duplicate-in-file": 1,
    });
  });

  it("invites new addresses, enrols existing students, reports the rest, and mails the invitees", async () => {
    const r = await rosterCohort();
    const outcome = await importRoster(r.cohort.id, r.csv, { mailInvitees: true });
    expect(outcome).toEqual({
      ok: true,
      result: {
        invited: 1,
        enrolled: 1,
        alreadyEnrolled: 1,
        alreadyInvited: 1,
        notAStudent: 1,
        inactive: 1,
        malformed: 1,
        duplicates: 1,
        mailed: 1,
        mailFailed: 0,
      },
    });
    expect((await enrolmentsOf(r.cohort.id)).map((e) => e.studentId).sort()).toEqual(
      [r.enrolled.id, r.student.id].sort(),
    );
    const [created] = await getDb()
      .select()
      .from(invites)
      .where(and(eq(invites.cohortId, r.cohort.id), eq(invites.email, r.fresh)));
    expect(created).toMatchObject({ role: "student", invitedById: r.advisor.id, acceptedAt: null });
    expect(created!.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * DAY);
    // Staff and deactivated accounts are neither enrolled nor invited.
    expect(await getDb().select().from(invites).where(eq(invites.email, r.staff.email))).toHaveLength(0);
    const [mail, ...more] = await mailTo(r.fresh);
    expect(more).toHaveLength(0);
    expect(mail?.subject).toBe(`You are invited to ${r.cohort.name} on Fieldnotes`);
    expect(mail?.text).toContain("http://localhost:3000/sign-in?callbackUrl=%2Fhome");
    expect(await mailTo(r.student.email)).toHaveLength(0);

    // The invitee's first sign-in enrols them.
    const newcomer = await createUser({ email: r.fresh });
    await unsafeAcceptInvitesForNewUser(newcomer.id, r.fresh);
    expect(await enrolmentsOf(r.cohort.id)).toHaveLength(3);
  });

  it("is harmless to confirm twice", async () => {
    const r = await rosterCohort();
    await importRoster(r.cohort.id, r.csv, { mailInvitees: false });
    const again = await importRoster(r.cohort.id, r.csv, { mailInvitees: false });
    expect(again).toMatchObject({
      ok: true,
      result: { invited: 0, enrolled: 0, alreadyEnrolled: 2, alreadyInvited: 2, mailed: 0 },
    });
    expect(await invitesTo(r.cohort.id)).toHaveLength(2);
    expect(await enrolmentsOf(r.cohort.id)).toHaveLength(2);
    expect(await mailTo(r.fresh)).toHaveLength(0);
  });

  it("reports a roster it cannot read without failing the page", async () => {
    const { cohort } = await advisorWithCohort();
    expect(await previewRoster(cohort.id, "Name,Phone\nAda,555")).toEqual({
      ok: false,
      message: expect.stringMatching(/couldn't find the email column/),
    });
    expect(await importRoster(cohort.id, "\n\n", { mailInvitees: true })).toMatchObject({ ok: false });
  });

  it("runs through the forms: preview, then confirm the addresses the preview could act on", async () => {
    const r = await rosterCohort();
    const before = await tableCounts();
    const previewed = await previewRosterAction(
      { status: "idle", fieldErrors: {}, values: {} },
      form({ cohortId: r.cohort.id, roster: r.csv }),
    );
    expect(await tableCounts()).toEqual(before);
    expect(previewed.preview?.source).toBe("the pasted list");
    expect(previewed.preview?.actionable).toEqual([r.student.email, r.fresh]);

    const data = form({ cohortId: r.cohort.id, emails: previewed.preview!.actionable.join("\n") });
    const confirmed = await importRosterAction({ status: "idle", fieldErrors: {}, values: {} }, data);
    expect(confirmed.result).toMatchObject({ invited: 1, enrolled: 1, mailed: 0 });
  });

  it("reads an uploaded file and refuses other kinds of file", async () => {
    const r = await rosterCohort();
    const upload = form({ cohortId: r.cohort.id });
    upload.set("file", new File([`email\n${r.fresh}\n`], "class-list.csv", { type: "text/csv" }));
    const previewed = await previewRosterAction({ status: "idle", fieldErrors: {}, values: {} }, upload);
    expect(previewed.preview).toMatchObject({ source: "class-list.csv", actionable: [r.fresh] });

    const wrong = form({ cohortId: r.cohort.id });
    wrong.set("file", new File(["x"], "class-list.xlsx"));
    const refused = await previewRosterAction({ status: "idle", fieldErrors: {}, values: {} }, wrong);
    expect(refused.fieldErrors.file?.[0]).toMatch(/\.csv or \.txt/);
    const empty = await previewRosterAction(
      { status: "idle", fieldErrors: {}, values: {} },
      form({ cohortId: r.cohort.id, roster: "  " }),
    );
    expect(empty.fieldErrors.roster?.[0]).toMatch(/Paste the roster/);
  });
});

describe("pending invites", () => {
  it("lists the cohort's open student invites, expired ones marked, and revokes them", async () => {
    const { cohort, advisor } = await advisorWithCohort();
    const open = await createInvite({
      email: uniqueEmail("b-open"),
      cohortId: cohort.id,
      invitedById: advisor.id,
    });
    const expired = await createInvite({
      email: uniqueEmail("a-expired"),
      cohortId: cohort.id,
      expiresAt: new Date(Date.now() - DAY),
    });
    const accepted = await createInvite({ email: uniqueEmail("c-accepted"), cohortId: cohort.id });
    await getDb().update(invites).set({ acceptedAt: new Date() }).where(eq(invites.id, accepted.id));
    await createInvite({ email: uniqueEmail("elsewhere"), cohortId: (await createCohort()).id });

    const listed = await listPendingInvites(cohort.id);
    expect(listed.map((i) => [i.id, i.expired, i.invitedByName])).toEqual([
      [expired.id, true, null],
      [open.id, false, "Ada Advisor"],
    ]);

    await revokeInvite(cohort.id, open.id);
    await revokeInvite(cohort.id, open.id); // a second click is harmless
    await revokeInviteAction(form({ cohortId: cohort.id, inviteId: expired.id }));
    expect(await listPendingInvites(cohort.id)).toEqual([]);
    // An accepted invite stays accepted, not revoked.
    await revokeInvite(cohort.id, accepted.id);
    const [row] = await getDb().select().from(invites).where(eq(invites.id, accepted.id));
    expect(row?.revokedAt).toBeNull();
  });

  it("of another cohort answer 404", async () => {
    const { cohort } = await advisorWithCohort();
    const theirs = await createInvite({ email: uniqueEmail("theirs"), cohortId: (await createCohort()).id });
    await expectNotFound(revokeInvite(cohort.id, theirs.id));
    const [row] = await getDb().select().from(invites).where(eq(invites.id, theirs.id));
    expect(row?.revokedAt).toBeNull();
  });
});

describe("who may manage a cohort's enrolment", () => {
  async function cohortWithThings() {
    const cohort = await createCohort();
    const assigned = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, assigned.id);
    const [code] = await getDb()
      .insert(cohortJoinCodes)
      .values({
        cohortId: cohort.id,
        code: randomCode(),
        expiresAt: new Date(Date.now() + DAY),
      })
      .returning();
    const invite = await createInvite({ email: uniqueEmail("pending"), cohortId: cohort.id });
    return { cohort, assigned, code: code!, invite };
  }

  const calls = (cohortId: string, codeId: string, inviteId: string) => [
    () => createJoinCode(cohortId, { expiresInDays: 7, creationKey: randomUUID() }),
    () => listActiveJoinCodes(cohortId),
    () => revokeJoinCode(cohortId, codeId),
    () => previewRoster(cohortId, "email\nsomeone@example.test"),
    () => importRoster(cohortId, "email\nsomeone@example.test", { mailInvitees: false }),
    () => listPendingInvites(cohortId),
    () => revokeInvite(cohortId, inviteId),
  ];

  async function expectUntouched(cohortId: string, codeId: string) {
    expect(await invitesTo(cohortId)).toHaveLength(1);
    expect(await enrolmentsOf(cohortId)).toHaveLength(0);
    const codes = await getDb().select().from(cohortJoinCodes).where(eq(cohortJoinCodes.cohortId, cohortId));
    expect(codes.map((c) => [c.id, c.revokedAt])).toEqual([[codeId, null]]);
  }

  it.each(["advisor", "student", "admin"] as const)(
    "a %s not assigned to the cohort meets 404",
    async (role) => {
      const { cohort, code, invite } = await cohortWithThings();
      await signInAs((await createUser({ role })).id);
      for (const call of calls(cohort.id, code.id, invite.id)) await expectNotFound(call());
      await expectUntouched(cohort.id, code.id);
    },
  );

  it("an archived cohort is a 404 even for its advisor", async () => {
    const { cohort, assigned, code, invite } = await cohortWithThings();
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, cohort.id));
    await signInAs(assigned.id);
    for (const call of calls(cohort.id, code.id, invite.id)) await expectNotFound(call());
    await expectUntouched(cohort.id, code.id);
  });

  it("the roster and join-code forms refuse a student outright", async () => {
    const { cohort } = await cohortWithThings();
    await signInAs((await createUser({ role: "student" })).id);
    await expectNotFound(
      previewRosterAction(
        { status: "idle", fieldErrors: {}, values: {} },
        form({ cohortId: cohort.id, roster: "a@b.test" }),
      ),
    );
    await expectNotFound(
      importRosterAction(
        { status: "idle", fieldErrors: {}, values: {} },
        form({ cohortId: cohort.id, emails: "a@b.test" }),
      ),
    );
    await expectNotFound(
      createJoinCodeAction(
        initialActionState,
        form({ cohortId: cohort.id, expiresInDays: "7", creationKey: randomUUID() }),
      ),
    );
  });
});
