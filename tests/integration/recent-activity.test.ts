import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { journalEntries } from "@/db/schema/index";
import { listMyRecentActivity } from "@/lib/data/student/home/recent-activity";
import { signInAs } from "../factories/sessions";
import {
  createContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

const NOW = new Date("2026-11-20T12:00:00Z");
/** Minutes before NOW, so each event's place in the order is plain to read. */
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

async function createJournalEntry(studentId: string, createdAt: Date, learned = "") {
  const [row] = await getDb()
    .insert(journalEntries)
    .values({ studentId, entryOn: "2026-11-20", learned, createdAt })
    .returning();
  return row!;
}

describe("recent activity", () => {
  it("lists every kind of event newest first, each with a label and the page it is about", async () => {
    const me = await signedInStudent();
    const org = await createOrganization(me.id, { name: "Contoso", createdAt: ago(100) });
    const dana = await createContact(me.id, { name: "Dana Lee", organizationId: org.id, createdAt: ago(90) });
    const first = await createOutreachAttempt(me.id, dana.id, {
      channel: "email",
      createdAt: ago(80),
      updatedAt: ago(80),
    });
    const answered = await createOutreachAttempt(me.id, dana.id, {
      channel: "linkedin",
      isFollowUp: true,
      reply: "replied",
      repliedOn: "2026-01-06",
      createdAt: ago(75),
      updatedAt: ago(70),
    });
    const interview = await createInterview(me.id, dana.id, {
      status: "completed",
      createdAt: ago(60),
      startsAt: ago(50),
    });
    const thanks = await createFollowUp(me.id, dana.id, {
      kind: "thank_you",
      channel: "email",
      interviewId: interview.id,
      createdAt: ago(40),
    });
    const update = await createFollowUp(me.id, dana.id, {
      kind: "update",
      channel: "other",
      createdAt: ago(30),
    });
    const touch = await createFollowUp(me.id, dana.id, {
      kind: "touch",
      channel: "phone",
      createdAt: ago(20),
    });
    const reflection = await createJournalEntry(me.id, ago(10));

    const items = await listMyRecentActivity({ now: NOW });
    expect(items.map(({ kind, label, href }) => ({ kind, label, href }))).toEqual([
      { kind: "reflection-written", label: "Wrote a reflection", href: "/home#reflection-heading" },
      {
        kind: "touch-logged",
        label: "Logged a keep-in-touch note to Dana Lee by phone",
        href: `/contacts/${dana.id}`,
      },
      { kind: "update-logged", label: "Logged an update to Dana Lee", href: `/contacts/${dana.id}` },
      {
        kind: "thank-you-logged",
        label: "Logged a thank-you to Dana Lee by email",
        href: `/interviews/${interview.id}`,
      },
      { kind: "interview-held", label: "Interviewed Dana Lee", href: `/interviews/${interview.id}` },
      {
        kind: "interview-scheduled",
        label: "Scheduled an interview with Dana Lee",
        href: `/interviews/${interview.id}`,
      },
      { kind: "reply-recorded", label: "Recorded a reply from Dana Lee", href: `/contacts/${dana.id}` },
      {
        kind: "outreach-logged",
        label: "Logged a follow-up to Dana Lee on LinkedIn",
        href: `/contacts/${dana.id}`,
      },
      {
        kind: "outreach-logged",
        label: "Logged outreach to Dana Lee by email",
        href: `/contacts/${dana.id}`,
      },
      { kind: "contact-added", label: "Added Dana Lee to your contacts", href: `/contacts/${dana.id}` },
    ]);
    // The times are the events' own, and each item has a key of its own.
    expect(items.map((i) => i.at.toISOString())).toEqual(
      [10, 20, 30, 40, 50, 60, 70, 75, 80, 90].map((m) => ago(m).toISOString()),
    );
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(items.map((i) => i.key)).toContain(`reflection-written-${reflection.id}`);
    expect(items.map((i) => i.key)).toEqual(
      expect.arrayContaining([
        `touch-logged-${touch.id}`,
        `update-logged-${update.id}`,
        `thank-you-logged-${thanks.id}`,
        `reply-recorded-${answered.id}`,
        `outreach-logged-${first.id}`,
      ]),
    );
    // Ten is the default limit: the organization, the oldest event, is the eleventh.
    expect(items).toHaveLength(10);
    expect((await listMyRecentActivity({ now: NOW, limit: 11 })).at(-1)).toMatchObject({
      kind: "organization-added",
      label: "Added Contoso to your research",
      href: `/research/organizations/${org.id}`,
    });
  });

  it("keeps only the newest, across all kinds, up to the limit", async () => {
    const me = await signedInStudent();
    // Twelve contacts, then an older organization and a newer reflection: the cut runs across tables.
    for (let i = 1; i <= 12; i++) {
      await createContact(me.id, { name: `Person ${i}`, createdAt: ago(100 - i) });
    }
    await createOrganization(me.id, { name: "Old Org", createdAt: ago(500) });
    await createJournalEntry(me.id, ago(1));

    const items = await listMyRecentActivity({ now: NOW });
    expect(items.map((i) => i.label)).toEqual([
      "Wrote a reflection",
      ...[12, 11, 10, 9, 8, 7, 6, 5, 4].map((i) => `Added Person ${i} to your contacts`),
    ]);
    expect((await listMyRecentActivity({ now: NOW, limit: 3 })).map((i) => i.label)).toEqual([
      "Wrote a reflection",
      "Added Person 12 to your contacts",
      "Added Person 11 to your contacts",
    ]);
  });

  it("says who declined, counts an interview as held only once it has started, and skips no-reply attempts", async () => {
    const me = await signedInStudent();
    const sam = await createContact(me.id, { name: "Sam Ortiz", createdAt: ago(300) });
    await createOutreachAttempt(me.id, sam.id, {
      reply: "declined",
      repliedOn: "2026-01-06",
      createdAt: ago(200),
      updatedAt: ago(5),
    });
    // Marked completed but starting tomorrow, and a cancelled one in the past: neither was "held".
    await createInterview(me.id, sam.id, {
      status: "completed",
      createdAt: ago(150),
      startsAt: ago(-24 * 60),
    });
    await createInterview(me.id, sam.id, { status: "cancelled", createdAt: ago(140), startsAt: ago(100) });

    const labels = (await listMyRecentActivity({ now: NOW })).map((i) => i.label);
    expect(labels).toEqual([
      "Recorded that Sam Ortiz declined",
      "Scheduled an interview with Sam Ortiz",
      "Scheduled an interview with Sam Ortiz",
      "Logged outreach to Sam Ortiz by email",
      "Added Sam Ortiz to your contacts",
    ]);
  });

  it("shows only the signed-in student's events, never another student's", async () => {
    const other = await createUser({ role: "student" });
    const theirOrg = await createOrganization(other.id, { name: "Their Org", createdAt: ago(1) });
    const theirs = await createContact(other.id, { name: "Their Contact", createdAt: ago(1) });
    await createOutreachAttempt(other.id, theirs.id, {
      createdAt: ago(1),
      reply: "replied",
      repliedOn: "2026-01-06",
    });
    const theirInterview = await createInterview(other.id, theirs.id, {
      status: "completed",
      createdAt: ago(1),
      startsAt: ago(2),
    });
    await createFollowUp(other.id, theirs.id, {
      kind: "thank_you",
      interviewId: theirInterview.id,
      createdAt: ago(1),
    });
    await createJournalEntry(other.id, ago(1));

    const me = await signedInStudent();
    const mine = await createContact(me.id, { name: "My Contact", createdAt: ago(60) });

    const items = await listMyRecentActivity({ now: NOW });
    expect(items.map((i) => i.label)).toEqual(["Added My Contact to your contacts"]);
    expect(items[0]?.href).toBe(`/contacts/${mine.id}`);
    const everything = JSON.stringify(items);
    for (const id of [theirOrg.id, theirs.id, theirInterview.id]) expect(everything).not.toContain(id);
    expect(everything).not.toMatch(/Their/);

    // And the other way round: they see their own, none of mine.
    await signInAs(other.id);
    const theirView = await listMyRecentActivity({ now: NOW });
    expect(theirView).toHaveLength(8);
    expect(JSON.stringify(theirView)).not.toContain("My Contact");
  });

  it("never puts note, message or reflection text into a label", async () => {
    const me = await signedInStudent();
    const org = await createOrganization(me.id, {
      name: "Fabrikam",
      notes: "SECRET org notes",
      notesPrivate: true,
      whyInterested: "SECRET why",
    });
    const contact = await createContact(me.id, {
      name: "Kim Park",
      organizationId: org.id,
      notes: "SECRET contact notes",
      notesPrivate: true,
    });
    await createOutreachAttempt(me.id, contact.id, { message: "SECRET outreach message" });
    const interview = await createInterview(me.id, contact.id, {
      status: "completed",
      startsAt: ago(60),
      notes: "SECRET interview notes",
      notesPrivate: true,
      takeaways: "SECRET takeaways",
    });
    await createFollowUp(me.id, contact.id, {
      kind: "thank_you",
      interviewId: interview.id,
      note: "SECRET thank-you note",
      notePrivate: true,
    });
    await createJournalEntry(me.id, ago(5), "SECRET reflection");

    const items = await listMyRecentActivity({ now: NOW, limit: 50 });
    expect(items.map((i) => i.kind).sort()).toEqual(
      [
        "contact-added",
        "interview-held",
        "interview-scheduled",
        "organization-added",
        "outreach-logged",
        "reflection-written",
        "thank-you-logged",
      ].sort(),
    );
    expect(JSON.stringify(items)).not.toContain("SECRET");
  });

  it("is empty for a student who has logged nothing", async () => {
    await signedInStudent();
    expect(await listMyRecentActivity()).toEqual([]);
  });

  it.each(["advisor", "admin"] as const)("is not an %s's to read", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listMyRecentActivity());
  });

  it("sends a signed-out caller to sign in", async () => {
    await expectRedirect(listMyRecentActivity(), "/sign-in");
  });
});
