import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COLUMNS, DashboardTable } from "@/app/advisor/cohorts/[cohortId]/_components/dashboard-table";
import { type CohortDashboardRow, DEFAULT_DASHBOARD_VIEW } from "@/lib/domain/cohort-dashboard";

const NOW = new Date("2026-12-02T12:00:00Z");

function row(overrides: Partial<CohortDashboardRow> = {}): CohortDashboardRow {
  return {
    studentId: "0b7c5a4e-1d0f-4f55-9a55-5d6f8a3c2b11",
    name: "Ana Ruiz",
    email: "ana@example.edu",
    contactsIdentified: 9,
    outreachSent: 4,
    interviewsCompleted: 3,
    thankYous: { onTime: 1, late: 1, missing: 2, pending: 0 },
    lastActivityAt: new Date("2026-11-13T10:00:00Z"),
    lastActiveOn: "2026-11-13",
    stage: "prepare",
    stageIndex: 2,
    goals: [],
    goalsMet: 1,
    goalScore: 0.5,
    attention: [{ kind: "inactive", lastActiveOn: "2026-11-13", days: 19, text: "No activity in 19 days" }],
    handled: [],
    lastNudgedAtMs: NOW.getTime() - 3 * 86_400_000,
    ...overrides,
  };
}

function render(rows: CohortDashboardRow[], goalCount = 3) {
  return renderToStaticMarkup(
    createElement(DashboardTable, {
      base: "/advisor/cohorts/c1",
      view: DEFAULT_DASHBOARD_VIEW,
      rows,
      goalCount,
      today: "2026-12-02",
      nowMs: NOW.getTime(),
    }),
  );
}

describe("the cohort dashboard's table", () => {
  it("names each phone card's cells, from app/globals.css, in the order of the table's columns", () => {
    const css = readFileSync("app/globals.css", "utf8");
    const labels = [...css.matchAll(/td:nth-child\((\d+)\)::before\s*\{\s*content:\s*"([^"]+)"/g)].map(
      (match) => [Number(match[1]), match[2]],
    );
    // The first column is the row's heading (the student), which needs no label on a card.
    expect(labels).toEqual(COLUMNS.slice(1).map((column, index) => [index + 2, column.label]));
    const headers = [...render([row()]).matchAll(/<th scope="col"[^>]*>(?:<a [^>]*>)?([^<]+)/g)].map(
      (m) => m[1],
    );
    expect(headers).toEqual(COLUMNS.map((column) => column.label));
  });

  it("renders a row's figures in the columns' order, with a checkbox for the nudge form", () => {
    const html = render([row()]);
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    );
    expect(cells).toEqual([
      "3. Prepare",
      "9",
      "4",
      "3",
      "1 on time 1 late 2 missing",
      "13 Nov 2026 (19 days ago)",
      "1 of 3 met",
      "Quiet 19 days Nudged 3 days ago",
    ]);
    expect(html).toContain(
      '<input type="checkbox" aria-label="Select Ana Ruiz" name="student" value="0b7c5a4e-1d0f-4f55-9a55-5d6f8a3c2b11"/>',
    );
    expect(html).toContain('<a href="/advisor/students/0b7c5a4e-1d0f-4f55-9a55-5d6f8a3c2b11">Ana Ruiz</a>');
    expect(html).toContain("<strong>2 missing</strong>");
  });

  it("says so when a student has no flags, no activity and the cohort no goals", () => {
    const html = render(
      [row({ attention: [], handled: ["inactive"], lastActiveOn: null, lastNudgedAtMs: null })],
      0,
    );
    expect(html).toContain(
      "<td><small>Never</small></td><td><small>—</small></td><td><span><small>Handled</small></span></td>",
    );
  });

  // Every byte of a row is sent twice, as HTML and in React's payload; the page is sized by its rows.
  it("keeps a row's markup small", () => {
    const html = render([row()]);
    const tr = /<tbody><tr>.*?<\/tr>/.exec(html)![0];
    expect(tr.length).toBeLessThan(600);
  });
});
