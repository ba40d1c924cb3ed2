import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { contacts } from "@/db/schema/index";
import {
  createContact,
  deleteContact,
  findPossibleDuplicates,
  getMyContact,
  listMyContacts,
  updateContact,
} from "@/lib/data/student/contacts/contacts";
import { getReferralChain, getReferralNetwork } from "@/lib/data/student/contacts/referrals";
import { contactFields, type ContactInput } from "@/lib/validation/contact";
import { signInAs } from "../factories/sessions";
import {
  createContact as insertContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

// Every test makes its own students, so other tests' contacts in this file's database never show up.

/** What the form would post, parsed by the shared schema: the data layer only ever sees parsed input. */
function input(fields: Record<string, string> = {}): ContactInput {
  return contactFields.parse({ name: "Dana Reyes", ...fields });
}

async function signedInStudent(name = "Student") {
  const student = await createUser({ role: "student", name });
  await signInAs(student.id);
  return student;
}

async function readRow(id: string) {
  const [row] = await getDb().select().from(contacts).where(eq(contacts.id, id));
  return row;
}

describe("listMyContacts", () => {
  it("lists the student's contacts by name, with organization and referrer", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id, { name: "Acme Labs" });
    const referrer = await insertContact(student.id, { name: "bea Ortiz", source: "alumni" });
    await insertContact(student.id, {
      name: "Carl Ng",
      title: "Engineer",
      organizationId: org.id,
      email: "carl@acme.test",
      source: "referral",
      referredByContactId: referrer.id,
    });
    await insertContact(student.id, { name: "Ana Diaz" });

    expect(await listMyContacts()).toEqual([
      expect.objectContaining({
        name: "Ana Diaz",
        organizationName: null,
        referredByName: null,
        email: null,
      }),
      expect.objectContaining({ name: "bea Ortiz", source: "alumni" }),
      {
        id: expect.any(String),
        name: "Carl Ng",
        title: "Engineer",
        organizationName: "Acme Labs",
        source: "referral",
        email: "carl@acme.test",
        referredByName: "bea Ortiz",
      },
    ]);
  });

  it("searches name, title, email and organization, ignoring case", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id, { name: "Northwind Traders" });
    await insertContact(student.id, { name: "Priya Shah" });
    await insertContact(student.id, { name: "Sam Lee", title: "Product Manager" });
    await insertContact(student.id, { name: "Kim Park", email: "kim@studio.test" });
    await insertContact(student.id, { name: "Lou Fox", organizationId: org.id });

    const names = async (query: string) => (await listMyContacts({ query })).map((c) => c.name);
    expect(await names("PRIYA")).toEqual(["Priya Shah"]);
    expect(await names("product")).toEqual(["Sam Lee"]);
    expect(await names("studio.test")).toEqual(["Kim Park"]);
    expect(await names("northwind")).toEqual(["Lou Fox"]);
    expect(await names("   ")).toHaveLength(4);
  });

  it("treats %, _ and \\ in a search as plain characters", async () => {
    const student = await signedInStudent();
    await insertContact(student.id, { name: "Ada Lovelace" });
    await insertContact(student.id, { name: "Grace Hopper", title: "100% remote" });
    await insertContact(student.id, { name: "Alan Turing", email: "alan_t@example.test" });
    await insertContact(student.id, { name: "Back Slash", notes: "", title: "a\\b" });

    const names = async (query: string) => (await listMyContacts({ query })).map((c) => c.name);
    expect(await names("%")).toEqual(["Grace Hopper"]);
    expect(await names("_")).toEqual(["Alan Turing"]);
    expect(await names("\\")).toEqual(["Back Slash"]);
    expect(await names("a%e")).toEqual([]);
  });

  it("never shows another student's contacts, listed or searched", async () => {
    const a = await createUser({ role: "student" });
    await insertContact(a.id, { name: "Only Mine" });
    await signedInStudent();
    await insertContact((await createUser()).id, { name: "Also Not Yours" });
    expect(await listMyContacts()).toEqual([]);
    expect(await listMyContacts({ query: "Only" })).toEqual([]);
    expect(await listMyContacts({ query: "%" })).toEqual([]);
  });
});

describe("getMyContact", () => {
  it("returns every field, the referrer, the referrals and a newest-first timeline", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id, { name: "Acme Labs" });
    const referrer = await insertContact(student.id, { name: "Bea Ortiz" });
    const contact = await insertContact(student.id, {
      name: "Carl Ng",
      title: "Engineer",
      organizationId: org.id,
      email: "carl@acme.test",
      phone: "+1 (555) 010-2000",
      linkedinUrl: "https://www.linkedin.com/in/carl",
      source: "referral",
      notes: "Met at the fair",
      notesPrivate: true,
      referredByContactId: referrer.id,
      keepInTouchCadence: "quarterly",
    });
    const referral = await insertContact(student.id, { name: "Dee Moss", referredByContactId: contact.id });
    await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-05", message: "Hello Carl" });
    await createInterview(student.id, contact.id, {
      startsAt: new Date("2026-01-13T02:00:00Z"), // still the 12th in New York
      timeZone: "America/New_York",
      takeaways: "Learn SQL",
    });
    await createFollowUp(student.id, contact.id, {
      sentOn: "2026-01-20",
      kind: "update",
      note: "x".repeat(300),
    });

    const detail = await getMyContact(contact.id);
    expect(detail).toMatchObject({
      id: contact.id,
      version: 1,
      name: "Carl Ng",
      title: "Engineer",
      organizationId: org.id,
      organizationName: "Acme Labs",
      email: "carl@acme.test",
      phone: "+1 (555) 010-2000",
      linkedinUrl: "https://www.linkedin.com/in/carl",
      source: "referral",
      notes: "Met at the fair",
      notesPrivate: true,
      referredByContactId: referrer.id,
      referredBy: { id: referrer.id, name: "Bea Ortiz" },
      keepInTouchCadence: "quarterly",
      referrals: [{ id: referral.id, name: "Dee Moss" }],
    });
    expect(detail.timeline.map((t) => [t.kind, t.date])).toEqual([
      ["follow-up", "2026-01-20"],
      ["interview", "2026-01-12"],
      ["outreach", "2026-01-05"],
    ]);
    expect(detail.timeline[0]!.text.length).toBeLessThanOrEqual(140);
    expect(detail.timeline[1]!.text).toBe("Learn SQL");
    expect(detail.timeline[2]!.text).toBe("Hello Carl");
  });

  it("answers 404 for a missing id", async () => {
    await signedInStudent();
    await expectNotFound(getMyContact(randomUUID()));
  });
});

describe("findPossibleDuplicates", () => {
  it("finds the same email, ignoring case", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id, { name: "Acme" });
    const existing = await insertContact(student.id, {
      name: "Dana Reyes",
      email: "dana@acme.test",
      organizationId: org.id,
    });
    expect(
      await findPossibleDuplicates({ name: "D. Reyes", organizationId: null, email: " DANA@Acme.test " }),
    ).toEqual([{ id: existing.id, name: "Dana Reyes", organizationName: "Acme", reason: "email" }]);
  });

  it("finds the same name at the same organization, but not at another", async () => {
    const student = await signedInStudent();
    const acme = await createOrganization(student.id);
    const other = await createOrganization(student.id);
    const existing = await insertContact(student.id, { name: "Dana Reyes", organizationId: acme.id });
    expect(
      await findPossibleDuplicates({ name: "  dana reyes ", organizationId: acme.id, email: null }),
    ).toEqual([expect.objectContaining({ id: existing.id, reason: "name-and-organization" })]);
    expect(
      await findPossibleDuplicates({ name: "Dana Reyes", organizationId: other.id, email: null }),
    ).toEqual([]);
    expect(
      await findPossibleDuplicates({
        name: "Dana Reyes",
        organizationId: acme.id,
        email: null,
        exceptId: existing.id,
      }),
    ).toEqual([]);
  });

  it("never matches another student's contacts", async () => {
    const a = await createUser({ role: "student" });
    const orgA = await createOrganization(a.id);
    await insertContact(a.id, { name: "Dana Reyes", email: "dana@acme.test", organizationId: orgA.id });
    await insertContact(a.id, { name: "No Org" });
    await signedInStudent();
    expect(
      await findPossibleDuplicates({ name: "Dana Reyes", organizationId: orgA.id, email: "dana@acme.test" }),
    ).toEqual([]);
    expect(await findPossibleDuplicates({ name: "No Org", organizationId: null, email: null })).toEqual([]);
  });
});

describe("createContact", () => {
  it("creates the contact from the allowed fields", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id);
    const result = await createContact({
      ...input({ name: "Dana Reyes", organizationId: org.id, email: "Dana@Acme.test", source: "alumni" }),
      creationKey: randomUUID(),
    });
    expect(result).toEqual({ status: "created", id: expect.any(String) });
    expect(await readRow(result.id)).toMatchObject({
      studentId: student.id,
      name: "Dana Reyes",
      organizationId: org.id,
      email: "dana@acme.test",
      source: "alumni",
      version: 1,
    });
  });

  it("marks someone referred by a contact as a referral", async () => {
    const student = await signedInStudent();
    const referrer = await insertContact(student.id);
    const { id } = await createContact({
      ...input({ referredByContactId: referrer.id, source: "linkedin" }),
      creationKey: randomUUID(),
    });
    expect(await readRow(id)).toMatchObject({ source: "referral", referredByContactId: referrer.id });
  });

  it("creates one contact for a double submit with the same key", async () => {
    const student = await signedInStudent();
    const creationKey = randomUUID();
    const [first, second] = await Promise.all([
      createContact({ ...input({ name: "Once" }), creationKey }),
      createContact({ ...input({ name: "Once" }), creationKey }),
    ]);
    const third = await createContact({ ...input({ name: "Once" }), creationKey });
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    const rows = await getDb().select().from(contacts).where(eq(contacts.studentId, student.id));
    expect(rows).toHaveLength(1);
  });

  it("answers 404 for another student's organization or referrer, and creates nothing", async () => {
    const a = await createUser({ role: "student" });
    const orgA = await createOrganization(a.id);
    const contactA = await insertContact(a.id);
    const b = await signedInStudent();
    await expectNotFound(createContact({ ...input({ organizationId: orgA.id }), creationKey: randomUUID() }));
    await expectNotFound(
      createContact({ ...input({ referredByContactId: contactA.id }), creationKey: randomUUID() }),
    );
    await expectNotFound(
      createContact({ ...input({ organizationId: randomUUID() }), creationKey: randomUUID() }),
    );
    expect(await getDb().select().from(contacts).where(eq(contacts.studentId, b.id))).toEqual([]);
  });
});

describe("updateContact", () => {
  it("saves the edit and moves the version on", async () => {
    const student = await signedInStudent();
    const contact = await insertContact(student.id, { name: "Old Name" });
    const result = await updateContact({
      ...input({ name: "New Name", phone: "555 0100", keepInTouchCadence: "monthly" }),
      id: contact.id,
      version: 1,
    });
    expect(result).toEqual({ status: "saved", id: contact.id, version: 2 });
    expect(await readRow(contact.id)).toMatchObject({
      name: "New Name",
      phone: "555 0100",
      keepInTouchCadence: "monthly",
      version: 2,
    });
  });

  it("refuses a save from a stale version and changes nothing", async () => {
    const student = await signedInStudent();
    const contact = await insertContact(student.id, { name: "Original" });
    await updateContact({ ...input({ name: "First tab" }), id: contact.id, version: 1 });
    expect(await updateContact({ ...input({ name: "Second tab" }), id: contact.id, version: 1 })).toEqual({
      status: "stale",
    });
    expect(await readRow(contact.id)).toMatchObject({ name: "First tab", version: 2 });
  });

  it("refuses a contact referred by themselves", async () => {
    const student = await signedInStudent();
    const contact = await insertContact(student.id);
    expect(
      await updateContact({ ...input({ referredByContactId: contact.id }), id: contact.id, version: 1 }),
    ).toEqual({ status: "invalid", field: "referredByContactId", message: expect.any(String) });
    expect(await readRow(contact.id)).toMatchObject({ referredByContactId: null, version: 1 });
  });

  it("refuses a referral loop, however long", async () => {
    const student = await signedInStudent();
    const a = await insertContact(student.id, { name: "A" });
    const b = await insertContact(student.id, { name: "B", referredByContactId: a.id });
    const c = await insertContact(student.id, { name: "C", referredByContactId: b.id });
    for (const referrer of [b, c]) {
      expect(
        await updateContact({
          ...input({ name: "A", referredByContactId: referrer.id }),
          id: a.id,
          version: 1,
        }),
      ).toMatchObject({ status: "invalid", field: "referredByContactId" });
    }
    expect(await readRow(a.id)).toMatchObject({ referredByContactId: null, version: 1 });
    // Re-pointing down the chain without a loop is fine.
    const d = await insertContact(student.id, { name: "D" });
    expect(
      await updateContact({ ...input({ name: "C", referredByContactId: d.id }), id: c.id, version: 1 }),
    ).toMatchObject({ status: "saved" });
  });

  it("answers 404 for another student's contact, organization or referrer, and changes nothing", async () => {
    const a = await createUser({ role: "student" });
    const orgA = await createOrganization(a.id);
    const contactA = await insertContact(a.id, { name: "Theirs" });
    const b = await signedInStudent();
    const mine = await insertContact(b.id, { name: "Mine" });
    await expectNotFound(updateContact({ ...input({ name: "Hijacked" }), id: contactA.id, version: 1 }));
    await expectNotFound(updateContact({ ...input({ organizationId: orgA.id }), id: mine.id, version: 1 }));
    await expectNotFound(
      updateContact({ ...input({ referredByContactId: contactA.id }), id: mine.id, version: 1 }),
    );
    expect(await readRow(contactA.id)).toMatchObject({ name: "Theirs", version: 1 });
    expect(await readRow(mine.id)).toMatchObject({ name: "Mine", organizationId: null, version: 1 });
  });
});

describe("deleteContact", () => {
  it("deletes the contact with their history and keeps the people they referred", async () => {
    const student = await signedInStudent();
    const contact = await insertContact(student.id);
    const referral = await insertContact(student.id, { referredByContactId: contact.id });
    await createOutreachAttempt(student.id, contact.id);
    await deleteContact(contact.id);
    expect(await readRow(contact.id)).toBeUndefined();
    expect(await readRow(referral.id)).toMatchObject({ referredByContactId: null });
    await expectNotFound(deleteContact(contact.id));
  });

  it("answers 404 for another student's contact and deletes nothing", async () => {
    const a = await createUser({ role: "student" });
    const contactA = await insertContact(a.id);
    await signedInStudent();
    await expectNotFound(deleteContact(contactA.id));
    await expectNotFound(getMyContact(contactA.id));
    expect(await readRow(contactA.id)).toBeDefined();
  });
});

describe("referrals", () => {
  it("lists the network as nodes with their referrer", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id, { name: "Acme" });
    const root = await insertContact(student.id, { name: "Root", organizationId: org.id });
    const leaf = await insertContact(student.id, { name: "Leaf", referredByContactId: root.id });
    await insertContact((await createUser()).id, { name: "Someone else's" });
    expect(await getReferralNetwork()).toEqual([
      { id: leaf.id, name: "Leaf", organizationName: null, referredByContactId: root.id },
      { id: root.id, name: "Root", organizationName: "Acme", referredByContactId: null },
    ]);
  });

  it("returns a three-deep chain from root to contact, then who they referred", async () => {
    const student = await signedInStudent();
    const org = await createOrganization(student.id, { name: "Acme" });
    const root = await insertContact(student.id, { name: "Root", organizationId: org.id });
    const middle = await insertContact(student.id, { name: "Middle", referredByContactId: root.id });
    const leaf = await insertContact(student.id, { name: "Leaf", referredByContactId: middle.id });
    const next = await insertContact(student.id, { name: "Next", referredByContactId: leaf.id });

    const { chain, referrals } = await getReferralChain(leaf.id);
    expect(chain).toEqual([
      { id: root.id, name: "Root", organizationName: "Acme" },
      { id: middle.id, name: "Middle", organizationName: null },
      { id: leaf.id, name: "Leaf", organizationName: null },
    ]);
    expect(referrals).toEqual([{ id: next.id, name: "Next", organizationName: null }]);
    expect((await getReferralChain(root.id)).chain.map((c) => c.name)).toEqual(["Root"]);
  });

  it("stops at a loop written straight into the database", async () => {
    const student = await signedInStudent();
    const a = await insertContact(student.id, { name: "A" });
    const b = await insertContact(student.id, { name: "B", referredByContactId: a.id });
    await getDb().update(contacts).set({ referredByContactId: b.id }).where(eq(contacts.id, a.id));
    expect((await getReferralChain(b.id)).chain.map((c) => c.name)).toEqual(["A", "B"]);
  });

  it("answers 404 for another student's contact", async () => {
    const a = await createUser({ role: "student" });
    const contactA = await insertContact(a.id);
    await signedInStudent();
    await expectNotFound(getReferralChain(contactA.id));
    expect(await getReferralNetwork()).toEqual([]);
  });
});

describe("who may call", () => {
  const calls = (id: string): [string, () => Promise<unknown>][] => [
    ["listMyContacts", () => listMyContacts()],
    ["getMyContact", () => getMyContact(id)],
    [
      "findPossibleDuplicates",
      () => findPossibleDuplicates({ name: "X", organizationId: null, email: null }),
    ],
    ["createContact", () => createContact({ ...input(), creationKey: randomUUID() })],
    ["updateContact", () => updateContact({ ...input(), id, version: 1 })],
    ["deleteContact", () => deleteContact(id)],
    ["getReferralNetwork", () => getReferralNetwork()],
    ["getReferralChain", () => getReferralChain(id)],
  ];

  it.each(["advisor", "admin"] as const)("answers 404 to an %s for every function", async (role) => {
    const student = await createUser({ role: "student" });
    const contact = await insertContact(student.id, { name: "Untouched" });
    await signInAs((await createUser({ role })).id);
    for (const [, call] of calls(contact.id)) await expectNotFound(call());
    expect(await readRow(contact.id)).toMatchObject({ name: "Untouched", version: 1 });
  });

  it("sends a signed-out caller to sign-in", async () => {
    for (const [, call] of calls(randomUUID())) await expectRedirect(call(), "/sign-in");
  });
});
