import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  attentionHandled,
  cohortGoals,
  cohorts,
  cohortStudents,
  instanceSettings,
  nudges,
  studentProfiles,
  users,
} from "@/db/schema/index";
import { getCohortDashboard, type CohortDashboardPage } from "@/lib/data/advisor/cohorts/dashboard";
import { loadDashboardInputs } from "@/lib/data/internal/dashboard-inputs";
import { dashboardModelCache } from "@/lib/data/internal/dashboard-model-cache";
import { DEFAULT_DASHBOARD_VIEW, type DashboardView } from "@/lib/domain/cohort-dashboard";
import { HANDLED_HIDES_MS } from "@/lib/domain/nudge-rules";
import { resetEnvCacheForTests } from "@/lib/env";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { countQueries } from "../support/query-counter";

// The dashboard keeps its computed model per cohort (lib/data/internal/dashboard-model-cache.ts). These tests
// hold a served dashboard equal to one computed afresh (the cache turned off) after every kind of write the
// dashboard reads, and when only the clock moves across a boundary a rule depends on.

const NOW = new Date("2026-02-11T12:00:00Z"); // a Wednesday; 21:00 the same day in Tokyo
const TERM = { startsOn: "2026-01-05", endsOn: "2026-04-30" };
const view = (overrides: Partial<DashboardView> = {}): DashboardView => ({
  ...DEFAULT_DASHBOARD_VIEW,
  ...overrides,
});

afterEach(() => {
  delete process.env.DASHBOARD_CACHE_STUDENTS;
  resetEnvCacheForTests();
});

/** The dashboard computed without the cache (and without disturbing what it holds). */
async function uncached(cohortId: string, at: Date, v = view()): Promise<CohortDashboardPage> {
  process.env.DASHBOARD_CACHE_STUDENTS = "0";
  resetEnvCacheForTests();
  try {
    return await getCohortDashboard(cohortId, v, 1, at);
  } finally {
    delete process.env.DASHBOARD_CACHE_STUDENTS;
    resetEnvCacheForTests();
  }
}

/** What the page shows, with the cohort's own row (fetched on every request anyway) left out. */
function shown(page: CohortDashboardPage) {
  const { cohort: _cohort, ...rest } = page;
  return rest;
}

async function expectAsComputedAfresh(cohortId: string, at: Date, v = view()) {
  const served = await getCohortDashboard(cohortId, v, 1, at);
  expect(shown(served)).toEqual(shown(await uncached(cohortId, at, v)));
  return served;
}

/**
 * Two students: Tess in Tokyo and Uma on UTC (no profile), both joined on the term's first day. Tess was last
 * active on 29 Jan in Tokyo, Uma on 29 Jan in UTC: each turns "quiet 14 days" at her own midnight of 12 Feb.
 */
async function arrange() {
  const advisor = await createUser({ role: "advisor", name: "Ada Advisor" });
  const cohort = await createCohort({ name: "Spring Careers", ...TERM });
  await assignAdvisor(cohort.id, advisor.id);
  const tess = await createUser({ role: "student", name: "Tess Tokyo" });
  const uma = await createUser({ role: "student", name: "Uma Utc" });
  for (const student of [tess, uma]) await enrolStudent(cohort.id, student.id);
  await getDb()
    .update(cohortStudents)
    .set({ joinedAt: new Date("2026-01-05T09:00:00Z") })
    .where(eq(cohortStudents.cohortId, cohort.id));
  await getDb().insert(studentProfiles).values({ studentId: tess.id, timeZone: "Asia/Tokyo" });
  // 29 Jan 10:00 in Tokyo; 29 Jan 10:00 in UTC.
  await createContact(tess.id, {
    createdAt: new Date("2026-01-29T01:00:00Z"),
    updatedAt: new Date("2026-01-29T01:00:00Z"),
  });
  const umaContact = await createContact(uma.id, {
    createdAt: new Date("2026-01-29T10:00:00Z"),
    updatedAt: new Date("2026-01-29T10:00:00Z"),
  });
  await signInAs(advisor.id);
  return { advisor, cohort, tess, uma, umaContact };
}

/** Uma's "inactive" flag marked handled on 5 Feb at 12:00 UTC: hidden until 12 Feb 12:00 (21:00 in Tokyo). */
async function arrangeHandledInactive() {
  const arranged = await arrange();
  const handledAt = new Date("2026-02-05T12:00:00Z");
  await getDb().insert(attentionHandled).values({
    studentId: arranged.uma.id,
    cohortId: arranged.cohort.id,
    reason: "inactive",
    handledById: arranged.advisor.id,
    handledAt,
  });
  return { ...arranged, handledAt };
}

describe("the dashboard's kept model", () => {
  it("is reused while nothing changes, at the same cost in queries", async () => {
    const { cohort } = await arrange();
    const first = await countQueries(() => getCohortDashboard(cohort.id, view(), 1, NOW));
    const later = new Date(NOW.getTime() + 60_000);
    const second = await countQueries(() => getCohortDashboard(cohort.id, view(), 1, later));
    // The same objects: served from the kept model, not rebuilt.
    expect(second.result.summary).toBe(first.result.summary);
    expect(second.result.rows[0]).toBe(first.result.rows[0]);
    expect(second.queries).toBe(first.queries);
    expect(shown(second.result)).toEqual(shown(await uncached(cohort.id, later)));
    // The statement itself answers a known fingerprint with the fingerprint alone.
    const { fingerprint, inputs } = await loadDashboardInputs(cohort.id, null);
    expect(inputs?.members).toHaveLength(2);
    expect(await loadDashboardInputs(cohort.id, fingerprint)).toEqual({ fingerprint, inputs: null });
    // Another view of the same model sorts its own rows, and keeps them too.
    const byStage = await getCohortDashboard(cohort.id, view({ sort: "stage" }), 1, later);
    expect(byStage.summary).toBe(first.result.summary);
    expect((await getCohortDashboard(cohort.id, view({ sort: "stage" }), 1, later)).rows).toEqual(
      byStage.rows,
    );
  });

  it("shows every kind of committed write on the next request", async () => {
    const { advisor, cohort, tess, uma, umaContact } = await arrange();
    let before = await expectAsComputedAfresh(cohort.id, NOW);
    const changed = async (label: string, write: () => Promise<unknown>) => {
      await write();
      const after = await expectAsComputedAfresh(cohort.id, NOW);
      expect(shown(after), label).not.toEqual(shown(before));
      before = after;
    };

    await changed("a student's own record", () =>
      createInterview(uma.id, umaContact.id, {
        startsAt: new Date("2026-02-02T15:00:00Z"),
        status: "completed",
      }),
    );
    await changed("a student's name", () =>
      getDb().update(users).set({ name: "Uma Renamed" }).where(eq(users.id, uma.id)),
    );
    await changed("a student's time zone", () =>
      getDb()
        .update(studentProfiles)
        .set({ timeZone: "America/Los_Angeles" })
        .where(eq(studentProfiles.studentId, tess.id)),
    );
    await changed("a goal", () =>
      getDb()
        .insert(cohortGoals)
        .values({ cohortId: cohort.id, metric: "contacts_identified", target: 5, dueOn: "2026-02-01" }),
    );
    await changed("the instance's thank-you rule", () =>
      getDb().update(instanceSettings).set({ thankYouOverdueDays: 1 }).where(eq(instanceSettings.id, true)),
    );
    await changed("a nudge", () =>
      getDb()
        .insert(nudges)
        .values({
          studentId: uma.id,
          cohortId: cohort.id,
          advisorId: advisor.id,
          reason: "check-in",
          body: "Hi",
          createdAt: new Date("2026-02-10T12:00:00Z"),
        }),
    );
    await changed("a flag marked handled", () =>
      getDb()
        .insert(attentionHandled)
        .values({
          studentId: uma.id,
          cohortId: cohort.id,
          reason: "behind-on-goal",
          handledById: advisor.id,
          handledAt: new Date("2026-02-10T12:00:00Z"),
        }),
    );
    await changed("the term's dates", () =>
      getDb().update(cohorts).set({ startsOn: "2026-01-12" }).where(eq(cohorts.id, cohort.id)),
    );
    await changed("a student leaving the cohort", () =>
      getDb()
        .delete(cohortStudents)
        .where(and(eq(cohortStudents.cohortId, cohort.id), eq(cohortStudents.studentId, tess.id))),
    );
    await getDb()
      .update(instanceSettings)
      .set({ thankYouOverdueDays: 7 })
      .where(eq(instanceSettings.id, true));
  });

  it("reads the rules again when a student's day turns, in her own time zone", async () => {
    const { cohort } = await arrange();
    // 23:59 on 11 Feb in Tokyo, still 11 Feb in UTC: Tess has been quiet 13 days.
    const beforeMidnight = await expectAsComputedAfresh(cohort.id, new Date("2026-02-11T14:59:00Z"));
    expect(beforeMidnight.summary.needsAttention).toBe(0);
    // 00:00 on 12 Feb in Tokyo (still 11 Feb in UTC): 14 days, flagged, with no write in between.
    const afterMidnight = await expectAsComputedAfresh(cohort.id, new Date("2026-02-11T15:00:00Z"));
    expect(afterMidnight.rows.find((row) => row.name === "Tess Tokyo")!.attention.map((r) => r.kind)).toEqual(
      ["inactive"],
    );
    // And Uma at her own (UTC) midnight.
    const utcMidnight = await expectAsComputedAfresh(cohort.id, new Date("2026-02-12T00:00:00Z"));
    expect(utcMidnight.summary.needsAttention).toBe(2);
  });

  it("shows a handled flag again the moment its week is over", async () => {
    const { cohort, handledAt } = await arrangeHandledInactive();
    const weekOver = handledAt.getTime() + HANDLED_HIDES_MS; // 12 Feb 12:00 UTC, 21:00 in Tokyo
    const hidden = await expectAsComputedAfresh(cohort.id, new Date(weekOver - 1));
    const umaRow = (page: CohortDashboardPage) => page.rows.find((row) => row.name === "Uma Utc")!;
    expect(umaRow(hidden).handled).toEqual(["inactive"]);
    const shownAgain = await expectAsComputedAfresh(cohort.id, new Date(weekOver));
    expect(umaRow(shownAgain).attention.map((r) => r.kind)).toEqual(["inactive"]);
  });

  it("computes afresh for an earlier moment than the one it kept", async () => {
    const { cohort, handledAt } = await arrangeHandledInactive();
    const weekOver = handledAt.getTime() + HANDLED_HIDES_MS;
    // Kept after the week is over (nothing left to expire), then asked for a moment before it, the same day
    // everywhere: the mark still hides the flag then.
    const after = await expectAsComputedAfresh(cohort.id, new Date(weekOver));
    const umaRow = (page: CohortDashboardPage) => page.rows.find((row) => row.name === "Uma Utc")!;
    expect(umaRow(after).attention.map((r) => r.kind)).toEqual(["inactive"]);
    const before = await expectAsComputedAfresh(cohort.id, new Date(weekOver - 1));
    expect(umaRow(before).handled).toEqual(["inactive"]);
  });

  it("holds at most DASHBOARD_CACHE_STUDENTS students, the least recently used cohort out first", async () => {
    // Each arrangement is a cohort of two students with an advisor of its own.
    const first = await arrange();
    const second = await arrange();
    process.env.DASHBOARD_CACHE_STUDENTS = "3";
    resetEnvCacheForTests();
    const cache = dashboardModelCache();
    await signInAs(first.advisor.id);
    await getCohortDashboard(first.cohort.id, view(), 1, NOW);
    expect(cache.heldFingerprint(first.cohort.id)).not.toBeNull();
    await signInAs(second.advisor.id);
    await getCohortDashboard(second.cohort.id, view(), 1, NOW);
    expect(cache.heldFingerprint(second.cohort.id)).not.toBeNull();
    expect(cache.heldFingerprint(first.cohort.id)).toBeNull();

    // A cohort larger than the whole cache is served but never kept.
    process.env.DASHBOARD_CACHE_STUDENTS = "1";
    resetEnvCacheForTests();
    await getCohortDashboard(second.cohort.id, view(), 1, NOW);
    expect(cache.heldFingerprint(second.cohort.id)).toBeNull();
  });
});
