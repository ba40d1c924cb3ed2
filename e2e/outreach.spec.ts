import { expect, test } from "./fixtures";

test("outreach templates ask for information, not a job, and a logged email joins the timeline", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Rosa Lind");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rosa Lind");

  // Templates ask for information, not a job, and name the person.
  const outreach = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Outreach" }) })
    .last();
  await expect(outreach).toContainText("not asking for a job");
  await expect(outreach).toContainText("Rosa");

  const log = outreach.locator("form").filter({ has: page.getByRole("button", { name: "Log outreach" }) });
  await log.getByLabel("Sent on").fill("2026-11-16");
  await log.getByLabel("Channel").selectOption("email");
  await log.getByLabel("Message").fill("Hello Rosa, my professor suggested I write to you.");
  await log.getByRole("button", { name: "Log outreach" }).click();
  await expect(outreach).toContainText("my professor suggested I write to you");

  await page.reload();
  await expect(
    page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Timeline" }) })
      .last(),
  ).toContainText(/email/i);
});
