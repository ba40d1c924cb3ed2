import { describe, expect, it } from "vitest";
import { DEFAULT_DASHBOARD_VIEW } from "@/lib/domain/cohort-dashboard";
import { cohortDashboardQuery, parseCohortDashboardQuery } from "./cohort-dashboard-view";

describe("parseCohortDashboardQuery", () => {
  it("defaults to name A–Z, everyone, page 1", () => {
    expect(parseCohortDashboardQuery({})).toEqual({ view: DEFAULT_DASHBOARD_VIEW, page: 1 });
  });

  it("reads every known value and gives each column its natural first direction", () => {
    expect(
      parseCohortDashboardQuery({
        sort: "last-activity",
        reason: "thank-you-overdue",
        stage: "prepare",
        goal: "behind",
        page: "3",
      }),
    ).toEqual({
      view: {
        sort: "last-activity",
        direction: "asc",
        reason: "thank-you-overdue",
        stage: "prepare",
        goal: "behind",
      },
      page: 3,
    });
    expect(parseCohortDashboardQuery({ sort: "interviews" }).view.direction).toBe("desc");
    expect(parseCohortDashboardQuery({ sort: "interviews", dir: "asc" }).view.direction).toBe("asc");
  });

  it("falls back on anything unknown, and takes the first of repeated values", () => {
    expect(
      parseCohortDashboardQuery({
        sort: "password",
        dir: "sideways",
        reason: "x",
        stage: "'; drop table",
        goal: "\u0000",
        page: "-2",
      }),
    ).toEqual({ view: DEFAULT_DASHBOARD_VIEW, page: 1 });
    expect(parseCohortDashboardQuery({ sort: ["contacts", "name"], dir: ["asc"] }).view).toMatchObject({
      sort: "contacts",
      direction: "asc",
    });
  });
});

describe("cohortDashboardQuery", () => {
  it("writes only what differs from the default, and reads back to the same view", () => {
    expect(cohortDashboardQuery(DEFAULT_DASHBOARD_VIEW)).toBe("");
    const view = {
      ...DEFAULT_DASHBOARD_VIEW,
      reason: "inactive" as const,
      sort: "stage" as const,
      direction: "desc" as const,
    };
    const query = cohortDashboardQuery(view, 2);
    expect(query).toBe("reason=inactive&sort=stage&dir=desc&page=2");
    expect(parseCohortDashboardQuery(Object.fromEntries(new URLSearchParams(query)))).toEqual({
      view,
      page: 2,
    });
  });
});
