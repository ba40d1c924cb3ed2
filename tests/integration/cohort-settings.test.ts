import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  addCohortGoalAction,
  removeCohortGoalAction,
  updateCohortSettingsAction,
} from "@/app/advisor/cohorts/[cohortId]/settings/actions";
import { getDb } from "@/db/client";
import { cohortGoals, cohorts } from "@/db/schema/index";
import {
  addCohortGoal,
  getCohortSettings,
  listCohortGoals,
  removeCohortGoal,
  updateCohortSettings,
} from "@/lib/data/advisor/cohorts/settings";
import { initialActionState } from "@/lib/validation/action-state";
import { goalSchema, type CohortSettingsInput } from "@/lib/validation/cohort";
import { assignAdvisor, createCohort } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

// A 14-week term: week 1 is 7–13 Sep 2026, week 14 ends early with the term on 11 Dec.
const TERM = { startsOn: "2026-09-07", endsOn: "2026-12-11" };

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function advisorWithCohort() {
  const cohort = await createCohort({ name: "Career Lab", term: "Fall 2026", ...TERM });
  const advisor = await createUser({ role: "advisor" });
  await assignAdvisor(cohort.id, advisor.id);
  await signInAs(advisor.id);
  return { cohort, advisor };
}

function settings(overrides: Partial<CohortSettingsInput> = {}): CohortSettingsInput {
  return { name: "Career Lab", term: "Fall 2026", ...TERM, version: 1, ...overrides };
}

async function goalRows(cohortId: string) {
  return getDb().select().from(cohortGoals).where(eq(cohortGoals.cohortId, cohortId));
}

describe("cohort settings", () => {
  it("shows the assigned advisor the cohort's details, weeks and goals", async () => {
    const { cohort } = await advisorWithCohort();
    await getDb()
      .insert(cohortGoals)
      .values([
        { cohortId: cohort.id, metric: "thank_you_within_days", target: 2, dueOn: null },
        { cohortId: cohort.id, metric: "interviews_completed", target: 3, dueOn: "2026-10-15" },
        { cohortId: cohort.id, metric: "contacts_identified", target: 5, dueOn: "2027-01-10" },
      ]);
    const view = await getCohortSettings(cohort.id);
    expect(view).toMatchObject({
      id: cohort.id,
      name: "Career Lab",
      term: "Fall 2026",
      ...TERM,
      version: 1,
      weeks: 14,
    });
    // Dated goals first, by date; the timeliness goal last. A date outside the term is pointed out.
    expect(view.goals.map((g) => [g.metric, g.target, g.dueOn, g.outsideTerm])).toEqual([
      ["interviews_completed", 3, "2026-10-15", false],
      ["contacts_identified", 5, "2027-01-10", true],
      ["thank_you_within_days", 2, null, false],
    ]);
    expect((await listCohortGoals(cohort.id)).map((g) => g.metric)).toEqual([
      "interviews_completed",
      "contacts_identified",
      "thank_you_within_days",
    ]);
  });

  it("saves name, term and dates and moves the version on", async () => {
    const { cohort } = await advisorWithCohort();
    const saved = await updateCohortSettings(
      cohort.id,
      settings({ name: "Career Lab A", term: "Autumn 2026", endsOn: "2026-12-18" }),
    );
    expect(saved).toEqual({ status: "saved", id: cohort.id, version: 2 });
    const [row] = await getDb().select().from(cohorts).where(eq(cohorts.id, cohort.id));
    expect(row).toMatchObject({
      name: "Career Lab A",
      term: "Autumn 2026",
      endsOn: "2026-12-18",
      version: 2,
    });
  });

  it("refuses a save from a stale version and leaves the newer one in place", async () => {
    const { cohort } = await advisorWithCohort();
    expect(await updateCohortSettings(cohort.id, settings({ name: "First tab" }))).toMatchObject({
      status: "saved",
      version: 2,
    });
    expect(await updateCohortSettings(cohort.id, settings({ name: "Second tab", version: 1 }))).toEqual({
      status: "stale",
    });
    const [row] = await getDb().select().from(cohorts).where(eq(cohorts.id, cohort.id));
    expect(row?.name).toBe("First tab");
  });

  it("answers a stale save from the form with a clear message and keeps what was typed", async () => {
    const { cohort } = await advisorWithCohort();
    await updateCohortSettings(cohort.id, settings({ name: "Other tab" }));
    const fields = { cohortId: cohort.id, name: "Mine", term: "Fall 2026", ...TERM, version: "1" };
    const state = await updateCohortSettingsAction(initialActionState, form(fields));
    expect(state.status).toBe("error");
    expect(state.formError).toMatch(/changed this cohort since you opened the page, so nothing was saved/);
    expect(state.values).toMatchObject({ name: "Mine", version: "1" });

    const ok = await updateCohortSettingsAction(initialActionState, form({ ...fields, version: "2" }));
    expect(ok).toMatchObject({ status: "success", values: { name: "Mine", version: "3" } });
  });

  it("puts date problems next to the fields", async () => {
    const { cohort } = await advisorWithCohort();
    const state = await updateCohortSettingsAction(
      initialActionState,
      form({
        cohortId: cohort.id,
        name: " ",
        term: "Fall",
        startsOn: "2026-09-07",
        endsOn: "2026-09-01",
        version: "1",
      }),
    );
    expect(state.fieldErrors.name?.[0]).toMatch(/Enter the cohort's name/);
    expect(state.fieldErrors.endsOn?.[0]).toMatch(/can't be before the first day/);
    const bad = await updateCohortSettingsAction(
      initialActionState,
      form({
        cohortId: cohort.id,
        name: "X",
        term: "Fall",
        startsOn: "2026-02-30",
        endsOn: "2026-09-01",
        version: "1",
      }),
    );
    expect(bad.fieldErrors.startsOn?.[0]).toMatch(/YYYY-MM-DD/);
  });
});

describe("cohort goals", () => {
  it("turns a week of the term into the last day of that week", async () => {
    const { cohort } = await advisorWithCohort();
    const added = await addCohortGoal(cohort.id, {
      metric: "contacts_identified",
      target: 5,
      due: { week: 3 },
    });
    expect(added).toMatchObject({ status: "added", dueOn: "2026-09-27" });
    // The short last week ends with the term.
    expect(
      await addCohortGoal(cohort.id, { metric: "interviews_completed", target: 3, due: { week: 14 } }),
    ).toMatchObject({ status: "added", dueOn: "2026-12-11" });
    const rows = await goalRows(cohort.id);
    expect(rows.map((r) => r.dueOn).sort()).toEqual(["2026-09-27", "2026-12-11"]);
  });

  it("keeps a due date as given, within the term only", async () => {
    const { cohort } = await advisorWithCohort();
    expect(
      await addCohortGoal(cohort.id, {
        metric: "interviews_completed",
        target: 3,
        due: { on: "2026-10-15" },
      }),
    ).toMatchObject({ status: "added", dueOn: "2026-10-15" });
    const outside = await addCohortGoal(cohort.id, {
      metric: "interviews_completed",
      target: 4,
      due: { on: "2027-01-15" },
    });
    expect(outside).toMatchObject({ status: "invalid" });
    expect(outside.status === "invalid" && outside.fieldErrors.dueOn?.[0]).toMatch(/within the term/);
    const beyond = await addCohortGoal(cohort.id, { metric: "outreach_sent", target: 4, due: { week: 15 } });
    expect(beyond.status === "invalid" && beyond.fieldErrors.dueWeek?.[0]).toMatch(/14 weeks/);
    expect(await goalRows(cohort.id)).toHaveLength(1);
  });

  it("stores a timeliness goal with no date", async () => {
    const { cohort } = await advisorWithCohort();
    const added = await addCohortGoal(cohort.id, { metric: "thank_you_within_days", target: 2 });
    expect(added).toMatchObject({ status: "added", dueOn: null });
    const [row] = await goalRows(cohort.id);
    expect(row).toMatchObject({ metric: "thank_you_within_days", target: 2, dueOn: null });
  });

  it("refuses the same goal twice (a double-click)", async () => {
    const { cohort } = await advisorWithCohort();
    const goal = { metric: "interviews_completed" as const, target: 3, due: { week: 6 } };
    expect(await addCohortGoal(cohort.id, goal)).toMatchObject({ status: "added" });
    expect(await addCohortGoal(cohort.id, goal)).toEqual({ status: "duplicate" });
    expect(await addCohortGoal(cohort.id, { metric: "thank_you_within_days", target: 2 })).toMatchObject({
      status: "added",
    });
    expect(await addCohortGoal(cohort.id, { metric: "thank_you_within_days", target: 2 })).toEqual({
      status: "duplicate",
    });
    expect(await goalRows(cohort.id)).toHaveLength(2);
  });

  it("removes a goal of the cohort, and answers 404 for another cohort's goal", async () => {
    const { cohort } = await advisorWithCohort();
    const added = await addCohortGoal(cohort.id, { metric: "thank_you_within_days", target: 2 });
    const other = await createCohort(TERM);
    const [theirs] = await getDb()
      .insert(cohortGoals)
      .values({ cohortId: other.id, metric: "thank_you_within_days", target: 3 })
      .returning();
    await expectNotFound(removeCohortGoal(cohort.id, theirs!.id));
    await expectNotFound(removeCohortGoal(cohort.id, randomUUID()));
    await removeCohortGoal(cohort.id, added.status === "added" ? added.id : "");
    expect(await goalRows(cohort.id)).toHaveLength(0);
    expect(await goalRows(other.id)).toHaveLength(1);
  });

  it("adds and removes goals through the forms, with field errors for bad input", async () => {
    const { cohort } = await advisorWithCohort();
    const missing = await addCohortGoalAction(
      initialActionState,
      form({ cohortId: cohort.id, metric: "interviews_completed", target: "0", dueBy: "week", dueWeek: "" }),
    );
    expect(missing.fieldErrors.target?.[0]).toMatch(/from 1 to 1000/);
    expect(missing.fieldErrors.dueWeek?.[0]).toMatch(/week of the term/);
    expect(missing.values).toMatchObject({ target: "0", dueBy: "week" });

    const tooLate = await addCohortGoalAction(
      initialActionState,
      form({
        cohortId: cohort.id,
        metric: "interviews_completed",
        target: "3",
        dueBy: "week",
        dueWeek: "20",
      }),
    );
    expect(tooLate.fieldErrors.dueWeek?.[0]).toMatch(/This term has 14 weeks/);

    const ok = await addCohortGoalAction(
      initialActionState,
      form({
        cohortId: cohort.id,
        metric: "interviews_completed",
        target: "3",
        dueBy: "date",
        dueOn: "2026-10-15",
      }),
    );
    expect(ok).toMatchObject({ status: "success", values: { metric: "interviews_completed" } });
    const again = await addCohortGoalAction(
      initialActionState,
      form({
        cohortId: cohort.id,
        metric: "interviews_completed",
        target: "3",
        dueBy: "date",
        dueOn: "2026-10-15",
      }),
    );
    expect(again.formError).toMatch(/already has this goal/);

    const [row] = await goalRows(cohort.id);
    await removeCohortGoalAction(form({ cohortId: cohort.id, goalId: row!.id }));
    expect(await goalRows(cohort.id)).toHaveLength(0);
  });
});

describe("goal validation", () => {
  it("reads a count goal due by a date or by a week", () => {
    expect(
      goalSchema.parse({
        metric: "outreach_sent",
        target: "10",
        dueBy: "date",
        dueOn: "2026-10-01",
        dueWeek: "4",
      }),
    ).toEqual({ metric: "outreach_sent", target: 10, due: { on: "2026-10-01" } });
    expect(
      goalSchema.parse({
        metric: "outreach_sent",
        target: "10",
        dueBy: "week",
        dueOn: "2026-10-01",
        dueWeek: "4",
      }),
    ).toEqual({ metric: "outreach_sent", target: 10, due: { week: 4 } });
  });

  it("ignores any date on a timeliness goal and bounds its days", () => {
    expect(
      goalSchema.parse({ metric: "thank_you_within_days", target: "2", dueBy: "date", dueOn: "2026-10-01" }),
    ).toEqual({ metric: "thank_you_within_days", target: 2 });
    const tooLong = goalSchema.safeParse({ metric: "thank_you_within_days", target: "45" });
    expect(tooLong.error?.issues[0]).toMatchObject({
      path: ["target"],
      message: expect.stringMatching(/1 to 30/),
    });
  });

  it("needs a due date or week for a count goal", () => {
    const none = goalSchema.safeParse({ metric: "interviews_completed", target: "3" });
    expect(none.error?.issues.map((i) => i.path[0])).toEqual(["dueBy"]);
    const badDate = goalSchema.safeParse({
      metric: "interviews_completed",
      target: "3",
      dueBy: "date",
      dueOn: "15/10/2026",
    });
    expect(badDate.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
    const badMetric = goalSchema.safeParse({ metric: "coffees", target: "3" });
    expect(badMetric.error?.issues[0]?.path).toEqual(["metric"]);
  });
});

describe("who may see and change a cohort's settings", () => {
  const calls = (cohortId: string, goalId: string) => [
    () => getCohortSettings(cohortId),
    () => listCohortGoals(cohortId),
    () => updateCohortSettings(cohortId, settings()),
    () => addCohortGoal(cohortId, { metric: "thank_you_within_days", target: 3 }),
    () => removeCohortGoal(cohortId, goalId),
  ];

  async function cohortWithGoal() {
    const cohort = await createCohort(TERM);
    const assigned = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, assigned.id);
    const [goal] = await getDb()
      .insert(cohortGoals)
      .values({ cohortId: cohort.id, metric: "thank_you_within_days", target: 2 })
      .returning();
    return { cohort, goal: goal!, assigned };
  }

  it.each(["advisor", "student", "admin"] as const)(
    "a %s not assigned to the cohort meets 404",
    async (role) => {
      const { cohort, goal } = await cohortWithGoal();
      await signInAs((await createUser({ role })).id);
      for (const call of calls(cohort.id, goal.id)) await expectNotFound(call());
      const [row] = await getDb().select().from(cohorts).where(eq(cohorts.id, cohort.id));
      expect(row?.version).toBe(1);
      expect(await goalRows(cohort.id)).toHaveLength(1);
    },
  );

  it("an archived cohort is a 404 even for its advisor", async () => {
    const { cohort, goal, assigned } = await cohortWithGoal();
    await getDb().update(cohorts).set({ archivedAt: new Date() }).where(eq(cohorts.id, cohort.id));
    await signInAs(assigned.id);
    for (const call of calls(cohort.id, goal.id)) await expectNotFound(call());
    expect(await goalRows(cohort.id)).toHaveLength(1);
  });

  it("the form actions refuse other roles the same way", async () => {
    const { cohort, goal } = await cohortWithGoal();
    await signInAs((await createUser({ role: "advisor" })).id);
    await expectNotFound(
      updateCohortSettingsAction(
        initialActionState,
        form({ cohortId: cohort.id, name: "Taken", term: "T", ...TERM, version: "1" }),
      ),
    );
    await expectNotFound(removeCohortGoalAction(form({ cohortId: cohort.id, goalId: goal.id })));
    await signInAs((await createUser({ role: "student" })).id);
    await expectNotFound(
      addCohortGoalAction(
        initialActionState,
        form({ cohortId: cohort.id, metric: "thank_you_within_days", target: "2" }),
      ),
    );
    expect(await goalRows(cohort.id)).toHaveLength(1);
  });
});
