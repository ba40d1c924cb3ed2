import { expect, test } from "./fixtures";

// The whole method in one sitting, as the issue describes it: a field researched, an organization in it,
// a person there contacted, interviewed and thanked, a referral added, and everything in the export.
test("from a career field to a thank-you and a referral, then all of it in the export", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");

  // Step 1: research.
  await page.goto("/research");
  const addField = page.getByRole("region", { name: "Add a career field" });
  await addField.getByLabel("Name").fill("Urban planning");
  await addField.getByRole("button", { name: "Add career field" }).click();
  await expect(addField.getByRole("status")).toContainText("Career field added");
  await page.getByRole("link", { name: "Add an organization" }).click();
  await expect(page).toHaveURL(/\/research\/organizations\/new/);
  await page.getByLabel("Name").fill("City Planning Office");
  await page.getByLabel("Career field").selectOption({ label: "Urban planning" });
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("status")).toContainText("City Planning Office was added");

  // Step 2: a person to talk to, at that organization.
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Ines Moreau");
  await page.getByLabel("Organization").selectOption({ label: "City Planning Office" });
  await page.getByLabel("How I found them").selectOption("alumni");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ines Moreau");

  // Step 4: outreach.
  const log = page.locator("form").filter({ has: page.getByRole("button", { name: "Log outreach" }) });
  await log.getByLabel("Sent on").fill("2026-11-09");
  await log.getByLabel("Message").fill("Hello Ines, I am a student exploring planning careers.");
  await log.getByRole("button", { name: "Log outreach" }).click();
  await expect(page.getByText("Outreach logged.")).toBeVisible();

  // Step 5: the interview, held, with a referral added on the spot.
  await page.getByRole("link", { name: "Schedule an interview" }).click();
  await page.getByLabel("Date", { exact: true }).fill("2026-11-16");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Time zone").selectOption("Europe/Paris");
  await page.getByLabel("Format").selectOption("phone");
  await page.getByRole("button", { name: "Schedule interview" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ines Moreau");
  // The interview is in the past: the page asks whether it happened.
  await page.getByRole("button", { name: "Yes, mark it as held" }).click();
  await expect(page.getByRole("button", { name: "I sent it today by email" })).toBeVisible();

  const referral = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Add to my contacts" }) });
  await referral.getByLabel("Name").fill("Tomas Berg");
  await referral.getByRole("button", { name: "Add to my contacts" }).click();
  await expect(page.getByRole("link", { name: "Tomas Berg" })).toBeVisible();

  // Step 6: the thank-you.
  await page.getByText("Sent another day, or another way?").click();
  const thanks = page.locator("form").filter({ has: page.getByRole("button", { name: "Record thank-you" }) });
  await thanks.getByLabel("Sent on").fill("2026-11-17");
  // The button's label changes while saving, so wait for the save itself before reading the export.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && response.ok()),
    thanks.getByRole("button", { name: "Record thank-you" }).click(),
  ]);
  // A near date reads with its weekday, a far one with its year (display-date.ts).
  await expect(page.getByText(/Sent (Tue 17 Nov|17 Nov 2026)/).first()).toBeVisible();

  // Everything entered comes back in the export, linked together.
  const response = await page.request.get("/my-data/export.json");
  expect(response.status()).toBe(200);
  type Named = { id: string; name: string };
  const data = (await response.json()) as {
    careerFields: Named[];
    organizations: (Named & { careerFieldId: string | null })[];
    contacts: (Named & { organizationId: string | null; referredByContactId: string | null })[];
    outreach: unknown[];
    interviews: { status: string }[];
    followUps: { kind: string; sentOn: string }[];
  };
  const field = data.careerFields.find((f) => f.name === "Urban planning");
  const organization = data.organizations.find((o) => o.name === "City Planning Office");
  const ines = data.contacts.find((c) => c.name === "Ines Moreau");
  const tomas = data.contacts.find((c) => c.name === "Tomas Berg");
  expect(organization?.careerFieldId).toBe(field?.id);
  expect(ines?.organizationId).toBe(organization?.id);
  expect(tomas?.referredByContactId).toBe(ines?.id);
  expect(data.outreach).toHaveLength(1);
  expect(data.interviews.map((i) => i.status)).toEqual(["completed"]);
  expect(data.followUps.map((f) => [f.kind, f.sentOn])).toEqual([["thank_you", "2026-11-17"]]);
});
