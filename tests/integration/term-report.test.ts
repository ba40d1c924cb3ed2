import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { outcomes, studentProfiles } from "@/db/schema/index";
import { exportCohortDashboardCsv } from "@/lib/data/advisor/cohorts/dashboard";
import { exportTermReportCsv, getTermReport } from "@/lib/data/advisor/cohorts/term-report";
import { DEFAULT_DASHBOARD_VIEW } from "@/lib/domain/cohort-dashboard";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import {
  createCareerField,
  createContact,
  createFollowUp,
  createInterview,
  createOutreachAttempt,
} from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

const NOW = new Date("2026-02-20T12:00:00Z");

/**
 * A student who has done all six steps: researched, wrote a pitch, wrote on 2 Jan, interviewed on 12 Jan
 * (10 days) and thanked the next day; one outcome.
 */
async function busyStudent(cohortId: string, name: string) {
  const student = await createUser({ role: "student", name });
  await enrolStudent(cohortId, student.id);
  await createCareerField(student.id);
  await getDb().insert(studentProfiles).values({ studentId: student.id, elevatorPitch: "I study design" });
  const contact = await createContact(student.id);
  await createOutreachAttempt(student.id, contact.id, { sentOn: "2026-01-02" });
  const interview = await createInterview(student.id, contact.id, {
    status: "completed",
    startsAt: new Date("2026-01-12T15:00:00Z"),
    timeZone: "UTC",
  });
  await createFollowUp(student.id, contact.id, {
    kind: "thank_you",
    sentOn: "2026-01-13",
    interviewId: interview.id,
  });
  await getDb()
    .insert(outcomes)
    .values({ studentId: student.id, kind: "internship", title: "Internship", occurredOn: "2026-02-01" });
  return student;
}

async function arrange() {
  const advisor = await createUser({ role: "advisor" });
  const cohort = await createCohort({ name: "Spring Lab", startsOn: "2026-01-05", endsOn: "2026-05-01" });
  const earlier = await createCohort({ name: "Fall Lab", startsOn: "2025-09-01", endsOn: "2025-12-15" });
  const foreign = await createCohort({ name: "Not yours" });
  for (const c of [cohort, earlier]) await assignAdvisor(c.id, advisor.id);
  const busy = await busyStudent(cohort.id, "Bea Busy");
  const idle = await createUser({ role: "student", name: "Ian Idle" });
  await enrolStudent(cohort.id, idle.id);
  return { advisor, cohort, earlier, foreign, busy, idle };
}

describe("term report", () => {
  it("gives the funnel, median days to interview, thank-you timeliness and outcomes", async () => {
    const w = await arrange();
    await signInAs(w.advisor.id);
    const page = await getTermReport(w.cohort.id, null, NOW);
    expect(page.report.studentCount).toBe(2);
    expect(page.report.funnel.find((s) => s.label === "Interview")?.reached).toBe(1);
    expect(page.report.medianDaysToInterview).toBe(10);
    expect(page.report.thankYous).toMatchObject({ onTime: 1, late: 0, missing: 0, onTimeShare: 1 });
    expect(page.report.outcomes).toMatchObject({ total: 1, studentsWithOne: 1 });
    expect(page.compare).toBeNull();
    expect(page.compareChoices.map((c) => c.name)).toEqual(["Fall Lab"]);
  });

  it("compares with another of the advisor's cohorts, side by side in the CSV", async () => {
    const w = await arrange();
    await signInAs(w.advisor.id);
    const page = await getTermReport(w.cohort.id, w.earlier.id, NOW);
    expect(page.compare?.cohort.name).toBe("Fall Lab");
    expect(page.compare?.studentCount).toBe(0);
    const { csv, filename } = await exportTermReportCsv(w.cohort.id, w.earlier.id, NOW);
    expect(filename).toBe("fieldnotes-spring-lab-2026-02-20-term-report.csv");
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(["Figure", "Spring Lab", "Fall Lab"]);
    expect(rows.find((r) => r[0] === "Outcomes")).toEqual(["Outcomes", "1", "0"]);
  });

  it("answers a comparison with a cohort the advisor isn't assigned to like a missing one", async () => {
    const w = await arrange();
    await signInAs(w.advisor.id);
    await expectNotFound(getTermReport(w.cohort.id, w.foreign.id, NOW));
    await expectNotFound(exportTermReportCsv(w.cohort.id, w.foreign.id, NOW));
  });

  it("answers an advisor of another cohort like a missing cohort", async () => {
    const w = await arrange();
    const outsider = await createUser({ role: "advisor" });
    await assignAdvisor(w.foreign.id, outsider.id);
    await signInAs(outsider.id);
    await expectNotFound(getTermReport(w.cohort.id, null, NOW));
    await expectNotFound(exportTermReportCsv(w.cohort.id, w.foreign.id, NOW));
  });
});

describe("the cohort CSV export", () => {
  it("counts each student's outcomes in its last column", async () => {
    const w = await arrange();
    await signInAs(w.advisor.id);
    const { csv } = await exportCohortDashboardCsv(w.cohort.id, DEFAULT_DASHBOARD_VIEW, NOW);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header!.at(-1)).toBe("Outcomes");
    const byName = new Map(rows.map((r) => [r[0], r.at(-1)]));
    expect(byName.get("Bea Busy")).toBe("1");
    expect(byName.get("Ian Idle")).toBe("0");
  });
});
