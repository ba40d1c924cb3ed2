import { eq, inArray } from "drizzle-orm";
import getPort from "get-port";
import PostalMime from "postal-mime";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  advisorComments,
  digestPreferences,
  reminderDeliveries,
  studentProfiles,
  users,
} from "@/db/schema/index";
import {
  getMyDigestPreferences,
  unsafeLoadDigestPreferences,
  updateMyDigestPreferences,
} from "@/lib/data/digests/preferences";
import { unsafeRunDailyReminderJob } from "@/lib/data/reminders/daily-job";
import { describeUnsubscribeToken } from "@/lib/data/digests/preferences";
import { POST as oneClickUnsubscribe } from "@/app/api/unsubscribe/[token]/route";
import { resetEnvCacheForTests } from "@/lib/env";
import { digestPreferencesSchema } from "@/lib/validation/digest-preferences";
import { createContact, createInterview, createOutreachAttempt } from "../factories/student-records";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";

// New York is UTC-5 in November: 12:30 UTC is 07:30 there, a Wednesday.
const ZONE = "America/New_York";
const MORNING = new Date("2026-11-18T12:30:00Z");
const BEFORE_SEVEN = new Date("2026-11-18T11:55:00Z"); // 06:55 in New York
const NEXT_MORNING = new Date("2026-11-19T12:30:00Z");
const ORIGIN = "http://reminder-origin.example.test:4200";

type Mode = "accept" | "refuse";
/** A message as a mail client reads it: its header block and its decoded parts, and all three together. */
type Received = { to: string[]; headers: string; text: string; html: string; raw: string };

/** A real SMTP server that records what it accepts, or refuses every message. */
async function startSmtp() {
  const state = { mode: "accept" as Mode, received: [] as Received[] };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (state.mode === "refuse") {
          callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
          return;
        }
        const message = Buffer.concat(chunks);
        const [head = ""] = message.toString("latin1").split(/\r?\n\r?\n/, 1);
        void PostalMime.parse(message).then(
          ({ text = "", html = "" }) => {
            const headers = head.replace(/\r?\n[ \t]+/g, " ");
            state.received.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              headers,
              text,
              html,
              raw: `${headers}\n\n${text}\n\n${html}`,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  const port = await getPort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { state, port, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let previousAppUrl: string | undefined;

beforeAll(async () => {
  smtp = await startSmtp();
  previousAppUrl = process.env.APP_URL;
  process.env.APP_URL = ORIGIN;
  process.env.MAIL_MODE = "smtp";
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
  resetEnvCacheForTests();
});

afterAll(async () => {
  process.env.APP_URL = previousAppUrl;
  resetEnvCacheForTests();
  await smtp.stop();
});

beforeEach(async () => {
  // Each test sees only its own people: earlier tests' students stop asking for reminders.
  smtp.state.mode = "accept";
  smtp.state.received = [];
  await getDb().update(digestPreferences).set({ dailyReminder: false });
  await getDb().delete(reminderDeliveries);
});

function receivedBy(email: string) {
  return smtp.state.received.filter((m) => m.to.includes(email.toLowerCase()));
}

/** A student in New York who asked for reminders (unless told otherwise). */
async function student(options: { optIn?: boolean; name?: string } = {}) {
  const user = await createUser({ role: "student", name: options.name ?? "Rae Reminder" });
  await getDb().insert(studentProfiles).values({ studentId: user.id, timeZone: ZONE });
  if (options.optIn ?? true) {
    await getDb().insert(digestPreferences).values({ userId: user.id, dailyReminder: true });
  }
  return user;
}

/** An outreach sent on Friday 13 Nov with no reply: the first follow-up is due 3 business days later, Wed 18. */
async function followUpDueOnWednesday(studentId: string, name = "Farah Follow") {
  const contact = await createContact(studentId, { name });
  await createOutreachAttempt(studentId, contact.id, { sentOn: "2026-11-13" });
  return contact;
}

async function rowsFor(userId: string) {
  return getDb().select().from(reminderDeliveries).where(eq(reminderDeliveries.recipientId, userId));
}

describe("daily reminders", () => {
  it("arrive once at the student's morning with what is due today, not before seven and not twice", async () => {
    const rae = await student();
    const farah = await followUpDueOnWednesday(rae.id);
    const dana = await createContact(rae.id, { name: "Dana Interview" });
    const tomorrow = await createInterview(rae.id, dana.id, {
      status: "scheduled",
      startsAt: new Date("2026-11-19T15:00:00Z"),
      timeZone: ZONE,
    });

    expect(await unsafeRunDailyReminderJob({ now: BEFORE_SEVEN })).toMatchObject({ enqueued: 0, sent: 0 });
    expect(receivedBy(rae.email)).toHaveLength(0);

    expect(await unsafeRunDailyReminderJob({ now: MORNING })).toMatchObject({ enqueued: 1, sent: 1 });
    for (let run = 0; run < 2; run++) {
      expect(
        await unsafeRunDailyReminderJob({ now: new Date(MORNING.getTime() + run * 15 * 60_000) }),
      ).toMatchObject({ enqueued: 0, claimed: 0 });
    }
    const mails = receivedBy(rae.email);
    expect(mails).toHaveLength(1);
    const raw = mails[0]!.raw;
    expect(raw).toContain("Subject: Today in Fieldnotes");
    expect(raw).toContain("Farah Follow");
    expect(raw).toContain(`${ORIGIN}/contacts/${farah.id}`);
    expect(raw).toContain("Follow-ups due today");
    expect(raw).toContain(`${ORIGIN}/interviews/${tomorrow.id}`);
    expect(raw).toContain("Tomorrow");
    // A text part for clients that show no HTML.
    expect(mails[0]!.text).toContain("Farah Follow");
    const [row] = await rowsFor(rae.id);
    expect(row).toMatchObject({ onDate: "2026-11-18", status: "sent", attempts: 1 });
  });

  it("send nothing on a day when nothing is due, and record the day as skipped", async () => {
    const idle = await student();
    await createContact(idle.id, { name: "Nobody Due" });
    expect(await unsafeRunDailyReminderJob({ now: MORNING })).toMatchObject({
      enqueued: 1,
      skipped: 1,
      sent: 0,
    });
    expect(receivedBy(idle.email)).toHaveLength(0);
    expect((await rowsFor(idle.id))[0]?.status).toBe("skipped");
  });

  it("are opt-in: a student who never asked gets none, one who turned them off after queueing gets none", async () => {
    const neverAsked = await student({ optIn: false });
    await followUpDueOnWednesday(neverAsked.id);
    const changedMind = await student();
    await followUpDueOnWednesday(changedMind.id);
    const deactivated = await student();
    await followUpDueOnWednesday(deactivated.id);

    // Queue only: a worker that claims nothing (maxBatches 0) leaves the rows pending.
    expect(await unsafeRunDailyReminderJob({ now: MORNING, maxBatches: 0 })).toMatchObject({ enqueued: 2 });
    expect(await rowsFor(neverAsked.id)).toHaveLength(0);
    // Between queueing and sending, one student turns reminders off and another account is deactivated.
    await getDb()
      .update(digestPreferences)
      .set({ dailyReminder: false })
      .where(eq(digestPreferences.userId, changedMind.id));
    await getDb().update(users).set({ active: false }).where(eq(users.id, deactivated.id));

    expect(await unsafeRunDailyReminderJob({ now: MORNING })).toMatchObject({ sent: 0, skipped: 2 });
    expect(smtp.state.received).toHaveLength(0);
  });

  it("go out once when two runs race, each student's reminder sent by exactly one of them", async () => {
    const students = [];
    for (let i = 0; i < 8; i++) {
      const s = await student({ name: `Racer ${i}` });
      await followUpDueOnWednesday(s.id);
      students.push(s);
    }
    const [a, b] = await Promise.all([
      unsafeRunDailyReminderJob({ now: MORNING }),
      unsafeRunDailyReminderJob({ now: MORNING }),
    ]);
    expect(a.enqueued + b.enqueued).toBe(8);
    expect(a.sent + b.sent).toBe(8);
    for (const s of students) expect(receivedBy(s.email)).toHaveLength(1);
    expect(smtp.state.received).toHaveLength(8);
  });

  it("mention an advisor comment only while it is new since the last reminder", async () => {
    const rae = await student();
    const advisor = await createUser({ role: "advisor", name: "Prof Comment" });
    await getDb()
      .insert(advisorComments)
      .values({
        studentId: rae.id,
        authorId: advisor.id,
        body: "Private words never mailed",
        createdAt: new Date(MORNING.getTime() - 3 * 3_600_000),
      });
    expect(await unsafeRunDailyReminderJob({ now: MORNING })).toMatchObject({ sent: 1 });
    const [mail] = receivedBy(rae.email);
    expect(mail!.raw).toContain("New comments from your advisor");
    expect(mail!.raw).toContain("Prof Comment");
    expect(mail!.raw).not.toContain("Private words never mailed");

    // The next morning the same comment is old news, and nothing else is due.
    expect(await unsafeRunDailyReminderJob({ now: NEXT_MORNING })).toMatchObject({ enqueued: 1, skipped: 1 });
    expect(receivedBy(rae.email)).toHaveLength(1);
  });

  it("retry while SMTP refuses, and drop a reminder whose day has passed instead of sending it late", async () => {
    const rae = await student();
    await followUpDueOnWednesday(rae.id);
    smtp.state.mode = "refuse";
    expect(await unsafeRunDailyReminderJob({ now: MORNING })).toMatchObject({ retrying: 1 });
    expect((await rowsFor(rae.id))[0]).toMatchObject({ status: "pending", attempts: 1 });

    smtp.state.mode = "accept";
    // The retry comes due a minute later; by then it is still Wednesday in New York: sent.
    expect(await unsafeRunDailyReminderJob({ now: new Date(MORNING.getTime() + 60_000) })).toMatchObject({
      sent: 1,
    });
    expect(receivedBy(rae.email)).toHaveLength(1);

    const late = await student();
    const ida = await createContact(late.id, { name: "Ida Thursday" });
    await createInterview(late.id, ida.id, {
      status: "scheduled",
      startsAt: new Date("2026-11-19T16:00:00Z"),
      timeZone: ZONE,
    });
    smtp.state.mode = "refuse";
    await unsafeRunDailyReminderJob({ now: MORNING });
    smtp.state.mode = "accept";
    // SMTP came back only on Thursday: Wednesday's reminder ("interview tomorrow") is dropped, not sent a day
    // late; Thursday's own reminder ("interview today") goes out.
    await unsafeRunDailyReminderJob({ now: NEXT_MORNING });
    const mails = receivedBy(late.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toContain("Today");
    const rows = await getDb()
      .select({ onDate: reminderDeliveries.onDate, status: reminderDeliveries.status })
      .from(reminderDeliveries)
      .where(inArray(reminderDeliveries.recipientId, [late.id]))
      .orderBy(reminderDeliveries.onDate);
    expect(rows).toEqual([
      { onDate: "2026-11-18", status: "skipped" },
      { onDate: "2026-11-19", status: "sent" },
    ]);
  });
});

/** A raw message's headers with folded lines joined, and its MIME parts by content type. */
describe("the daily reminder as mail", () => {
  it("is the designed mail with a text part, and its one-click unsubscribe turns reminders off once", async () => {
    const rae = await student();
    const farah = await followUpDueOnWednesday(rae.id);
    expect(await unsafeRunDailyReminderJob({ now: MORNING })).toMatchObject({ sent: 1 });
    const [mail] = receivedBy(rae.email);
    const { headers, text, html } = mail!;

    // RFC 8058: the link the mail client POSTs to, and the one-click marker.
    const link = /^List-Unsubscribe: <([^>]+)>/m.exec(headers)?.[1];
    expect(link).toMatch(new RegExp(`^${ORIGIN}/unsubscribe/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$`));
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);

    // Both parts: the HTML on the shared layout (its card and dark-mode styles), and a text part that reads
    // on its own, with the same links.
    expect(html).toContain("fn-card");
    expect(html).toContain("prefers-color-scheme: dark");
    expect(html).toContain(`${ORIGIN}/contacts/${farah.id}`);
    expect(text).toContain("TODAY IN FIELDNOTES");
    expect(text).toContain("Farah Follow");
    expect(text).toContain(`${ORIGIN}/contacts/${farah.id}`);
    expect(text).toContain(link!);
    expect(text).not.toContain("<");

    const token = link!.split("/unsubscribe/")[1]!;
    expect(await describeUnsubscribeToken(token)).toEqual({ kind: "daily-reminder", off: false });
    const post = () =>
      oneClickUnsubscribe(
        new Request(link!, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
        { params: Promise.resolve({ token }) },
      );
    expect((await post()).status).toBe(200);
    expect(await describeUnsubscribeToken(token)).toEqual({ kind: "daily-reminder", off: true });
    // Only the reminder: the weekly digest stays on.
    expect(await getMyDigestPreferencesOf(rae.id)).toMatchObject({
      dailyReminder: false,
      studentDigest: true,
    });

    // The next morning something is due again, and no reminder comes.
    await followUpDueOnWednesday(rae.id, "Gil Thursday");
    await getDb().delete(reminderDeliveries);
    expect(await unsafeRunDailyReminderJob({ now: NEXT_MORNING })).toMatchObject({ sent: 0 });
    expect(receivedBy(rae.email)).toHaveLength(1);
    // A second click (a client retrying) is harmless and changes nothing more.
    expect((await post()).status).toBe(200);
    expect(await getMyDigestPreferencesOf(rae.id)).toMatchObject({
      dailyReminder: false,
      studentDigest: true,
    });
  });
});

async function getMyDigestPreferencesOf(userId: string) {
  const [row] = await getDb().select().from(digestPreferences).where(eq(digestPreferences.userId, userId));
  return row;
}

describe("the daily reminder preference", () => {
  it("is off by default, a student can turn it on and off, and an advisor's form cannot set it", async () => {
    const rae = await createUser({ role: "student" });
    await signInAs(rae.id);
    expect(await getMyDigestPreferences()).toMatchObject({ dailyReminder: false, studentDigest: true });
    await updateMyDigestPreferences(
      digestPreferencesSchema.parse({ studentDigest: "on", dailyReminder: "on" }),
    );
    expect(await getMyDigestPreferences()).toMatchObject({ dailyReminder: true, studentDigest: true });
    await updateMyDigestPreferences(digestPreferencesSchema.parse({ studentDigest: "on" }));
    expect(await getMyDigestPreferences()).toMatchObject({ dailyReminder: false });

    const advisor = await createUser({ role: "advisor" });
    await signInAs(advisor.id);
    await updateMyDigestPreferences(
      digestPreferencesSchema.parse({ advisorDigest: "on", dailyReminder: "on" }),
    );
    expect(await getMyDigestPreferences()).toMatchObject({ dailyReminder: false });
    expect(await unsafeLoadDigestPreferences(advisor.id)).toEqual({
      studentDigest: true,
      advisorDigest: true,
      weekday: null,
    });
  });
});
