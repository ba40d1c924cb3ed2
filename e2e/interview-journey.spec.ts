import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Steps 2, 5 and 6 as a student meets them: from a contact to a held interview, a referral and a thank-you.
test("a student schedules an interview, prepares, holds it, adds a referral and thanks them", async ({
  page,
  loginAs,
}) => {
  // A long journey on a shared 2-core machine: three times the usual time.
  test.slow();
  await loginAs("student");
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Dana Reyes");
  await page.getByRole("button", { name: /add contact/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dana Reyes");

  await page.getByRole("link", { name: "Schedule an interview" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2026-11-16");
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

  // Two questions from the bank, in the order added.
  await page
    .getByRole("button", { name: /^Add: / })
    .first()
    .click();
  await page
    .getByRole("button", { name: /^Add: / })
    .first()
    .click();
  await expect(page.getByText("You have 2 — the method suggests 8–10.").first()).toBeVisible();
  await page.getByRole("button", { name: "Save my questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Questions saved." })).toBeVisible();
  await expect(page.getByLabel("Key takeaways")).toBeVisible();

  // The interview is in the past and still scheduled: the page asks first whether it happened.
  const asked = page.getByRole("button", { name: "Yes, mark it as held" });
  await expect(asked).toBeVisible();
  await asked.click();

  // Held: the thank-you, the one thing due, now comes first, above the notes.
  const thankYouHeading = page.getByRole("heading", { name: /^Send your thank-you — due / });
  await expect(thankYouHeading).toBeVisible();
  const notesHeading = page.getByRole("heading", { name: "Notes and takeaways" });
  const thankYouBox = (await thankYouHeading.boundingBox())!;
  expect(thankYouBox.y).toBeLessThan((await notesHeading.boundingBox())!.y);
  // ...and above the fold of a 1280 x 720 laptop screen, without scrolling.
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  expect((await thankYouHeading.boundingBox())!.y + thankYouBox.height).toBeLessThan(720);

  await page.getByLabel("Key takeaways").fill("Learn SQL; build a small portfolio project.");
  await page.getByRole("button", { name: "Save notes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Notes saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Key takeaways")).toHaveValue("Learn SQL; build a small portfolio project.");

  const referral = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Add to my contacts" }) });
  await referral.getByLabel("Name").fill("Marcus Bell");
  await referral.getByRole("button", { name: "Add to my contacts" }).click();
  await expect(page.getByRole("link", { name: "Marcus Bell" })).toBeVisible();

  // The method's thank-you, with the takeaway and the referral merged in.
  const note = page.getByLabel("Thank-you: message");
  await expect(note).toHaveValue(/^Dear Dana Reyes,/);
  await expect(note).toHaveValue(/taking away from our conversation: learn SQL\./);
  await expect(note).toHaveValue(/suggesting I speak with Marcus Bell\./);

  await page.getByText("Sent another day, or another way?").click();
  const thanks = page.locator("form").filter({ has: page.getByRole("button", { name: "Record thank-you" }) });
  await thanks.getByLabel("Sent on").fill("2026-11-17");
  await thanks.getByRole("button", { name: "Record thank-you" }).click();
  await expect(page.getByRole("button", { name: "Record thank-you" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Thank-you" })).toContainText(
    /Sent (Tue 17 Nov|17 Nov 2026)/,
  );

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

/** A contact and an interview a year ahead, so the page shows the "before" state. */
async function scheduleUpcoming(page: Page, name: string) {
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Title", { exact: true }).fill("Data analyst");
  await page.getByRole("button", { name: /add contact/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("link", { name: "Schedule an interview" }).click();
  await page.getByLabel("Date", { exact: true }).fill(`${new Date().getFullYear() + 1}-03-10`);
  await page.getByLabel("Start time").fill("15:00");
  await page.getByLabel("Place or link").fill("https://meet.example/prep");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

test("the prep sheet prints on its own: no app shell, the pitch and the questions in order", async ({
  page,
  loginAs,
}) => {
  // A long journey on a shared 2-core machine: three times the usual time.
  test.slow();
  await loginAs("student");
  await page.goto("/prepare");
  await page.getByLabel("Elevator pitch").fill("I'm a third-year student exploring data journalism.");
  await page.getByRole("button", { name: "Save pitch" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await scheduleUpcoming(page, "Ola Berg");

  // Before the interview the prep sheet comes first.
  const sheet = page.getByRole("region", { name: /^Prep sheet/ });
  await expect(sheet).toContainText("I'm a third-year student exploring data journalism.");
  await expect(sheet).toContainText("Data analyst");
  await expect(sheet).toContainText("https://meet.example/prep");
  for (let i = 0; i < 3; i += 1)
    await page
      .getByRole("button", { name: /^Add: / })
      .first()
      .click();
  await page.getByRole("button", { name: "Save my questions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Questions saved." })).toBeVisible();
  const asked = sheet.getByRole("list", { name: "Questions to ask, in order" }).getByRole("listitem");
  await expect(asked).toHaveCount(3);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation").first()).toBeHidden();
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "Save notes" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Save my questions" })).toBeHidden();
  await expect(sheet).toBeVisible();
  await expect(asked).toHaveCount(3);
  await expect(asked.first()).toBeVisible();
  await expect(sheet).toContainText("Prep sheet: interview with Ola Berg");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("button", { name: "Save notes" })).toBeVisible();
});

test("questions are chosen and reordered with the keyboard alone", async ({ page, loginAs }) => {
  // A long journey on a shared 2-core machine: three times the usual time.
  test.slow();
  await loginAs("student");
  await scheduleUpcoming(page, "Kim Lau");

  const addButtons = page.getByRole("button", { name: /^Add: / });
  const names: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const add = addButtons.first();
    names.push((await add.getAttribute("aria-label"))!.replace(/^Add: /, ""));
    await add.focus();
    await page.keyboard.press("Enter");
    // Focus follows the question into the list, onto its Remove button.
    await expect(page.getByRole("button", { name: `Remove: ${names[i]}` })).toBeFocused();
  }
  await expect(page.getByText("You have 3 — the method suggests 8–10.").first()).toBeVisible();
  const chosen = page.getByRole("list", { name: "Your questions, in the order you will ask them" });
  await expect(chosen.getByRole("listitem")).toHaveText(names.map((n) => new RegExp(escape(n))));

  // Move the first question down twice: focus stays with it, then moves to "up" at the bottom.
  await page.getByRole("button", { name: `Move down: ${names[0]}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: `Move down: ${names[0]}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: `Move up: ${names[0]}` })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "to position 3 of 3" })).toHaveCount(1);
  const reordered = [names[1]!, names[2]!, names[0]!];
  await expect(chosen.getByRole("listitem")).toHaveText(reordered.map((n) => new RegExp(escape(n))));

  await page.getByRole("button", { name: "Save my questions" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Questions saved." })).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole("list", { name: "Questions to ask, in order" }).getByRole("listitem"),
  ).toHaveText(reordered.map((n) => new RegExp(escape(n))));
  // No number boxes anywhere.
  await expect(page.getByRole("spinbutton", { name: /^Order for/ })).toHaveCount(0);
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
