import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { updateInstanceSettingsAction } from "@/app/admin/settings/actions";
import { getDb } from "@/db/client";
import { instanceSettings, studentProfiles } from "@/db/schema/index";
import { getInstanceSettings, updateInstanceSettings } from "@/lib/data/admin/instance-settings";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { getMyInterview } from "@/lib/data/student/interviews/interviews";
import { unsafeMaySignIn } from "@/lib/data/sign-in/eligibility";
import { getMyAgenda } from "@/lib/data/student/home/agenda";
import { initialActionState } from "@/lib/validation/action-state";
import { instanceSettingsFields, type UpdateInstanceSettingsInput } from "@/lib/validation/instance-settings";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound, expectRedirect } from "../support/next-errors";

// The settings row is one per database, shared by this file's tests: each test puts it back.
afterEach(async () => {
  await getDb()
    .update(instanceSettings)
    .set({ allowedEmailDomains: [], thankYouDueBusinessDays: 1, thankYouOverdueDays: 7, digestWeekday: 1 })
    .where(eq(instanceSettings.id, true));
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function signedInAdmin() {
  const admin = await createUser({ role: "admin", name: "Settings Admin" });
  await signInAs(admin.id);
  return admin;
}

async function save(changes: Partial<UpdateInstanceSettingsInput> = {}) {
  const current = await getInstanceSettings();
  return updateInstanceSettings({
    allowedEmailDomains: current.allowedEmailDomains,
    thankYouDueBusinessDays: current.thankYouDueBusinessDays,
    thankYouOverdueDays: current.thankYouOverdueDays,
    digestWeekday: current.digestWeekday,
    version: current.version,
    ...changes,
  });
}

describe("instance settings: who may call", () => {
  it.each(["student", "advisor"] as const)("answer 404 to a %s", async (role) => {
    await signInAs((await createUser({ role })).id);
    await expectNotFound(getInstanceSettings());
    await expectNotFound(
      updateInstanceSettings({
        allowedEmailDomains: ["evil.test"],
        thankYouDueBusinessDays: 1,
        thankYouOverdueDays: 7,
        digestWeekday: 1,
        version: 1,
      }),
    );
    await expectNotFound(
      updateInstanceSettingsAction(
        initialActionState,
        form({
          allowedEmailDomains: "evil.test",
          thankYouDueBusinessDays: "1",
          thankYouOverdueDays: "7",
          digestWeekday: "1",
          version: "1",
        }),
      ),
    );
    expect((await loadInstanceSettings()).allowedEmailDomains).toEqual([]);
  });

  it("send a signed-out caller to sign in, while the rules stay readable without a session", async () => {
    await expectRedirect(getInstanceSettings(), "/sign-in");
    expect(await loadInstanceSettings()).toEqual({
      allowedEmailDomains: [],
      thankYou: { dueBusinessDays: 1, overdueDays: 7 },
      digestWeekday: 1,
    });
  });
});

describe("editing instance settings", () => {
  it("starts from the method's defaults and saves with the version it was opened at", async () => {
    const admin = await signedInAdmin();
    const before = await getInstanceSettings();
    expect(before).toMatchObject({
      allowedEmailDomains: [],
      configuredDomains: [],
      thankYouDueBusinessDays: 1,
      thankYouOverdueDays: 7,
      digestWeekday: 1,
    });
    const saved = await save({
      allowedEmailDomains: ["uni.edu"],
      thankYouDueBusinessDays: 2,
      digestWeekday: 5,
    });
    expect(saved).toEqual({ status: "saved", version: before.version + 1 });
    expect(await getInstanceSettings()).toMatchObject({
      allowedEmailDomains: ["uni.edu"],
      thankYouDueBusinessDays: 2,
      digestWeekday: 5,
      updatedByName: admin.name,
    });
    expect(await loadInstanceSettings()).toEqual({
      allowedEmailDomains: ["uni.edu"],
      thankYou: { dueBusinessDays: 2, overdueDays: 7 },
      digestWeekday: 5,
    });
  });

  it("refuses a save from a stale version and keeps the newer one", async () => {
    await signedInAdmin();
    const { version } = await getInstanceSettings();
    await save({ thankYouOverdueDays: 10, version });
    expect(await save({ thankYouOverdueDays: 3, version })).toEqual({ status: "stale" });
    expect((await getInstanceSettings()).thankYouOverdueDays).toBe(10);

    const state = await updateInstanceSettingsAction(
      initialActionState,
      form({
        allowedEmailDomains: "mine.edu",
        thankYouDueBusinessDays: "1",
        thankYouOverdueDays: "5",
        digestWeekday: "1",
        version: String(version),
      }),
    );
    expect(state.formError).toMatch(/Another admin saved the settings/);
    expect(state.values.allowedEmailDomains).toBe("mine.edu");
  });

  it("through the action: cleans up the domain list and hands back the new version", async () => {
    await signedInAdmin();
    const { version } = await getInstanceSettings();
    const state = await updateInstanceSettingsAction(
      initialActionState,
      form({
        allowedEmailDomains: "Uni.EDU\n@grad.uni.edu, uni.edu\n\n",
        thankYouDueBusinessDays: "2",
        thankYouOverdueDays: "7",
        digestWeekday: "3",
        version: String(version),
      }),
    );
    expect(state).toMatchObject({
      status: "success",
      values: { allowedEmailDomains: "uni.edu\ngrad.uni.edu", version: String(version + 1) },
    });
  });
});

describe("settings validation", () => {
  const valid = {
    allowedEmailDomains: "",
    thankYouDueBusinessDays: "1",
    thankYouOverdueDays: "7",
    digestWeekday: "1",
  };
  const errors = (fields: Record<string, string>) => {
    const result = instanceSettingsFields.safeParse({ ...valid, ...fields });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path[0], i.message]));
  };

  it("accepts an empty list and one domain per line, commas or spaces", () => {
    expect(
      instanceSettingsFields.parse({ ...valid, allowedEmailDomains: "a.edu b.edu,c.ac.uk" })
        .allowedEmailDomains,
    ).toEqual(["a.edu", "b.edu", "c.ac.uk"]);
    expect(instanceSettingsFields.parse(valid).allowedEmailDomains).toEqual([]);
  });

  it("names each entry that isn't a domain", () => {
    expect(
      errors({ allowedEmailDomains: "uni.edu\nlocalhost\nhttps://x.edu\n*.uni.edu" }).allowedEmailDomains,
    ).toBe(
      "“localhost”, “https://x.edu”, “*.uni.edu” aren't domains. Enter domains like university.edu, one per line.",
    );
    expect(errors({ allowedEmailDomains: "a@uni.edu" }).allowedEmailDomains).toMatch(
      /“a@uni.edu” isn't a domain/,
    );
    const many = Array.from({ length: 51 }, (_, i) => `d${i}.edu`).join("\n");
    expect(errors({ allowedEmailDomains: many }).allowedEmailDomains).toBe("List at most 50 domains");
  });

  it("keeps the days in the database's ranges and in a sensible order", () => {
    expect(errors({ thankYouDueBusinessDays: "11" })).toEqual({
      thankYouDueBusinessDays: "Enter the business days from 0 to 10",
    });
    expect(errors({ thankYouOverdueDays: "0", thankYouDueBusinessDays: "0" })).toEqual({
      thankYouOverdueDays: "Enter the days from 1 to 30",
    });
    expect(errors({ thankYouDueBusinessDays: "1.5" })).toEqual({
      thankYouDueBusinessDays: "Enter the business days as a whole number",
    });
    expect(errors({ thankYouDueBusinessDays: "5", thankYouOverdueDays: "2" }).thankYouOverdueDays).toMatch(
      /can't be overdue before it is due/,
    );
    expect(errors({ digestWeekday: "8" })).toEqual({ digestWeekday: "Choose a weekday" });
  });
});

describe("the settings in use", () => {
  it("let in addresses on a domain listed here, as well as the server's configured ones", async () => {
    await signedInAdmin();
    expect(await unsafeMaySignIn("newcomer@listed.test", [])).toBe(false);
    await save({ allowedEmailDomains: ["listed.test"] });
    expect(await unsafeMaySignIn("newcomer@listed.test", [])).toBe(true);
    expect(await unsafeMaySignIn("newcomer@configured.test", ["configured.test"])).toBe(true);
    expect(await unsafeMaySignIn("newcomer@listed.test.evil", [])).toBe(false);
    expect(await unsafeMaySignIn("stranger@elsewhere.test", ["configured.test"])).toBe(false);
  });

  it("decide when a student's thank-you is due", async () => {
    const now = new Date("2026-11-18T15:00:00Z"); // Wednesday in New York
    const student = await createUser({ role: "student" });
    await getDb().insert(studentProfiles).values({ studentId: student.id, timeZone: "America/New_York" });
    const contact = await createContact(student.id, { name: "Thanked Later" });
    // Completed on Monday the 16th.
    const interview = await createInterview(student.id, contact.id, {
      status: "completed",
      startsAt: new Date("2026-11-16T15:00:00Z"),
    });
    await signInAs(student.id);
    // Default: due one business day later (Tuesday), so it is due, not yet overdue (that is after 7 days).
    expect((await getMyAgenda(now)).due.map((i) => [i.kind, i.dueOn, i.overdueFrom])).toEqual([
      ["thank-you", "2026-11-17", "2026-11-24"],
    ]);
    expect((await getMyInterview(interview.id)).thankYouRules).toEqual({
      dueBusinessDays: 1,
      overdueDays: 7,
    });

    await signedInAdmin();
    await save({ thankYouDueBusinessDays: 2, thankYouOverdueDays: 10 });
    await signInAs(student.id);
    const agenda = await getMyAgenda(now);
    expect(agenda.overdue).toEqual([]);
    expect(agenda.due.map((i) => [i.kind, i.dueOn, i.overdueFrom])).toEqual([
      ["thank-you", "2026-11-18", "2026-11-27"],
    ]);
    expect((await getMyInterview(interview.id)).thankYouRules).toEqual({
      dueBusinessDays: 2,
      overdueDays: 10,
    });
  });
});
