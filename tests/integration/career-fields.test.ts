import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  createCareerFieldAction,
  deleteCareerFieldAction,
  updateCareerFieldAction,
} from "@/app/(student)/research/actions";
import { getDb } from "@/db/client";
import { careerFields, organizations } from "@/db/schema/index";
import {
  createCareerField,
  deleteCareerField,
  getMyCareerField,
  listMyCareerFields,
  updateCareerField,
} from "@/lib/data/student/research/career-fields";
import {
  createOrganization,
  getMyOrganization,
  listMyOrganizations,
  updateOrganization,
} from "@/lib/data/student/research/organizations";
import { initialActionState } from "@/lib/validation/action-state";
import type { CareerFieldInput } from "@/lib/validation/career-field";
import type { OrganizationInput } from "@/lib/validation/organization";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

const BASE: CareerFieldInput = {
  name: "User research",
  notes: "Talked to a UX researcher at the alumni night",
  notesPrivate: false,
};

const ORGANIZATION: OrganizationInput = {
  name: "Northwind Health",
  industry: "Healthcare",
  website: null,
  whyInterested: "",
  notes: "",
  notesPrivate: false,
  priority: "medium",
  careerFieldId: null,
};

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

async function create(input: Partial<CareerFieldInput> = {}) {
  const result = await createCareerField({ ...BASE, ...input, creationKey: randomUUID() });
  if (result.status !== "created") throw new Error(result.status);
  return result.id;
}

async function createOrganizationIn(careerFieldId: string | null, name: string) {
  const result = await createOrganization({
    ...ORGANIZATION,
    name,
    careerFieldId,
    creationKey: randomUUID(),
  });
  if (result.status !== "created") throw new Error(result.status);
  return result.id;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("career fields", () => {
  it("are created, listed by name with their organization counts, and read back", async () => {
    await signedInStudent();
    const policy = await create({ name: "public health policy", notes: "", notesPrivate: true });
    const research = await create({ name: "User research" });
    await create({ name: "Archives" });
    await createOrganizationIn(research, "Acme");
    await createOrganizationIn(research, "Globex");
    await createOrganizationIn(policy, "County Health");
    await createOrganizationIn(null, "Unsorted Co");

    expect(await listMyCareerFields()).toEqual([
      expect.objectContaining({ name: "Archives", organizationCount: 0 }),
      expect.objectContaining({ name: "public health policy", organizationCount: 1, notesPrivate: true }),
      expect.objectContaining({ id: research, name: "User research", organizationCount: 2, version: 1 }),
    ]);
    expect(await getMyCareerField(research)).toEqual({
      id: research,
      version: 1,
      name: "User research",
      notes: BASE.notes,
      notesPrivate: false,
    });
  });

  it("are listed for their student alone, counting only that student's organizations", async () => {
    await signedInStudent();
    const mine = await create();
    await createOrganizationIn(mine, "Acme");
    await signedInStudent();
    await create();
    expect(await listMyCareerFields()).toEqual([
      expect.objectContaining({ name: "User research", organizationCount: 0 }),
    ]);
  });

  it("are updated with a version check: a save from a stale version is refused and the newer one kept", async () => {
    await signedInStudent();
    const id = await create();
    expect(
      await updateCareerField({ ...BASE, id, version: 1, name: "UX research", notes: "first tab" }),
    ).toEqual({ status: "saved", id, version: 2 });
    expect(await updateCareerField({ ...BASE, id, version: 1, notes: "second tab" })).toEqual({
      status: "stale",
    });
    expect(await getMyCareerField(id)).toMatchObject({ name: "UX research", notes: "first tab", version: 2 });
  });

  it("are created once per form, however often it is submitted", async () => {
    await signedInStudent();
    const creationKey = randomUUID();
    const results = await Promise.all([
      createCareerField({ ...BASE, creationKey }),
      createCareerField({ ...BASE, creationKey }),
      createCareerField({ ...BASE, creationKey }),
    ]);
    const ids = new Set(results.map((r) => (r.status === "created" ? r.id : r.status)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toBe("duplicate-name");
    // A later resubmit of the same form answers with the same record too.
    expect(await createCareerField({ ...BASE, creationKey })).toEqual({ status: "created", id: [...ids][0] });
    expect(await listMyCareerFields()).toHaveLength(1);
  });

  it("have unique names per student, case-insensitively, but two students may share one", async () => {
    await signedInStudent();
    const id = await create({ name: "Data journalism" });
    const other = await create({ name: "Archives" });
    expect(await createCareerField({ ...BASE, name: "DATA JOURNALISM", creationKey: randomUUID() })).toEqual({
      status: "duplicate-name",
    });
    expect(await updateCareerField({ ...BASE, id: other, version: 1, name: "data journalism" })).toEqual({
      status: "duplicate-name",
    });
    // Renaming a field to itself in another case is not a clash.
    expect(await updateCareerField({ ...BASE, id, version: 1, name: "Data Journalism" })).toMatchObject({
      status: "saved",
    });
    await signedInStudent();
    expect(
      (await createCareerField({ ...BASE, name: "Data journalism", creationKey: randomUUID() })).status,
    ).toBe("created");
  });

  it("are deleted without their organizations, which keep existing without a field", async () => {
    await signedInStudent();
    const id = await create();
    const orgId = await createOrganizationIn(id, "Acme");
    await deleteCareerField(id);
    expect(await listMyCareerFields()).toEqual([]);
    await expectNotFound(getMyCareerField(id));
    expect(await getMyOrganization(orgId)).toMatchObject({
      name: "Acme",
      careerFieldId: null,
      careerFieldName: null,
    });
    await expectNotFound(deleteCareerField(id));
  });

  it("belong to their student alone: another student's id answers 404 everywhere", async () => {
    await signedInStudent();
    const theirs = await create({ name: "Private field" });
    await signedInStudent();
    expect(await listMyCareerFields()).toEqual([]);
    await expectNotFound(getMyCareerField(theirs));
    await expectNotFound(updateCareerField({ ...BASE, id: theirs, version: 1 }));
    await expectNotFound(deleteCareerField(theirs));
    await expectNotFound(getMyCareerField(randomUUID()));
    await expectNotFound(updateCareerField({ ...BASE, id: randomUUID(), version: 1 }));
    await expectNotFound(deleteCareerField(randomUUID()));
    const [row] = await getDb().select().from(careerFields).where(eq(careerFields.id, theirs));
    expect(row).toMatchObject({ name: "Private field", version: 1 });
  });

  it.each(["advisor", "admin"] as const)("are not a %s's to read or write", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listMyCareerFields());
    await expectNotFound(createCareerField({ ...BASE, creationKey: randomUUID() }));
  });
});

describe("an organization's career field", () => {
  it("is the student's own: another student's field answers 404 and nothing is saved", async () => {
    await signedInStudent();
    const theirs = await create();
    const me = await signedInStudent();
    const creationKey = randomUUID();
    await expectNotFound(createOrganization({ ...ORGANIZATION, careerFieldId: theirs, creationKey }));
    const orgId = await createOrganizationIn(null, "Mine");
    await expectNotFound(
      updateOrganization({ ...ORGANIZATION, id: orgId, version: 1, careerFieldId: theirs }),
    );

    const rows = await getDb()
      .select({ careerFieldId: organizations.careerFieldId, version: organizations.version })
      .from(organizations)
      .where(eq(organizations.studentId, me.id));
    expect(rows).toEqual([{ careerFieldId: null, version: 1 }]);
  });

  it("filters the organization list; another student's field matches nothing", async () => {
    await signedInStudent();
    const theirs = await create();
    await createOrganizationIn(theirs, "Their Co");
    await signedInStudent();
    const research = await create({ name: "User research" });
    const policy = await create({ name: "Policy" });
    await createOrganizationIn(research, "Acme");
    await createOrganizationIn(policy, "County Health");
    await createOrganizationIn(null, "Unsorted Co");
    expect((await listMyOrganizations({ careerFieldId: research })).map((o) => o.name)).toEqual(["Acme"]);
    expect(await listMyOrganizations({ careerFieldId: theirs })).toEqual([]);
    expect(await listMyOrganizations()).toHaveLength(3);
  });
});

describe("career field actions", () => {
  it("explain bad input next to the field and echo everything typed", async () => {
    const student = await signedInStudent();
    const typed = { name: "  ", notes: "keep me", notesPrivate: "on", creationKey: randomUUID() };
    const state = await createCareerFieldAction(initialActionState, form(typed));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { name: [expect.stringMatching(/Enter the field's name/)] },
      values: typed,
    });
    const long = await createCareerFieldAction(initialActionState, form({ ...typed, name: "x".repeat(101) }));
    expect(long.fieldErrors.name).toEqual([expect.stringMatching(/under 100 characters/)]);
    const rows = await getDb().select().from(careerFields).where(eq(careerFields.studentId, student.id));
    expect(rows).toEqual([]);
  });

  it("add a field, then hand back an empty form with a fresh creation key", async () => {
    await signedInStudent();
    const creationKey = randomUUID();
    const state = await createCareerFieldAction(
      initialActionState,
      form({ name: "Museum education", notes: "", notesPrivate: "on", creationKey }),
    );
    expect(state.status).toBe("success");
    expect(state.values.creationKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(state.values.creationKey).not.toBe(creationKey);
    expect(state.values.name).toBeUndefined();
    expect(await listMyCareerFields()).toEqual([
      expect.objectContaining({ name: "Museum education", notesPrivate: true }),
    ]);
  });

  it("answer a duplicate name with an error on the name, keeping what was typed", async () => {
    await signedInStudent();
    const id = await create({ name: "Archives" });
    await create({ name: "Libraries" });
    const created = await createCareerFieldAction(
      initialActionState,
      form({ name: "archives", notes: "second try", creationKey: randomUUID() }),
    );
    expect(created).toMatchObject({
      status: "error",
      fieldErrors: { name: ["You already have a career field with this name."] },
      values: { name: "archives", notes: "second try" },
    });
    const updated = await updateCareerFieldAction(
      initialActionState,
      form({ id, version: "1", name: "LIBRARIES", notes: "renamed" }),
    );
    expect(updated.fieldErrors.name).toEqual(["You already have a career field with this name."]);
    expect(updated.values.notes).toBe("renamed");
  });

  it("save an edit and hand the form its next version", async () => {
    await signedInStudent();
    const id = await create();
    const state = await updateCareerFieldAction(
      initialActionState,
      form({ id, version: "1", name: "UX research", notes: "narrowed it down" }),
    );
    expect(state).toMatchObject({ status: "success", values: { version: "2", name: "UX research" } });
    expect(await getMyCareerField(id)).toMatchObject({ name: "UX research", notesPrivate: false });
  });

  it("tell the user plainly when another tab saved first, keeping their edits", async () => {
    await signedInStudent();
    const id = await create();
    await updateCareerField({ ...BASE, id, version: 1, notes: "other tab" });
    const state = await updateCareerFieldAction(
      initialActionState,
      form({ id, version: "1", name: BASE.name, notes: "my careful edit" }),
    );
    expect(state.formError).toMatch(/changed in another tab/);
    expect(state.values.notes).toBe("my careful edit");
    expect((await getMyCareerField(id)).notes).toBe("other tab");
  });

  it("answer 404 when a student posts another student's field id", async () => {
    await signedInStudent();
    const theirs = await create();
    await signedInStudent();
    await expectNotFound(
      updateCareerFieldAction(initialActionState, form({ id: theirs, version: "1", name: "Mine now" })),
    );
    await expectNotFound(deleteCareerFieldAction(form({ id: theirs })));
  });

  it("delete a field and return to the Research page", async () => {
    await signedInStudent();
    const id = await create();
    await expectRedirect(deleteCareerFieldAction(form({ id })), "/research?fieldDeleted=1");
    expect(await listMyCareerFields()).toEqual([]);
  });

  it("send a signed-out caller to sign in", async () => {
    await expectRedirect(createCareerFieldAction(initialActionState, form({ name: "x" })), "/sign-in");
    await expectRedirect(deleteCareerFieldAction(form({ id: randomUUID() })), "/sign-in");
  });
});
