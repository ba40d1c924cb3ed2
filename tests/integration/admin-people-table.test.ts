import Papa from "papaparse";
import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bulkChangeRoleAction, bulkSetActiveAction } from "@/app/admin/people/actions";
import { getDb } from "@/db/client";
import { auditEvents, sessions, users } from "@/db/schema/index";
import { exportAuditEventsCsv } from "@/lib/data/admin/audit-log";
import { changeRoles, listPeople, prepareInviteResend, setPeopleActive } from "@/lib/data/admin/people";
import { auditLogFilterSchema } from "@/lib/validation/audit-log";
import { peopleFilterSchema } from "@/lib/validation/admin-people";
import { createSession, signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

async function signedInAdmin() {
  const admin = await createUser({ role: "admin" });
  await signInAs(admin.id);
  return admin;
}

function form(fields: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

async function auditOf(subjectUserId: string) {
  return getDb()
    .select({ action: auditEvents.action, details: auditEvents.details })
    .from(auditEvents)
    .where(eq(auditEvents.subjectUserId, subjectUserId));
}

describe("the people table", () => {
  it("sorts by the column in the URL, either way, and reads nonsense as name order", async () => {
    await signedInAdmin();
    const tag = Date.now().toString(36);
    await createUser({ name: `Sorty ${tag} A`, email: `zz-${tag}@example.test`, role: "advisor" });
    await createUser({ name: `Sorty ${tag} B`, email: `aa-${tag}@example.test`, role: "student" });
    const names = async (input: Record<string, string>) =>
      (await listPeople(peopleFilterSchema.parse({ q: `Sorty ${tag}`, ...input }))).items.map((p) => p.name);
    expect(await names({})).toEqual([`Sorty ${tag} A`, `Sorty ${tag} B`]);
    expect(await names({ sort: "email" })).toEqual([`Sorty ${tag} B`, `Sorty ${tag} A`]);
    expect(await names({ sort: "email", dir: "desc" })).toEqual([`Sorty ${tag} A`, `Sorty ${tag} B`]);
    expect(await names({ sort: "role" })).toEqual([`Sorty ${tag} A`, `Sorty ${tag} B`]);
    expect(peopleFilterSchema.parse({ sort: "password", dir: "sideways" })).toMatchObject({
      sort: "name",
      dir: "asc",
    });
  });
});

describe("bulk changes", () => {
  it("changes several roles at once, leaves the admin's own alone, and audits each change", async () => {
    const admin = await signedInAdmin();
    const a = await createUser();
    const b = await createUser();
    const tally = await changeRoles({ userIds: [a.id, b.id, admin.id, a.id], role: "advisor" });
    expect(tally).toEqual({ saved: 2, ownAccount: 1, lastAdmin: 0 });
    const roles = await getDb()
      .select({ role: users.role })
      .from(users)
      .where(inArray(users.id, [a.id, b.id, admin.id]));
    expect(roles.map((r) => r.role).sort()).toEqual(["admin", "advisor", "advisor"]);
    expect(await auditOf(a.id)).toEqual([
      { action: "person.role", details: { from: "student", to: "advisor" } },
    ]);
    // Nothing changed, nothing recorded.
    await changeRoles({ userIds: [a.id], role: "advisor" });
    expect(await auditOf(a.id)).toHaveLength(1);
  });

  it("changes no one when one of the people asked for does not exist", async () => {
    await signedInAdmin();
    const a = await createUser();
    const b = await createUser();
    const missing = "00000000-0000-4000-8000-000000000000";
    await expectNotFound(changeRoles({ userIds: [a.id, missing, b.id], role: "advisor" }));
    await expectNotFound(setPeopleActive({ userIds: [a.id, b.id, missing], active: false }));
    const people = await getDb()
      .select({ role: users.role, active: users.active })
      .from(users)
      .where(inArray(users.id, [a.id, b.id]));
    expect(people).toEqual([
      { role: "student", active: true },
      { role: "student", active: true },
    ]);
    expect([...(await auditOf(a.id)), ...(await auditOf(b.id))]).toEqual([]);
  });

  it("deactivates several people, ending their sessions, and says so through the action", async () => {
    const admin = await signedInAdmin();
    const a = await createUser();
    const b = await createUser();
    await createSession(a.id);
    const state = await bulkSetActiveAction(
      { status: "idle" },
      form([
        ["userIds", a.id],
        ["userIds", b.id],
        ["userIds", admin.id],
        ["active", "false"],
      ]),
    );
    expect(state.status).toBe("success");
    expect(state.message).toContain("2 people deactivated");
    expect(state.message).toContain("Your own account was left as it is");
    expect(await getDb().select().from(sessions).where(eq(sessions.userId, a.id))).toEqual([]);
    expect(await auditOf(b.id)).toEqual([{ action: "person.active", details: { active: false } }]);
  });

  it("never removes the last active admin, whoever else is in the selection", async () => {
    const admin = await signedInAdmin();
    // Every other admin deactivated for this test: the signed-in one is the last.
    const others = await getDb()
      .update(users)
      .set({ active: false })
      .where(and(eq(users.role, "admin"), eq(users.active, true)))
      .returning({ id: users.id });
    await getDb().update(users).set({ active: true }).where(eq(users.id, admin.id));
    try {
      const second = await createUser({ role: "admin" });
      // Demoting the only other admin works; the signed-in admin stays.
      expect(await setPeopleActive({ userIds: [second.id], active: false })).toEqual({
        saved: 1,
        ownAccount: 0,
        lastAdmin: 0,
      });
    } finally {
      const ids = others.map((o) => o.id).filter((id) => id !== admin.id);
      if (ids.length > 0) await getDb().update(users).set({ active: true }).where(inArray(users.id, ids));
    }
  });

  it("refuses an empty or oversized selection with a message, changing nothing", async () => {
    await signedInAdmin();
    const state = await bulkChangeRoleAction({ status: "idle" }, form([["role", "admin"]]));
    expect(state).toEqual({ status: "error", message: "Select people and a role, then try again." });
  });
});

describe("resending an invite", () => {
  it("gives the address of someone who never signed in, audited; not for one who has", async () => {
    await signedInAdmin();
    const newcomer = await createUser();
    await getDb().update(users).set({ emailVerified: null }).where(eq(users.id, newcomer.id));
    expect(await prepareInviteResend(newcomer.id)).toEqual({ status: "ready", email: newcomer.email });
    expect((await auditOf(newcomer.id)).map((e) => e.action)).toEqual(["person.invite-resend"]);
    const regular = await createUser();
    expect(await prepareInviteResend(regular.id)).toEqual({ status: "already-signed-in" });
    const gone = await createUser({ active: false });
    await expectNotFound(prepareInviteResend(gone.id));
  });
});

describe("the audit log as CSV", () => {
  it("exports the filtered entries with formulas escaped, and records the export", async () => {
    const admin = await signedInAdmin();
    const tag = Date.now().toString(36);
    const student = await createUser({ name: `=cmd|${tag}` });
    const advisor = await createUser({ role: "advisor", name: `Exporting ${tag}` });
    await getDb()
      .insert(auditEvents)
      .values({
        actorId: advisor.id,
        actorRole: "advisor",
        action: "student.view",
        subjectUserId: student.id,
        createdAt: new Date("2031-03-04T10:00:00Z"),
      });
    const { csv, truncated } = await exportAuditEventsCsv(
      auditLogFilterSchema.parse({ actor: `Exporting ${tag}` }),
      (action) => `label:${action}`,
    );
    expect(truncated).toBe(false);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual([
      "2031-03-04T10:00:00.000Z",
      `Exporting ${tag}`,
      advisor.email,
      "advisor",
      "label:student.view",
      `'=cmd|${tag}`,
      student.email,
      "",
      "",
    ]);
    const exports = await getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, admin.id), eq(auditEvents.action, "audit.export")));
    expect(exports).toHaveLength(1);
  });
});
