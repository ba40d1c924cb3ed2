import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { confirmImportAction, previewImportAction } from "@/app/(student)/my-data/actions";
import { GET as exportJson } from "@/app/(student)/my-data/export.json/route";
import { GET as exportZip } from "@/app/(student)/my-data/export.zip/route";
import { getDb } from "@/db/client";
import {
  auditEvents,
  contacts,
  interviewQuestions,
  journalEntries,
  organizations,
  questions,
  studentProfiles,
} from "@/db/schema/index";
import { importContacts, previewContactImport } from "@/lib/data/student/my-data/contact-import";
import { parseContactCsv, type RawContactRow } from "@/lib/domain/linkedin-connections";
import { signInAs } from "../factories/sessions";
import {
  createCareerField,
  createContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

async function signedInStudent(name = "Student") {
  const student = await createUser({ role: "student", name });
  await signInAs(student.id);
  return student;
}

/** A student with one of everything, some of it written to look like spreadsheet formulas. */
async function seedEverything(studentId: string, label: string) {
  const field = await createCareerField(studentId, { name: `${label} Field`, notes: "+1 field notes" });
  const org = await createOrganization(studentId, {
    name: `${label} Org`,
    notes: '=HYPERLINK("http://x")',
    careerFieldId: field.id,
  });
  const contact = await createContact(studentId, {
    name: `${label} Contact`,
    organizationId: org.id,
    phone: "+1 555 0100",
    notes: "@SUM(A1)",
    creationKey: randomUUID(),
  });
  await createOutreachAttempt(studentId, contact.id, { message: `-${label} outreach` });
  const interview = await createInterview(studentId, contact.id, { takeaways: `${label} takeaways` });
  const [question] = await getDb()
    .insert(questions)
    .values({ studentId, category: "advice", text: `${label} question?` })
    .returning();
  await getDb()
    .insert(interviewQuestions)
    .values({
      interviewId: interview.id,
      questionId: question!.id,
      position: 0,
      answerNotes: `${label} answer`,
    });
  await createFollowUp(studentId, contact.id, {
    interviewId: interview.id,
    kind: "thank_you",
    note: `${label} thanks`,
  });
  await getDb()
    .insert(studentProfiles)
    .values({ studentId, elevatorPitch: `${label} pitch` });
  await getDb()
    .insert(journalEntries)
    .values({ studentId, entryOn: "2026-01-10", learned: `${label} learned` });
  return { org, contact, interview };
}

describe("JSON export", () => {
  it("holds everything the student entered, and nothing of another student's", async () => {
    const other = await createUser({ role: "student" });
    await seedEverything(other.id, "Theirs");
    const me = await signedInStudent("Me");
    const mine = await seedEverything(me.id, "Mine");

    const response = await exportJson();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="fieldnotes-export-.*\.json"$/,
    );
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    const text = await response.text();
    expect(text).not.toContain("Theirs");
    expect(text).not.toMatch(/creationKey|studentId|"version"/);

    const doc = JSON.parse(text) as Record<string, unknown> & {
      contacts: { id: string; name: string; organizationName: string; createdAt: string }[];
      interviews: {
        id: string;
        startsAt: string;
        questions: { text: string; answerNotes: string; position: number }[];
      }[];
    };
    expect(Object.keys(doc)).toEqual([
      "format",
      "formatVersion",
      "exportedAt",
      "student",
      "profile",
      "careerFields",
      "organizations",
      "contacts",
      "outreach",
      "questions",
      "interviews",
      "followUps",
      "journalEntries",
    ]);
    expect(doc.profile).toMatchObject({ elevatorPitch: "Mine pitch" });
    expect(doc).toMatchObject({
      careerFields: [expect.objectContaining({ name: "Mine Field", notes: "+1 field notes" })],
      organizations: [expect.objectContaining({ name: "Mine Org", careerFieldName: "Mine Field" })],
    });
    expect(doc.contacts).toEqual([
      expect.objectContaining({ id: mine.contact.id, name: "Mine Contact", organizationName: "Mine Org" }),
    ]);
    expect(doc.contacts[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(doc.interviews).toEqual([
      expect.objectContaining({
        id: mine.interview.id,
        startsAt: "2026-01-12T15:00:00.000Z",
        questions: [
          expect.objectContaining({ text: "Mine question?", answerNotes: "Mine answer", position: 0 }),
        ],
      }),
    ]);
    expect(doc).toMatchObject({
      outreach: [expect.objectContaining({ message: "-Mine outreach", sentOn: "2026-01-05" })],
      questions: [expect.objectContaining({ text: "Mine question?" })],
      followUps: [expect.objectContaining({ note: "Mine thanks", kind: "thank_you" })],
      journalEntries: [expect.objectContaining({ learned: "Mine learned", entryOn: "2026-01-10" })],
    });
  });

  it("answers 404 without a session and to an advisor", async () => {
    expect((await exportJson()).status).toBe(404);
    expect((await exportZip()).status).toBe(404);
    const advisor = await createUser({ role: "advisor" });
    await signInAs(advisor.id);
    expect((await exportJson()).status).toBe(404);
    expect((await exportZip()).status).toBe(404);
  });

  it("puts each export on the audit record, with its format", async () => {
    const me = await createUser();
    await signInAs(me.id);
    expect((await exportJson()).status).toBe(200);
    expect((await exportZip()).status).toBe(200);
    const rows = await getDb()
      .select({ action: auditEvents.action, actorId: auditEvents.actorId, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.subjectUserId, me.id))
      .orderBy(auditEvents.id);
    expect(rows).toEqual([
      { action: "my-data.export", actorId: me.id, details: { format: "json" } },
      { action: "my-data.export", actorId: me.id, details: { format: "csv" } },
    ]);
  });
});

describe("CSV export", () => {
  it("zips one CSV per kind of record, with formula-like cells escaped", async () => {
    const other = await createUser({ role: "student" });
    await seedEverything(other.id, "Theirs");
    const me = await signedInStudent();
    await seedEverything(me.id, "Mine");

    const response = await exportZip();
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename=".*\.zip"$/);
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "contacts.csv",
        "organizations.csv",
        "outreach.csv",
        "interviews.csv",
        "follow-ups.csv",
      ]),
    );
    const table = (name: string) =>
      Papa.parse<Record<string, string>>(strFromU8(files[name]!), { header: true, skipEmptyLines: true })
        .data;

    expect(table("contacts.csv")).toEqual([
      expect.objectContaining({
        name: "Mine Contact",
        organization: "Mine Org",
        phone: "'+1 555 0100",
        notes: "'@SUM(A1)",
      }),
    ]);
    expect(table("organizations.csv")).toEqual([
      expect.objectContaining({ notes: `'=HYPERLINK("http://x")`, careerField: "Mine Field" }),
    ]);
    expect(table("career-fields.csv")).toEqual([
      expect.objectContaining({ name: "Mine Field", notes: "'+1 field notes", notesPrivate: "false" }),
    ]);
    expect(table("outreach.csv")).toEqual([
      expect.objectContaining({ message: "'-Mine outreach", contact: "Mine Contact" }),
    ]);
    expect(table("interviews.csv")).toEqual([
      expect.objectContaining({ startsAt: "2026-01-12T15:00:00.000Z" }),
    ]);
    expect(table("follow-ups.csv")).toEqual([expect.objectContaining({ note: "Mine thanks" })]);
    for (const file of Object.values(files)) expect(strFromU8(file)).not.toContain("Theirs");
  });
});

const row = (fields: Partial<RawContactRow>): RawContactRow => ({
  name: "",
  title: "",
  organization: "",
  email: "",
  phone: "",
  linkedinUrl: "",
  ...fields,
});

describe("contact import preview", () => {
  it("marks rows new, duplicate (of a contact or of an earlier row) or invalid, saving nothing", async () => {
    const me = await signedInStudent();
    const org = await createOrganization(me.id, { name: "Acme Labs" });
    await createContact(me.id, { name: "Dana Reyes", organizationId: org.id });
    await createContact(me.id, { name: "Sam Lee", email: "sam@x.test" });
    // Another student's identical contact makes nothing a duplicate.
    await createContact((await createUser()).id, { name: "Kim Park", email: "kim@x.test" });

    const preview = await previewContactImport([
      row({ name: "Kim Park", email: "KIM@x.test", linkedinUrl: "http://www.linkedin.com/in/kim" }),
      row({ name: "dana reyes", organization: "ACME LABS" }),
      row({ name: "Samuel Lee", email: "sam@x.test" }),
      row({ name: "", email: "nobody@x.test" }),
      row({ name: "Bad Email", email: "not-an-email" }),
      row({ name: "Kim P.", email: "kim@x.test", linkedinUrl: "https://evil.test/kim" }),
    ]);
    expect(preview.map((r) => [r.name, r.status])).toEqual([
      ["Kim Park", "new"],
      ["dana reyes", "duplicate"],
      ["Samuel Lee", "duplicate"],
      ["", "invalid"],
      ["Bad Email", "invalid"],
      ["Kim P.", "duplicate"],
    ]);
    expect(preview[0]).toMatchObject({
      email: "kim@x.test",
      linkedinUrl: "https://www.linkedin.com/in/kim",
      reason: null,
    });
    expect(preview[1]!.reason).toMatch(/same name and organization/);
    expect(preview[2]!.reason).toMatch(/same email/);
    expect(preview[3]!.reason).toMatch(/^Name:/);
    expect(preview[4]!.reason).toMatch(/^Email:/);
    expect(preview[5]).toMatchObject({ reason: "Same person as row 1 of this file", linkedinUrl: null });
    expect(await getDb().select().from(contacts).where(eq(contacts.studentId, me.id))).toHaveLength(2);
  });

  it("is for students only", async () => {
    await signInAs((await createUser({ role: "advisor" })).id);
    await expectNotFound(previewContactImport([row({ name: "A" })]));
    await expectNotFound(
      importContacts({ importKey: randomUUID(), format: "plain", rows: [row({ name: "A" })], chosen: [0] }),
    );
  });
});

describe("contact import", () => {
  const LINKEDIN = [
    "Notes:",
    '"Some email addresses may be missing, see https://www.linkedin.com/psettings/privacy/email"',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Ana,Diaz,http://www.linkedin.com/in/ana,ana@x.test,acme labs,Engineer,05 Jan 2026",
    "Ben,Ortiz,https://www.linkedin.com/in/ben,,Globex,PM,05 Jan 2026",
    "Cy,Young,https://www.linkedin.com/in/cy,,GLOBEX,Designer,05 Jan 2026",
    "Dee,Ray,https://www.linkedin.com/in/dee,dee@x.test,,Analyst,05 Jan 2026",
  ].join("\n");

  it("imports the chosen rows once, matching organizations case-insensitively and creating missing ones", async () => {
    const other = await createUser({ role: "student" });
    const theirOrg = await createOrganization(other.id, { name: "Globex" });
    await createContact(other.id, { name: "Ben Ortiz", organizationId: theirOrg.id });
    const me = await signedInStudent();
    const acme = await createOrganization(me.id, { name: "Acme Labs" });

    const parsed = parseContactCsv(LINKEDIN);
    if (!parsed.ok) throw new Error("fixture should parse");
    const input = { importKey: randomUUID(), format: parsed.format, rows: parsed.rows, chosen: [0, 1, 2] };
    const [first, second] = await Promise.all([importContacts(input), importContacts(input)]);
    expect(first).toEqual({ imported: 3, skippedDuplicates: 0, skippedOther: 1 });
    expect(second!.imported).toBe(3);
    expect((await importContacts(input)).imported).toBe(3);

    const mine = await getDb()
      .select({
        name: contacts.name,
        organizationId: contacts.organizationId,
        source: contacts.source,
        email: contacts.email,
        linkedinUrl: contacts.linkedinUrl,
      })
      .from(contacts)
      .where(eq(contacts.studentId, me.id))
      .orderBy(contacts.name);
    const myOrgs = await getDb()
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.studentId, me.id))
      .orderBy(organizations.name);
    expect(myOrgs.map((o) => o.name)).toEqual(["Acme Labs", "Globex"]);
    const globex = myOrgs.find((o) => o.name === "Globex")!;
    expect(globex.id).not.toBe(theirOrg.id);
    expect(mine).toEqual([
      {
        name: "Ana Diaz",
        organizationId: acme.id,
        source: "linkedin",
        email: "ana@x.test",
        linkedinUrl: "https://www.linkedin.com/in/ana",
      },
      expect.objectContaining({ name: "Ben Ortiz", organizationId: globex.id }),
      expect.objectContaining({ name: "Cy Young", organizationId: globex.id }),
    ]);

    // The other student's records are untouched.
    expect(await getDb().select().from(contacts).where(eq(contacts.studentId, other.id))).toHaveLength(1);
    expect(
      await getDb().select().from(organizations).where(eq(organizations.studentId, other.id)),
    ).toHaveLength(1);

    // Now the file's people are known: a fresh preview calls them duplicates.
    const again = await previewContactImport(parsed.rows);
    expect(again.map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate", "new"]);
  });

  it("validates every row again at confirm and skips what can't be imported", async () => {
    const me = await signedInStudent();
    await createContact(me.id, { name: "Known", email: "known@x.test" });
    const result = await importContacts({
      importKey: randomUUID(),
      format: "plain",
      rows: [
        row({ name: "Fine", phone: "555-0100" }),
        row({ name: "Bad", phone: "=cmd" }),
        row({ name: "Known again", email: "known@x.test" }),
        row({ name: "Link", linkedinUrl: "javascript:alert(1)" }),
      ],
      chosen: [0, 1, 3, 99],
    });
    expect(result).toEqual({ imported: 2, skippedDuplicates: 1, skippedOther: 1 });
    const mine = await getDb()
      .select({ name: contacts.name, source: contacts.source, linkedinUrl: contacts.linkedinUrl })
      .from(contacts)
      .where(eq(contacts.studentId, me.id))
      .orderBy(contacts.name);
    expect(mine).toEqual([
      { name: "Fine", source: "other", linkedinUrl: null },
      { name: "Known", source: "other", linkedinUrl: null },
      { name: "Link", source: "other", linkedinUrl: null },
    ]);
  });
});

describe("import actions", () => {
  const IDLE = { status: "idle" as const, fieldErrors: {}, values: {} };
  const upload = (name: string, content: string | Uint8Array<ArrayBuffer>) => {
    const form = new FormData();
    form.set("file", new File([content], name, { type: "text/csv" }));
    return form;
  };

  it("puts file problems next to the file field", async () => {
    await signedInStudent();
    const fileError = async (form: FormData) => (await previewImportAction(IDLE, form)).fieldErrors.file?.[0];
    expect(await fileError(upload("people.xlsx", "name\nA"))).toMatch(/isn't a CSV/);
    expect(await fileError(upload("big.csv", `name\n${"x".repeat(1024 * 1024)}`))).toMatch(
      /larger than 1 MB/,
    );
    expect(await fileError(upload("odd.csv", "foo,bar\n1,2"))).toMatch(/No header row/);
    expect(await fileError(upload("bin.csv", new Uint8Array([0xff, 0xfe, 0x00])))).toMatch(/readable text/);
    expect(await fileError(new FormData())).toMatch(/Choose a .csv file/);
  });

  it("previews, then confirms through the posted-back rows", async () => {
    const me = await signedInStudent();
    const preview = await previewImportAction(
      IDLE,
      upload("people.csv", "Name,Email\nAna,ana@x.test\nBo,\n"),
    );
    expect(preview.preview?.rows.map((r) => r.status)).toEqual(["new", "new"]);
    const form = new FormData();
    form.set("importKey", preview.preview!.importKey);
    form.set("format", preview.preview!.format);
    form.set("rows", JSON.stringify(preview.preview!.raw));
    form.append("chosen", "1");
    const confirmed = await confirmImportAction(IDLE, form);
    expect(confirmed.result).toEqual({ imported: 1, skippedDuplicates: 0, skippedOther: 1 });
    expect(
      await getDb().select({ name: contacts.name }).from(contacts).where(eq(contacts.studentId, me.id)),
    ).toEqual([{ name: "Bo" }]);

    form.set("rows", "not json");
    expect((await confirmImportAction(IDLE, form)).formError).toMatch(/Upload the file again/);
  });
});
