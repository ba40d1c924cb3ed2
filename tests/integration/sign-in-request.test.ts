import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { requestSignInLinkAction } from "@/app/(auth)/sign-in/actions";
import { getDb } from "@/db/client";
import { cohortStudents, invites, mailboxMessages, users, verificationTokens } from "@/db/schema/index";
import { unsafeConsumeSignInAttempt } from "@/lib/data/sign-in/rate-limit";
import { unsafeAcceptInvitesForNewUser, unsafeMaySignIn } from "@/lib/data/sign-in/eligibility";
import { initialActionState } from "@/lib/validation/action-state";
import { createCohort } from "../factories/cohorts";
import { createInvite } from "../factories/invites";
import { createUser, uniqueEmail } from "../factories/users";
import { runAfterResponse } from "../setup/next-request";
import { expectRedirect } from "../support/next-errors";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function mailTo(address: string) {
  return getDb().select().from(mailboxMessages).where(eq(mailboxMessages.to, address));
}

describe("who may sign in", () => {
  const DAY = 86_400_000;

  it("lets active users in and keeps deactivated ones out, whatever their domain", async () => {
    const active = await createUser();
    const inactive = await createUser({ email: uniqueEmail("gone").replace("example.test", "allowed.test") });
    await getDb().update(users).set({ active: false }).where(eq(users.id, inactive.id));
    expect(await unsafeMaySignIn(active.email.toUpperCase(), [])).toBe(true);
    expect(await unsafeMaySignIn(inactive.email, ["allowed.test"])).toBe(false);
  });

  it("lets in addresses on an allowed domain, and no others", async () => {
    expect(await unsafeMaySignIn("newcomer@allowed.test", ["allowed.test"])).toBe(true);
    expect(await unsafeMaySignIn("newcomer@allowed.test.evil", ["allowed.test"])).toBe(false);
    expect(await unsafeMaySignIn("stranger@nowhere.test", ["allowed.test"])).toBe(false);
  });

  it("honours open invites only", async () => {
    const open = uniqueEmail("open");
    const expired = uniqueEmail("expired");
    const revoked = uniqueEmail("revoked");
    await createInvite({ email: open });
    await createInvite({ email: expired, expiresAt: new Date(Date.now() - DAY) });
    const revokedInvite = await createInvite({ email: revoked });
    await getDb().update(invites).set({ revokedAt: new Date() }).where(eq(invites.id, revokedInvite.id));
    expect(await unsafeMaySignIn(open, [])).toBe(true);
    expect(await unsafeMaySignIn(expired, [])).toBe(false);
    expect(await unsafeMaySignIn(revoked, [])).toBe(false);
  });

  it("applies an invite's role and cohort at first sign-in, once", async () => {
    const cohort = await createCohort();
    const email = uniqueEmail("invited");
    await createInvite({ email, role: "student", cohortId: cohort.id });
    const user = await createUser({ email });
    await unsafeAcceptInvitesForNewUser(user.id, email);
    const enrolments = await getDb()
      .select()
      .from(cohortStudents)
      .where(eq(cohortStudents.studentId, user.id));
    expect(enrolments.map((e) => e.cohortId)).toEqual([cohort.id]);
    const [invite] = await getDb().select().from(invites).where(eq(invites.email, email));
    expect(invite?.acceptedAt).toBeInstanceOf(Date);
    expect(await unsafeMaySignIn(`other-${email}`, [])).toBe(false);
  });

  it("makes an invited advisor an advisor", async () => {
    const email = uniqueEmail("advisor");
    await createInvite({ email, role: "advisor" });
    const user = await createUser({ email, role: "student" });
    await unsafeAcceptInvitesForNewUser(user.id, email);
    const [row] = await getDb().select({ role: users.role }).from(users).where(eq(users.id, user.id));
    expect(row?.role).toBe("advisor");
  });
});

describe("rate limits", () => {
  const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

  it("allows one client five links per address per window, then refuses that client with a wait time", async () => {
    const email = uniqueEmail("limited");
    const client = ip();
    for (let i = 0; i < 5; i++)
      expect(await unsafeConsumeSignInAttempt(email, client)).toEqual({ allowed: true });
    const refused = await unsafeConsumeSignInAttempt(email, client);
    expect(refused).toMatchObject({ allowed: false, reason: "client" });
    expect(refused.allowed ? 0 : refused.retryAfterSeconds).toBeGreaterThan(800);
    // Another address from the same client is unaffected, and so is this address from another client.
    expect(await unsafeConsumeSignInAttempt(uniqueEmail("other"), client)).toEqual({ allowed: true });
    expect(await unsafeConsumeSignInAttempt(email, ip())).toEqual({ allowed: true });
  });

  it("counts per client address across different emails", async () => {
    const client = ip();
    for (let i = 0; i < 30; i++) await unsafeConsumeSignInAttempt(uniqueEmail("spray"), client);
    expect((await unsafeConsumeSignInAttempt(uniqueEmail("spray"), client)).allowed).toBe(false);
  });
});

describe("requestSignInLinkAction", () => {
  it("mails a known user a link to our confirmation page on the configured origin", async () => {
    const user = await createUser();
    await expectRedirect(
      requestSignInLinkAction(initialActionState, form({ email: user.email, callbackUrl: "/advisor" })),
      "/sign-in/check-email",
    );
    await runAfterResponse();
    const [mail, ...more] = await mailTo(user.email);
    expect(more).toHaveLength(0);
    const link = new URL(mail!.text.match(/https?:\/\/\S+\/sign-in\/confirm\S*/)![0]);
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.searchParams.get("email")).toBe(user.email);
    expect(link.searchParams.get("callbackUrl")).toBe("http://localhost:3000/advisor");
    // Auth.js stores a hash, never the token that was mailed.
    const [stored] = await getDb()
      .select()
      .from(verificationTokens)
      .where(eq(verificationTokens.identifier, user.email));
    expect(stored?.token).toBeDefined();
    expect(stored?.token).not.toBe(link.searchParams.get("token"));
    expect(stored!.expires.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const stranger = uniqueEmail("stranger");
    await expectRedirect(
      requestSignInLinkAction(initialActionState, form({ email: stranger })),
      "/sign-in/check-email",
    );
    await runAfterResponse();
    expect(await mailTo(stranger)).toHaveLength(0);
    const [tokens] = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(verificationTokens)
      .where(eq(verificationTokens.identifier, stranger));
    expect(tokens?.n).toBe(0);
  });

  it.each([
    "a@x.com,b@y.com",
    '"a@evil"@uni.edu',
    "a＠uni.edu",
    "victim@uni.edu\r\nBcc: x@evil.example",
    "Name <a@uni.edu>",
  ])("rejects %j next to the field and keeps what was typed", async (email) => {
    const before = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(mailboxMessages);
    const state = await requestSignInLinkAction(initialActionState, form({ email, callbackUrl: "/home" }));
    expect(state.status).toBe("error");
    expect(state.fieldErrors.email?.[0]).toMatch(/single email address/);
    expect(state.values).toEqual({ email, callbackUrl: "/home" });
    const after = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(mailboxMessages);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("tells a rate-limited person how long to wait, without sending", async () => {
    const user = await createUser();
    for (let i = 0; i < 5; i++) {
      await expectRedirect(
        requestSignInLinkAction(initialActionState, form({ email: user.email })),
        "/sign-in/check-email",
      );
    }
    const state = await requestSignInLinkAction(initialActionState, form({ email: user.email }));
    expect(state.formError).toMatch(/Too many sign-in requests from this device.*15 minutes/);
    expect(state.values.email).toBe(user.email);
    await runAfterResponse();
    expect(await mailTo(user.email)).toHaveLength(5);
  });
});
