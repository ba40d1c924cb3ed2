import { randomBytes } from "node:crypto";
import { cohortAdvisors, cohorts } from "../db/schema/index";
import { expect, test } from "./fixtures";

// Issue 13: the term report compares two of the advisor's cohorts side by side, and prints as figures only.
test("the term report compares two cohorts side by side and prints without the app around it", async ({
  page,
  loginAs,
  db,
}) => {
  const advisor = await loginAs("advisor");
  const tag = randomBytes(3).toString("hex");
  const made = await db
    .insert(cohorts)
    .values([
      { name: `Spring Lab ${tag}`, term: "Spring 2026", startsOn: "2026-01-05", endsOn: "2026-05-01" },
      { name: `Fall Lab ${tag}`, term: "Fall 2025", startsOn: "2025-09-01", endsOn: "2025-12-15" },
    ])
    .returning({ id: cohorts.id, name: cohorts.name });
  const [spring, fall] = made as [{ id: string; name: string }, { id: string; name: string }];
  await db.insert(cohortAdvisors).values(made.map((c) => ({ cohortId: c.id, advisorId: advisor.id })));

  await page.goto(`/advisor/cohorts/${spring.id}/report`);
  await page.getByLabel("Compare with", { exact: true }).selectOption(fall.id);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`compare=${fall.id}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`compared with ${fall.name}`);
  const steps = page.getByRole("table", { name: "Students and the six steps" });
  await expect(steps.getByRole("columnheader", { name: new RegExp(spring.name) })).toBeVisible();
  await expect(steps.getByRole("columnheader", { name: new RegExp(fall.name) })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(steps.getByRole("columnheader", { name: new RegExp(fall.name) })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("search", { name: "Compare with another cohort" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});
