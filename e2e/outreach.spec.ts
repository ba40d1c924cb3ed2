import { expect, test } from "./fixtures";

test("outreach templates ask for information, not a job, and a logged email makes the follow-up the next step", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Rosa Lind");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rosa Lind");

  // Templates ask for information, not a job, and name the person: behind "Write first message".
  await page.getByRole("button", { name: "Write first message" }).click();
  const dialog = page.getByRole("dialog", { name: "Write to Rosa Lind" });
  await expect(dialog.getByLabel("Email: message")).toHaveValue(/not asking for a job/);
  await expect(dialog.getByLabel("LinkedIn connection note: message")).toHaveValue(/^Hi Rosa,/);
  await dialog.getByRole("button", { name: "Close" }).click();

  const outreach = page.getByRole("region", { name: "Outreach" });
  const log = outreach.locator("form").filter({ has: page.getByRole("button", { name: "Log outreach" }) });
  await log.getByLabel("Sent on").fill("2026-11-16");
  await log.getByLabel("Channel").selectOption("email");
  await log.getByLabel("Message").fill("Hello Rosa, my professor suggested I write to you.");
  await log.getByRole("button", { name: "Log outreach" }).click();
  await expect(outreach).toContainText("my professor suggested I write to you");

  // Monday 16 Nov + 3 business days: the follow-up is the next step now, with its template first.
  const nextStep = page.getByRole("region", { name: /^Follow up — due (Thu 19 Nov|19 Nov 2026)/ });
  await expect(nextStep).toBeVisible();
  await nextStep.getByRole("button", { name: "Write the follow-up" }).click();
  await expect(page.getByRole("dialog").getByRole("heading", { level: 3 }).first()).toHaveText(
    "A polite follow-up",
  );
  await page.keyboard.press("Escape");

  await page.reload();
  await expect(
    page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Timeline" }) })
      .last(),
  ).toContainText(/email/i);
});
