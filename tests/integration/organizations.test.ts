import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createOrganizationAction, updateOrganizationAction } from "@/app/(student)/research/actions";
import { getDb } from "@/db/client";
import { organizations } from "@/db/schema/index";
import {
  createOrganization,
  deleteOrganization,
  getMyOrganization,
  listMyOrganizations,
  updateOrganization,
} from "@/lib/data/student/research/organizations";
import { initialActionState } from "@/lib/validation/action-state";
import type { OrganizationInput } from "@/lib/validation/organization";
import { signInAs } from "../factories/sessions";
import { createCareerField } from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

const BASE: OrganizationInput = {
  name: "Northwind Health",
  industry: "Healthcare",
  website: "https://northwind.example",
  whyInterested: "Patient-facing data work",
  notes: "Met a recruiter at the fair",
  notesPrivate: false,
  priority: "high",
  careerFieldId: null,
};

async function signedInStudent() {
  const student = await createUser({ role: "student" });
  await signInAs(student.id);
  return student;
}

async function create(input: Partial<OrganizationInput> = {}) {
  const result = await createOrganization({ ...BASE, ...input, creationKey: randomUUID() });
  if (result.status !== "created") throw new Error(result.status);
  return result.id;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("organizations", () => {
  it("are created, listed by priority then name, and read back", async () => {
    await signedInStudent();
    await create({ name: "zeta labs", priority: "low" });
    const id = await create({ name: "Acme", priority: "high" });
    await create({ name: "beta co", priority: "high" });
    const list = await listMyOrganizations();
    expect(list.map((o) => o.name)).toEqual(["Acme", "beta co", "zeta labs"]);
    expect(await getMyOrganization(id)).toMatchObject({
      name: "Acme",
      priority: "high",
      version: 1,
      contacts: [],
    });
  });

  it("belong to their student alone: another student's id answers 404 everywhere", async () => {
    await signedInStudent();
    const theirs = await create({ name: "Private Co" });
    await signedInStudent();
    expect(await listMyOrganizations()).toEqual([]);
    await expectNotFound(getMyOrganization(theirs));
    await expectNotFound(updateOrganization({ ...BASE, id: theirs, version: 1 }));
    await expectNotFound(deleteOrganization(theirs));
    await expectNotFound(getMyOrganization(randomUUID()));
    const [row] = await getDb().select().from(organizations).where(eq(organizations.id, theirs));
    expect(row?.name).toBe("Private Co");
  });

  it.each(["advisor", "admin"] as const)("are not a %s's to read or write", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(listMyOrganizations());
    await expectNotFound(createOrganization({ ...BASE, creationKey: randomUUID() }));
  });

  it("refuse a save from a stale version and keep the newer one", async () => {
    await signedInStudent();
    const id = await create();
    expect(await updateOrganization({ ...BASE, id, version: 1, notes: "first tab" })).toMatchObject({
      status: "saved",
      version: 2,
    });
    expect(await updateOrganization({ ...BASE, id, version: 1, notes: "second tab" })).toEqual({
      status: "stale",
    });
    expect((await getMyOrganization(id)).notes).toBe("first tab");
  });

  it("are created once per form, however often it is submitted", async () => {
    await signedInStudent();
    const creationKey = randomUUID();
    const results = await Promise.all([
      createOrganization({ ...BASE, creationKey }),
      createOrganization({ ...BASE, creationKey }),
      createOrganization({ ...BASE, creationKey }),
    ]);
    const ids = new Set(results.map((r) => (r.status === "created" ? r.id : r.status)));
    expect(ids.size).toBe(1);
    expect(await listMyOrganizations()).toHaveLength(1);
  });

  it("have unique names per student, case-insensitively, but two students may share one", async () => {
    await signedInStudent();
    await create({ name: "Globex" });
    expect(await createOrganization({ ...BASE, name: "GLOBEX", creationKey: randomUUID() })).toEqual({
      status: "duplicate-name",
    });
    await signedInStudent();
    expect((await createOrganization({ ...BASE, name: "Globex", creationKey: randomUUID() })).status).toBe(
      "created",
    );
  });
});

describe("organization search", () => {
  it("finds the student's organizations by name or industry, wildcards taken literally", async () => {
    await signedInStudent();
    await create({ name: "Riverside Library", industry: "Libraries" });
    await create({ name: "100% Renewables", industry: "Energy" });
    await create({ name: "Acme", industry: "Library services" });
    expect((await listMyOrganizations({ query: "librar" })).map((o) => o.name).sort()).toEqual([
      "Acme",
      "Riverside Library",
    ]);
    expect((await listMyOrganizations({ query: "%" })).map((o) => o.name)).toEqual(["100% Renewables"]);
    await signedInStudent();
    expect(await listMyOrganizations({ query: "librar" })).toEqual([]);
  });
});

describe("organization actions", () => {
  it("explain bad input next to the field and echo everything typed", async () => {
    const student = await signedInStudent();
    const typed = {
      name: "",
      website: "northwind dot com",
      notes: "keep me",
      priority: "high",
      creationKey: randomUUID(),
    };
    const state = await createOrganizationAction(initialActionState, form(typed));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({
      name: [expect.stringMatching(/Enter the organization's name/)],
      website: [expect.stringMatching(/https:\/\//)],
    });
    expect(state.values).toMatchObject({ notes: "keep me", website: "northwind dot com" });
    const [count] = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(organizations)
      .where(eq(organizations.studentId, student.id));
    expect(count?.n).toBe(0);
  });

  it("redirect to the new organization after creating it", async () => {
    await signedInStudent();
    const key = randomUUID();
    const error = await createOrganizationAction(
      initialActionState,
      form({ name: "Initech", priority: "medium", creationKey: key }),
    ).catch((e: { digest?: string }) => e);
    const [row] = await getDb().select().from(organizations).where(eq(organizations.creationKey, key));
    expect((error as { digest?: string }).digest).toContain(`/research/organizations/${row!.id}?saved=1`);
  });

  it("tell the user plainly when another tab saved first, keeping their edits", async () => {
    await signedInStudent();
    const id = await create();
    await updateOrganization({ ...BASE, id, version: 1, notes: "other tab" });
    const state = await updateOrganizationAction(
      initialActionState,
      form({ id, version: "1", name: "Northwind Health", priority: "high", notes: "my careful edit" }),
    );
    expect(state.formError).toMatch(/changed in another tab/);
    expect(state.values.notes).toBe("my careful edit");
    expect((await getMyOrganization(id)).notes).toBe("other tab");
  });

  it("save the career field chosen in the form, and none when it is left empty", async () => {
    const student = await signedInStudent();
    const field = await createCareerField(student.id, { name: "Public health" });
    const key = randomUUID();
    const redirect = await createOrganizationAction(
      initialActionState,
      form({ name: "County Health", priority: "medium", careerFieldId: field.id, creationKey: key }),
    ).catch((e: { digest?: string }) => e);
    expect((redirect as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT;/);
    const [row] = await getDb().select().from(organizations).where(eq(organizations.creationKey, key));
    expect(await getMyOrganization(row!.id)).toMatchObject({
      careerFieldId: field.id,
      careerFieldName: "Public health",
    });
    const state = await updateOrganizationAction(
      initialActionState,
      form({ id: row!.id, version: "1", name: "County Health", priority: "medium", careerFieldId: "" }),
    );
    expect(state.status).toBe("success");
    expect((await getMyOrganization(row!.id)).careerFieldId).toBeNull();
  });

  it("answer 404 when a student posts another student's organization id", async () => {
    await signedInStudent();
    const theirs = await create();
    await signedInStudent();
    await expectNotFound(
      updateOrganizationAction(
        initialActionState,
        form({ id: theirs, version: "1", name: "Mine now", priority: "low" }),
      ),
    );
  });

  it("send a signed-out caller to sign in", async () => {
    await expectRedirect(createOrganizationAction(initialActionState, form({ name: "x" })), "/sign-in");
  });
});
