import { expect, test } from "./fixtures";

// Steps 2, 5 and 6 as a student meets them: from a contact to a held interview, a referral and a thank-you.
test("a student schedules an interview, prepares, holds it, adds a referral and thanks them", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Dana Reyes");
  await page.getByRole("button", { name: /add contact/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dana Reyes");

  await page.getByRole("link", { name: "Schedule an interview" }).click();
  await page.getByLabel("Date").fill("2026-11-16");
  await page.getByLabel("Start time").fill("15:00");
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await page.getByLabel("Format").selectOption("video");
  await page.getByLabel("Place or link").fill("https://meet.example/dana");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dana Reyes");

  // The calendar file is a real iCalendar event for this interview.
  const icsHref = await page.getByRole("link", { name: "Add to calendar (.ics)" }).getAttribute("href");
  const ics = await page.request.get(icsHref!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const body = await ics.text();
  expect(body).toContain("BEGIN:VEVENT");
  expect(body).toContain("Dana Reyes");
  expect(body).toMatch(/DTSTART[^\n]*20261116T200000Z/);

  const questions = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Save my questions" }) });
  await questions.getByRole("checkbox").nth(0).check();
  await questions.getByRole("checkbox").nth(5).check();
  await questions.getByRole("button", { name: "Save my questions" }).click();
  await expect(page.getByLabel("Key takeaways")).toBeVisible();

  const schedule = page.locator("form").filter({ has: page.getByRole("button", { name: "Save schedule" }) });
  await schedule.getByLabel("Status").selectOption("completed");
  await schedule.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByRole("button", { name: "Record thank-you" })).toBeVisible();

  await page.getByLabel("Key takeaways").fill("Learn SQL; build a small portfolio project.");
  // Wait for the save itself (a server action POST) before reloading, as a person waits for the button.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && response.ok()),
    page.getByRole("button", { name: "Save notes" }).click(),
  ]);
  await page.reload();
  await expect(page.getByLabel("Key takeaways")).toHaveValue("Learn SQL; build a small portfolio project.");

  const referral = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Add to my contacts" }) });
  await referral.getByLabel("Name").fill("Marcus Bell");
  await referral.getByRole("button", { name: "Add to my contacts" }).click();
  await expect(page.getByRole("link", { name: "Marcus Bell" })).toBeVisible();

  const thanks = page.locator("form").filter({ has: page.getByRole("button", { name: "Record thank-you" }) });
  await thanks.getByLabel("Sent on").fill("2026-11-17");
  await thanks.getByRole("button", { name: "Record thank-you" }).click();
  await expect(page.getByRole("button", { name: "Record thank-you" })).toBeHidden();

  // The referral knows where it came from, and the home pipeline shows Dana as thanked.
  await page.getByRole("link", { name: "Marcus Bell" }).click();
  await expect(page.getByRole("list", { name: "Referral chain" })).toContainText("Dana Reyes");
  await page.goto("/home");
  const thanked = page.locator("li").filter({ has: page.getByRole("heading", { name: /^Thanked/ }) });
  await expect(thanked.getByRole("link", { name: "Dana Reyes" })).toBeVisible();
});

test("the preparation page keeps a pitch and adds a question of the student's own", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");
  await page.goto("/prepare");
  await expect(page.getByText("Suggested").first()).toBeVisible();
  await page.getByLabel("Elevator pitch").fill("I'm a third-year student exploring public health data work.");
  await page.getByRole("button", { name: "Save pitch" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.getByLabel("Kind of question").selectOption("advice");
  await page.getByLabel("Question", { exact: true }).fill("How would you spend my next summer?");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("How would you spend my next summer?")).toBeVisible();

  // Not a question: refused next to the field, with the text kept.
  await page.getByLabel("Question", { exact: true }).fill("Tell me about your job");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(page.getByText("Write it as a question, ending with ?")).toBeVisible();
  await expect(page.getByLabel("Question", { exact: true })).toHaveValue("Tell me about your job");

  await page.reload();
  await expect(page.getByLabel("Elevator pitch")).toHaveValue(
    "I'm a third-year student exploring public health data work.",
  );
});
