import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  careerFields,
  contacts,
  followUps,
  interviews,
  journalEntries,
  organizations,
  outreachAttempts,
} from "@/db/schema/index";
import { createContact } from "@/lib/data/student/contacts/contacts";
import { logFollowUp } from "@/lib/data/student/contacts/follow-ups";
import { logOutreach } from "@/lib/data/student/contacts/outreach";
import { addJournalEntry } from "@/lib/data/student/home/journal";
import { addReferralFromInterview } from "@/lib/data/student/interviews/interview-referral";
import { scheduleInterview } from "@/lib/data/student/interviews/interviews";
import { createCareerField } from "@/lib/data/student/research/career-fields";
import { createOrganization } from "@/lib/data/student/research/organizations";
import { contactFields } from "@/lib/validation/contact";
import { signInAs } from "../factories/sessions";
import {
  createContact as insertContact,
  createInterview as insertInterview,
} from "../factories/student-records";
import { createUser } from "../factories/users";

// Every keyed create goes through one statement (insert … on conflict do update … returning id): two copies
// of one submit arriving together make one row, and both callers get its id.

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

const idOf = (result: { id: string } | { status: string }) => ("id" in result ? result.id : result.status);

describe("keyed creates, submitted twice at once", () => {
  const cases: {
    name: string;
    table:
      | typeof contacts
      | typeof outreachAttempts
      | typeof followUps
      | typeof interviews
      | typeof organizations
      | typeof careerFields
      | typeof journalEntries;
    create: (studentId: string, key: string) => Promise<() => Promise<{ id: string } | { status: string }>>;
  }[] = [
    {
      name: "contact",
      table: contacts,
      create: async (_studentId, creationKey) => () =>
        createContact({ ...contactFields.parse({ name: "Dana Reyes" }), creationKey }),
    },
    {
      name: "outreach",
      table: outreachAttempts,
      create: async (studentId, creationKey) => {
        const contact = await insertContact(studentId);
        return () =>
          logOutreach(contact.id, {
            sentOn: "2026-01-05",
            channel: "email",
            message: "Hello",
            isFollowUp: false,
            creationKey,
          });
      },
    },
    {
      name: "follow-up",
      table: followUps,
      create: async (studentId, creationKey) => {
        const contact = await insertContact(studentId);
        return () =>
          logFollowUp(contact.id, {
            kind: "update",
            sentOn: "2026-01-05",
            channel: "email",
            note: "",
            notePrivate: false,
            creationKey,
          });
      },
    },
    {
      name: "interview",
      table: interviews,
      create: async (studentId, creationKey) => {
        const contact = await insertContact(studentId);
        return () =>
          scheduleInterview({
            contactId: contact.id,
            date: "2026-02-10",
            time: "14:30",
            timeZone: "America/New_York",
            format: "video",
            location: "",
            durationMinutes: 30,
            creationKey,
          });
      },
    },
    {
      name: "referral from an interview (a contact)",
      table: contacts,
      create: async (studentId, creationKey) => {
        const contact = await insertContact(studentId);
        const interview = await insertInterview(studentId, contact.id);
        return () =>
          addReferralFromInterview(interview.id, { name: "Sam Okafor", title: "", email: null, creationKey });
      },
    },
    {
      name: "organization",
      table: organizations,
      create: async (_studentId, creationKey) => () =>
        createOrganization({
          name: "Northwind",
          industry: "",
          website: null,
          whyInterested: "",
          notes: "",
          notesPrivate: false,
          priority: "medium",
          careerFieldId: null,
          creationKey,
        }),
    },
    {
      name: "career field",
      table: careerFields,
      create: async (_studentId, creationKey) => () =>
        createCareerField({ name: "Museum education", notes: "", notesPrivate: false, creationKey }),
    },
    {
      name: "journal entry",
      table: journalEntries,
      create: async (_studentId, creationKey) => () =>
        addJournalEntry({ learned: "Ask earlier", nextSteps: "", creationKey }),
    },
  ];

  for (const { name, table, create } of cases) {
    it(`makes one ${name} and gives both callers its id`, async () => {
      const student = await signedInStudent();
      const submit = await create(student.id, randomUUID());
      const before = await getDb().$count(table, eq(table.studentId, student.id));
      const [first, second] = await Promise.all([submit(), submit()]);
      expect(idOf(first)).toMatch(/^[0-9a-f-]{36}$/);
      expect(idOf(second)).toBe(idOf(first));
      expect(await getDb().$count(table, eq(table.studentId, student.id))).toBe(before + 1);
    });
  }

  it("waits for an uncommitted insert of the same key, then answers with that row", async () => {
    const student = await signedInStudent();
    const creationKey = randomUUID();
    let pending: Promise<{ id: string }> | undefined;
    const heldId = await getDb().transaction(async (tx) => {
      const [held] = await tx
        .insert(contacts)
        .values({ studentId: student.id, name: "Dana Reyes", creationKey })
        .returning({ id: contacts.id });
      // The same submit arrives while the first is still open: it must wait, not insert or fail.
      pending = createContact({ ...contactFields.parse({ name: "Dana Reyes" }), creationKey });
      await new Promise((resolve) => setTimeout(resolve, 300));
      return held!.id;
    });
    expect((await pending!).id).toBe(heldId);
    expect(await getDb().$count(contacts, eq(contacts.studentId, student.id))).toBe(1);
  });

  it("never answers with another student's record that happens to share the key", async () => {
    const other = await createUser({ role: "student" });
    const creationKey = randomUUID();
    const theirs = await insertContact(other.id, { creationKey });
    await signedInStudent();
    const mine = await createContact({ ...contactFields.parse({ name: "Dana Reyes" }), creationKey });
    expect(mine.id).not.toBe(theirs.id);
  });

  it("still refuses a second organization of the same name under a new key", async () => {
    await signedInStudent();
    const input = {
      name: "Northwind",
      industry: "",
      website: null,
      whyInterested: "",
      notes: "",
      notesPrivate: false,
      priority: "medium" as const,
      careerFieldId: null,
    };
    expect(await createOrganization({ ...input, creationKey: randomUUID() })).toMatchObject({
      status: "created",
    });
    expect(await createOrganization({ ...input, name: "NORTHWIND", creationKey: randomUUID() })).toEqual({
      status: "duplicate-name",
    });
  });
});
