import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  contacts,
  followUps,
  instanceSettings,
  interviews,
  organizations,
  outreachAttempts,
  studentProfiles,
} from "@/db/schema/index";
import { studentAgendaCache } from "@/lib/data/internal/student-agenda-cache";
import { getMyAgenda, type MyAgenda } from "@/lib/data/student/home/agenda";
import { getMyHome } from "@/lib/data/student/home/steps";
import { resetEnvCacheForTests } from "@/lib/env";
import { signInAs } from "../factories/sessions";
import {
  createContact,
  createFollowUp,
  createInterview,
  createOrganization,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";

// Each instance keeps a student's agenda rows and the agenda built from them
// (lib/data/internal/student-agenda-cache.ts). These tests hold a served agenda equal to one computed afresh
// (the cache turned off) after every kind of write the agenda reads, all made straight in the database as
// another instance would make them, and when only the clock, the zone or the instance's rules change.

const NOW = new Date("2026-11-18T15:00:00Z"); // Wednesday: 10:00 in New York, 00:00 on the 19th in Tokyo

afterEach(() => {
  delete process.env.AGENDA_CACHE_ROWS;
  resetEnvCacheForTests();
});

function setCacheRows(rows: string | undefined) {
  if (rows === undefined) delete process.env.AGENDA_CACHE_ROWS;
  else process.env.AGENDA_CACHE_ROWS = rows;
  resetEnvCacheForTests();
}

/** The agenda computed without the cache (and without disturbing what it holds). */
async function uncached(at: Date): Promise<MyAgenda> {
  setCacheRows("0");
  try {
    return await getMyAgenda(at);
  } finally {
    setCacheRows(undefined);
  }
}

async function expectAsComputedAfresh(at: Date = NOW): Promise<MyAgenda> {
  const served = await getMyAgenda(at);
  expect(served).toEqual(await uncached(at));
  return served;
}

/** A New York student with one contact of each kind of due work, the cache holding her rows. */
async function arrange() {
  const me = await createUser({ role: "student", name: "Ada Student" });
  await getDb().insert(studentProfiles).values({ studentId: me.id, timeZone: "America/New_York" });
  const acme = await createOrganization(me.id, { name: "Acme Labs" });
  const ben = await createContact(me.id, { name: "Ben Okafor", organizationId: acme.id });
  const interview = await createInterview(me.id, ben.id, {
    status: "completed",
    startsAt: new Date("2026-11-13T15:00:00Z"),
  });
  const cy = await createContact(me.id, { name: "Cy Park" });
  const message = await createOutreachAttempt(me.id, cy.id, { sentOn: "2026-11-13", channel: "email" });
  await signInAs(me.id);
  const first = await expectAsComputedAfresh();
  expect(studentAgendaCache().held(me.id)).toBeDefined();
  return { me, acme, ben, cy, interview, message, first };
}

const due = (agenda: MyAgenda) =>
  [...agenda.overdue, ...agenda.due, ...agenda.thisWeek].map(
    (item) => `${item.kind} ${item.contactName}${item.organizationName ? ` (${item.organizationName})` : ""}`,
  );

describe("the agenda rows each instance keeps", () => {
  it("reuses the held rows and agenda while nothing changed", async () => {
    const { me, first } = await arrange();
    const held = studentAgendaCache().held(me.id);
    const again = await getMyAgenda(NOW);
    expect(again).toEqual(first);
    // The same lists, not a copy: nothing was read or built again.
    expect(again.items).toBe(first.items);
    expect(studentAgendaCache().held(me.id)).toBe(held);
    expect(due(again)).toEqual(["thank-you Ben Okafor (Acme Labs)", "outreach-follow-up Cy Park"]);
  });

  it("sees every kind of write another instance commits, on the next request", async () => {
    const { me, acme, ben, cy, interview, message, first } = await arrange();
    let before = first;
    const changed = async (what: string, write: () => Promise<unknown>) => {
      await write();
      const after = await expectAsComputedAfresh();
      expect(after, `${what} changed nothing the agenda shows: the test proves nothing`).not.toEqual(before);
      before = after;
    };
    await changed("a contact's name", () =>
      getDb().update(contacts).set({ name: "Ben O." }).where(eq(contacts.id, ben.id)),
    );
    await changed("an organization's name", () =>
      getDb().update(organizations).set({ name: "Acme Research" }).where(eq(organizations.id, acme.id)),
    );
    await changed("a new contact", () => createContact(me.id, { name: "Dee Lin" }));
    await changed("a reply to a message", () =>
      getDb().update(outreachAttempts).set({ reply: "replied" }).where(eq(outreachAttempts.id, message.id)),
    );
    await changed("a new message", () =>
      createOutreachAttempt(me.id, cy.id, { sentOn: "2026-11-17", channel: "linkedin" }),
    );
    await changed("a thank-you note", () =>
      createFollowUp(me.id, ben.id, { kind: "thank_you", sentOn: "2026-11-14", interviewId: interview.id }),
    );
    await changed("an interview scheduled", () =>
      createInterview(me.id, cy.id, { status: "scheduled", startsAt: new Date("2026-11-20T15:00:00Z") }),
    );
    await changed("an interview's status", () =>
      getDb().update(interviews).set({ status: "cancelled" }).where(eq(interviews.contactId, cy.id)),
    );
    await changed("a note deleted", () => getDb().delete(followUps).where(eq(followUps.contactId, ben.id)));
    await changed("a contact deleted", () => getDb().delete(contacts).where(eq(contacts.id, cy.id)));
  });

  it("builds the agenda again for a new day, another zone or other thank-you rules, from the same rows", async () => {
    const { me, first } = await arrange();
    // Thursday in New York: the rows are the same, the dates move.
    const tomorrow = await expectAsComputedAfresh(new Date("2026-11-19T15:00:00Z"));
    expect(tomorrow.asOf).toBe("2026-11-19");
    expect(tomorrow.items).not.toEqual(first.items);
    // An earlier moment than the one held is judged on its own date too.
    expect((await expectAsComputedAfresh(NOW)).asOf).toBe("2026-11-18");

    await getDb()
      .update(studentProfiles)
      .set({ timeZone: "Asia/Tokyo" })
      .where(eq(studentProfiles.studentId, me.id));
    const tokyo = await expectAsComputedAfresh();
    expect([tokyo.timeZone, tokyo.asOf]).toEqual(["Asia/Tokyo", "2026-11-19"]);

    const rules = await getDb().select().from(instanceSettings);
    try {
      await getDb()
        .update(instanceSettings)
        .set({ thankYouDueBusinessDays: 10, thankYouOverdueDays: 30 })
        .where(eq(instanceSettings.id, true));
      const lenient = await expectAsComputedAfresh();
      expect(due(lenient)).not.toContain("thank-you Ben Okafor (Acme Labs)");
    } finally {
      await getDb()
        .update(instanceSettings)
        .set({
          thankYouDueBusinessDays: rules[0]!.thankYouDueBusinessDays,
          thankYouOverdueDays: rules[0]!.thankYouOverdueDays,
        })
        .where(eq(instanceSettings.id, true));
    }
  });

  it("gives home the same agenda as computing it afresh, after a write", async () => {
    const { me, ben } = await arrange();
    const home = await getMyHome(NOW);
    expect(home.agenda).toEqual(await uncached(NOW));
    await createFollowUp(me.id, ben.id, { kind: "thank_you", sentOn: "2026-11-14" });
    const after = await getMyHome(NOW);
    expect(after.agenda).toEqual(await uncached(NOW));
    expect(due(after.agenda)).not.toEqual(due(home.agenda));
  });

  it("keeps nothing for a student with no records, or with more rows than the cache holds", async () => {
    const empty = await createUser({ role: "student" });
    await signInAs(empty.id);
    expect((await expectAsComputedAfresh()).items).toEqual([]);
    expect(studentAgendaCache().held(empty.id)).toBeUndefined();

    const { me } = await arrange();
    setCacheRows("2"); // Ada has five rows: two contacts, a message, an interview, and one more contact below.
    await createContact(me.id, { name: "Eve Stone" });
    const served = await getMyAgenda(NOW);
    expect(studentAgendaCache().held(me.id)).toBeUndefined();
    setCacheRows(undefined);
    expect(served).toEqual(await uncached(NOW));
  });

  it("answers concurrent requests alike while one of them replaces the held rows", async () => {
    const { me, cy } = await arrange();
    await createOutreachAttempt(me.id, cy.id, { sentOn: "2026-11-18", channel: "phone" });
    const [a, b, c] = await Promise.all([getMyAgenda(NOW), getMyAgenda(NOW), getMyAgenda(NOW)]);
    const fresh = await uncached(NOW);
    expect([a, b, c]).toEqual([fresh, fresh, fresh]);
  });
});
