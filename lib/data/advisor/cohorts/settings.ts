import "server-only";
import { loadCohortGoals } from "@/lib/data/internal/cohort-facts";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohortGoals, cohorts } from "@/db/schema/index";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { isCountMetric, type CohortGoal } from "@/lib/domain/cohort-goals";
import { formatDisplayDate } from "@/lib/domain/display-date";
import { isWithinTerm, lastDayOfTermWeek, weeksInTerm } from "@/lib/domain/term-weeks";
import { MAX_GOALS_PER_COHORT, type CohortSettingsInput, type GoalInput } from "@/lib/validation/cohort";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { requireEditableCohort } from "@/lib/data/advisor/cohorts/editable-cohort";
import type { VersionedSave } from "@/lib/data/student/scope";

export type CohortSettings = {
  id: string;
  name: string;
  term: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  version: number;
  weeks: number;
  goals: (CohortGoal & { outsideTerm: boolean })[];
};

/** The cohort's details and goals, for its assigned advisor. */
export async function getCohortSettings(cohortId: string): Promise<CohortSettings> {
  const { cohort } = await requireAssignedCohort(cohortId);
  const goals = await loadCohortGoals(cohort.id);
  return {
    ...cohort,
    weeks: weeksInTerm(cohort.startsOn, cohort.endsOn),
    // Goals keep their dates when the term moves; the page points out the ones left outside it.
    goals: goals.map((goal) => ({
      ...goal,
      outsideTerm: goal.dueOn !== null && !isWithinTerm(goal.dueOn, cohort.startsOn, cohort.endsOn),
    })),
  };
}

/** The cohort's goals: count goals by due date, then timeliness goals. */
export async function listCohortGoals(cohortId: string): Promise<CohortGoal[]> {
  const { cohort } = await requireAssignedCohort(cohortId);
  return loadCohortGoals(cohort.id);
}

/** Saves name, term and dates, unless someone saved the cohort since `input.version` was read. */
export async function updateCohortSettings(
  cohortId: string,
  input: CohortSettingsInput,
): Promise<VersionedSave> {
  const { cohort } = await requireEditableCohort(cohortId);
  const [saved] = await getDb()
    .update(cohorts)
    .set({
      name: input.name,
      term: input.term,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      version: sql`${cohorts.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(cohorts.id, cohort.id), eq(cohorts.version, input.version), isNull(cohorts.archivedAt)))
    .returning({ id: cohorts.id, version: cohorts.version });
  return saved ? { status: "saved", ...saved } : { status: "stale" };
}

export type AddGoalResult =
  | { status: "added"; id: string; dueOn: CalendarDate | null }
  | { status: "invalid"; fieldErrors: Partial<Record<"dueOn" | "dueWeek" | "form", string[]>> }
  | { status: "duplicate" }
  | { status: "too-many" };

/**
 * Adds a goal. A week of the term becomes the last day of that week, from the term's dates as they are
 * now; a due date must fall within the term. The same goal twice (a double-click) is refused.
 */
export async function addCohortGoal(cohortId: string, input: GoalInput): Promise<AddGoalResult> {
  const { cohort } = await requireEditableCohort(cohortId);
  let dueOn: CalendarDate | null = null;
  if (isCountMetric(input.metric) && "due" in input) {
    if ("week" in input.due) {
      dueOn = lastDayOfTermWeek(cohort.startsOn, cohort.endsOn, input.due.week);
      if (!dueOn) {
        const weeks = weeksInTerm(cohort.startsOn, cohort.endsOn);
        return {
          status: "invalid",
          fieldErrors: {
            dueWeek: [`This term has ${weeks} ${weeks === 1 ? "week" : "weeks"}: choose 1 to ${weeks}`],
          },
        };
      }
    } else {
      dueOn = input.due.on;
      if (!isWithinTerm(dueOn, cohort.startsOn, cohort.endsOn)) {
        return {
          status: "invalid",
          fieldErrors: {
            dueOn: [
              `Choose a date within the term, ${formatDisplayDate(cohort.startsOn)} to ${formatDisplayDate(cohort.endsOn)}`,
            ],
          },
        };
      }
    }
  }
  const db = getDb();
  return db.transaction(async (tx) => {
    // Serialises goal changes per cohort, so the cap and the duplicate check hold under concurrent adds.
    await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.id, cohort.id)).for("update");
    const [existing] = await tx
      .select({ n: count() })
      .from(cohortGoals)
      .where(eq(cohortGoals.cohortId, cohort.id));
    if ((existing?.n ?? 0) >= MAX_GOALS_PER_COHORT) return { status: "too-many" } as const;
    const [same] = await tx
      .select({ id: cohortGoals.id })
      .from(cohortGoals)
      .where(
        and(
          eq(cohortGoals.cohortId, cohort.id),
          eq(cohortGoals.metric, input.metric),
          eq(cohortGoals.target, input.target),
          dueOn === null ? isNull(cohortGoals.dueOn) : eq(cohortGoals.dueOn, dueOn),
        ),
      );
    if (same) return { status: "duplicate" } as const;
    const [row] = await tx
      .insert(cohortGoals)
      .values({ cohortId: cohort.id, metric: input.metric, target: input.target, dueOn })
      .returning({ id: cohortGoals.id });
    return { status: "added", id: row!.id, dueOn } as const;
  });
}

/** Removes one of the cohort's goals; a goal of another cohort answers 404. */
export async function removeCohortGoal(cohortId: string, goalId: string): Promise<void> {
  const { cohort } = await requireEditableCohort(cohortId);
  const removed = await getDb()
    .delete(cohortGoals)
    .where(and(eq(cohortGoals.id, goalId), eq(cohortGoals.cohortId, cohort.id)))
    .returning({ id: cohortGoals.id });
  if (removed.length === 0) notFound();
}
