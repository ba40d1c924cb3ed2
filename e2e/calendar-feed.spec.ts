import ICAL from "ical.js";
import { contacts, interviews } from "../db/schema/index";
import { expect, test } from "./fixtures";

const DAY = 86_400_000;

// The student's subscription calendar: made in settings, read by a calendar app without a session, and
// dead the moment it is reset.
test("a student's calendar feed parses, lists their interview and thank-you, and a reset revokes it", async ({
  page,
  browser,
  db,
  loginAs,
}) => {
  const student = await loginAs("student");
  const [soon, past] = await db
    .insert(contacts)
    .values([
      { studentId: student.id, name: "Noor Haddad" },
      { studentId: student.id, name: "Tomas Reyes" },
    ])
    .returning({ id: contacts.id });
  await db.insert(interviews).values([
    {
      studentId: student.id,
      contactId: soon!.id,
      startsAt: new Date(Math.floor((Date.now() + 3 * DAY) / 60_000) * 60_000),
      timeZone: "UTC",
      format: "video",
    },
    {
      studentId: student.id,
      contactId: past!.id,
      startsAt: new Date(Date.now() - DAY),
      timeZone: "UTC",
      format: "phone",
      status: "completed",
    },
  ]);

  await page.goto("/settings/notifications");
  const section = page.getByRole("region", { name: "Calendar feed" });
  await section.getByRole("button", { name: "Create calendar link" }).click();
  const address = section.getByLabel("Your calendar feed address");
  await expect(address).toHaveValue(/^webcal:\/\//);
  const feedUrl = (await address.inputValue()).replace(/^webcal:/, "http:");

  // A calendar app has no cookie: fetch from a fresh context.
  const outsider = await browser.newContext();
  const response = await outsider.request.get(feedUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const summaries = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e).summary);
  expect(summaries).toContain("Informational interview with Noor Haddad");
  expect(summaries).toContain("Thank-you to Tomas Reyes due");

  await page.reload();
  await expect(section.getByText(/Your calendar feed is on/)).toBeVisible();
  await section.getByRole("button", { name: "Reset link" }).click();
  await expect(address).not.toHaveValue(feedUrl.replace(/^http:/, "webcal:"));
  const newUrl = (await address.inputValue()).replace(/^webcal:/, "http:");
  expect((await outsider.request.get(feedUrl)).status()).toBe(404);
  expect((await outsider.request.get(newUrl)).status()).toBe(200);

  await section.getByRole("button", { name: "Turn off feed" }).click();
  await expect(section.getByText("No calendar feed yet.")).toBeVisible();
  expect((await outsider.request.get(newUrl)).status()).toBe(404);
  await outsider.close();
});
