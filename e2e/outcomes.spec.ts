import { randomBytes } from "node:crypto";
import { cohortAdvisors, cohorts, cohortStudents, contacts } from "../db/schema/index";
import { expect, test } from "./fixtures";

const tag = () => randomBytes(3).toString("hex");

// Issue 13: an outcome a student records reaches their advisor's student page and the cohort's CSV; the
// cohort's term report prints.
test("a student's outcome reaches the advisor's student page, the cohort CSV and the term report", async ({
  page,
  browser,
  loginAs,
  createUser,
  db,
  runInfo,
}) => {
  const advisor = await createUser({ role: "advisor" });
  const student = await createUser({ role: "student", name: `Ola Outcome ${tag()}` });
  const [cohort] = await db
    .insert(cohorts)
    .values({
      name: `Outcome Lab ${tag()}`,
      term: "Spring 2027",
      startsOn: "2026-09-01",
      endsOn: "2027-05-01",
    })
    .returning({ id: cohorts.id });
  await db.insert(cohortAdvisors).values({ cohortId: cohort!.id, advisorId: advisor.id });
  await db.insert(cohortStudents).values({ cohortId: cohort!.id, studentId: student.id });
  const contactName = `Dana Mentor ${tag()}`;
  await db.insert(contacts).values({ studentId: student.id, name: contactName });

  await loginAs(student);
  await page.goto("/outcomes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outcomes");
  // A mistake is explained next to its field and keeps what was typed.
  await page.getByLabel("Title").fill("Summer internship at Riverside Health");
  await page.getByRole("button", { name: "Add outcome" }).click();
  await expect(page.getByText("Choose what it led to")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Summer internship at Riverside Health");
  await page.getByLabel("What did it lead to?").selectOption("Internship");
  await page.getByLabel("Date").fill("2026-11-20");
  await page.getByRole("checkbox", { name: contactName }).check();
  await page.getByRole("button", { name: "Add outcome" }).click();
  await expect(page.getByText("Outcome added.")).toBeVisible();
  const mine = page.getByRole("list", { name: "Your outcomes" });
  await expect(mine).toContainText("Summer internship at Riverside Health");
  await expect(mine).toContainText(contactName);

  const advisorContext = await browser.newContext({ baseURL: runInfo.appA });
  await loginAs(advisor, advisorContext);
  const advisorPage = await advisorContext.newPage();
  await advisorPage.goto(`/advisor/students/${student.id}`);
  const outcomes = advisorPage.getByRole("list", { name: "Outcomes" });
  await expect(outcomes).toContainText("Summer internship at Riverside Health");
  await expect(outcomes).toContainText("Internship");

  const csv = await advisorPage.request.get(`/advisor/cohorts/${cohort!.id}/export.csv`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]!.split(",").at(-1)).toBe("Outcomes");
  const row = lines.find((line) => line.startsWith(student.name!));
  expect(row?.split(",").at(-1)).toBe("1");

  await advisorPage.goto(`/advisor/cohorts/${cohort!.id}/report`);
  await expect(advisorPage.getByRole("heading", { level: 1 })).toContainText("Term report");
  const outcomesTable = advisorPage.getByRole("table", { name: "Outcomes" });
  await expect(outcomesTable.getByRole("row", { name: /Outcomes recorded/ })).toContainText("1");
  await advisorPage.emulateMedia({ media: "print" });
  // On paper: the figures, not the app's navigation or the page's buttons.
  await expect(advisorPage.getByRole("table", { name: "Goals met" })).toBeVisible();
  await expect(advisorPage.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(advisorPage.getByRole("button", { name: "Print" })).toBeHidden();
  const pdf = await advisorPage.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  await advisorContext.close();
});
