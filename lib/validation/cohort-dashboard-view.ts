import { z } from "zod";
import {
  DASHBOARD_SORT_KEYS,
  DEFAULT_DASHBOARD_VIEW,
  DEFAULT_SORT_DIRECTION,
  GOAL_FILTERS,
  type DashboardView,
  type StageFilter,
} from "@/lib/domain/cohort-dashboard";
import { ATTENTION_KINDS } from "@/lib/domain/needs-attention";
import { optionalChoice, pageNumber } from "./list-query";

// The dashboard's view lives in its URL (`?reason=inactive&stage=prepare&sort=last-activity&dir=asc&page=2`)
// so that sorting and filtering are links and forms that work without JavaScript, and can be bookmarked.
// These are links people edit and share: anything unknown falls back to the default rather than erroring.

const REASONS = ["all", "any", "none", ...ATTENTION_KINDS] as const;
const STAGES = [
  "all",
  "research",
  "identify",
  "prepare",
  "contact",
  "interview",
  "follow-up",
  "done",
] as const satisfies readonly [StageFilter, ...StageFilter[]];

export const cohortDashboardQuerySchema = z.object({
  sort: optionalChoice(DASHBOARD_SORT_KEYS),
  dir: optionalChoice(["asc", "desc"] as const),
  reason: optionalChoice(REASONS),
  stage: optionalChoice(STAGES),
  goal: optionalChoice(GOAL_FILTERS),
  page: pageNumber,
});

/** The view and page asked for in the dashboard's (or its export's) query string. */
export function parseCohortDashboardQuery(params: Record<string, unknown>): {
  view: DashboardView;
  page: number;
} {
  const query = cohortDashboardQuerySchema.parse(params);
  const sort = query.sort ?? DEFAULT_DASHBOARD_VIEW.sort;
  return {
    view: {
      sort,
      direction: query.dir ?? DEFAULT_SORT_DIRECTION[sort],
      reason: query.reason ?? DEFAULT_DASHBOARD_VIEW.reason,
      stage: query.stage ?? DEFAULT_DASHBOARD_VIEW.stage,
      goal: query.goal ?? DEFAULT_DASHBOARD_VIEW.goal,
    },
    page: query.page,
  };
}

/**
 * The query string for a view (and page), leaving out what is at its default so links stay short. The
 * direction is written whenever the sort is, so a link says exactly what it shows.
 */
export function cohortDashboardQuery(view: DashboardView, page = 1): string {
  const query = new URLSearchParams();
  if (view.reason !== "all") query.set("reason", view.reason);
  if (view.stage !== "all") query.set("stage", view.stage);
  if (view.goal !== "all") query.set("goal", view.goal);
  if (view.sort !== DEFAULT_DASHBOARD_VIEW.sort || view.direction !== DEFAULT_SORT_DIRECTION[view.sort]) {
    query.set("sort", view.sort);
    query.set("dir", view.direction);
  }
  if (page > 1) query.set("page", String(page));
  return query.toString();
}
