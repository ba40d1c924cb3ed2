import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

async function addOrganization(page: Page, name: string) {
  await page.goto("/research/organizations/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(`${name} was added`);
}

/** Adds a contact from /contacts/new and waits for their page. */
async function addContact(page: Page, fields: { name: string; organization?: string; email?: string }) {
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill(fields.name);
  if (fields.organization) {
    await page.getByLabel("Organization", { exact: true }).selectOption({ label: fields.organization });
  }
  if (fields.email) await page.getByLabel("Email", { exact: true }).fill(fields.email);
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(
    `${fields.name} was added`,
  );
  return page.url().replace(/\?.*$/, "");
}

test.describe("step 2: identifying people to talk to", () => {
  test("a student adds a contact, then someone they referred, and follows the chain", async ({
    page,
    loginAs,
  }) => {
    await loginAs("student");
    await page.goto("/contacts");
    await expect(page.getByText("No contacts yet")).toBeVisible();
    await addOrganization(page, "Acme Analytics");

    await page.goto("/contacts");
    await page.getByRole("link", { name: "Add a contact" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Dana Reyes");
    await page.getByLabel("Title", { exact: true }).fill("Data analyst");
    await page.getByLabel("Organization", { exact: true }).selectOption({ label: "Acme Analytics" });
    await page.getByLabel("Email", { exact: true }).fill("dana@acme.example");
    await page.getByLabel("How I found them").selectOption({ label: "Alumni network" });
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(
      "Dana Reyes was added",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dana Reyes");
    await expect(page.getByRole("link", { name: "dana@acme.example" })).toHaveAttribute(
      "href",
      "mailto:dana@acme.example",
    );
    await expect(page.getByText("Nothing yet")).toBeVisible();
    const danaUrl = page.url().replace(/\?.*$/, "");

    await page.getByRole("link", { name: "Add someone they referred you to" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a contact");
    await expect(page.getByLabel("Referred by", { exact: true }).locator("option:checked")).toHaveText(
      "Dana Reyes",
    );
    await page.getByLabel("Name", { exact: true }).fill("Sam Okafor");
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(
      "Sam Okafor was added",
    );

    const chain = page.getByRole("list", { name: "Referral chain" });
    await expect(chain.getByRole("listitem")).toHaveText([/Dana Reyes · Acme Analytics$/, /Sam Okafor$/]);
    await expect(chain.getByRole("link", { name: "Dana Reyes" })).toHaveAttribute(
      "href",
      new URL(danaUrl).pathname,
    );
    await expect(page.locator("dl")).toContainText("Referred by a contact");

    await page.goto("/contacts/network");
    const dana = page
      .getByRole("list", { name: "Chains of introductions" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "Dana Reyes" }) });
    await expect(dana.getByRole("list").getByRole("link", { name: "Sam Okafor" })).toBeVisible();

    // Dana can't be referred by someone she led to: the save says why, next to the field.
    await page.goto(danaUrl);
    await page.getByRole("link", { name: "Edit details" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Dana Reyes");
    await page.getByLabel("Referred by", { exact: true }).selectOption({ label: "Sam Okafor" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByLabel("Referred by", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("That would make a loop")).toBeVisible();
  });

  test("adding the same email again warns, and “add anyway” adds the contact", async ({ page, loginAs }) => {
    await loginAs("student");
    await addOrganization(page, "Fabrikam");
    await addContact(page, { name: "Dana Reyes", organization: "Fabrikam", email: "dana@fabrikam.example" });

    await page.goto("/contacts/new");
    await page.getByLabel("Name", { exact: true }).fill("Dana R.");
    await page.getByLabel("Email", { exact: true }).fill("DANA@fabrikam.example");
    await page.getByRole("button", { name: "Add contact" }).click();
    const warning = page.locator("form").getByRole("alert");
    await expect(warning).toHaveText("You may already have Dana Reyes (Fabrikam) — same email.");
    await expect(warning).toBeFocused();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Dana R.");

    await page.getByLabel("Add as a new contact anyway").check();
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(
      "Dana R. was added",
    );
    await page.goto("/contacts");
    await expect(page.getByRole("link", { name: /^Dana R/ })).toHaveCount(2);
  });

  test("search finds people by organization, and % means a percent sign", async ({ page, loginAs }) => {
    await loginAs("student");
    await addOrganization(page, "Northwind Traders");
    await addContact(page, { name: "Priya Shah", organization: "Northwind Traders" });
    await addContact(page, { name: "Lee Chen" });

    await page.goto("/contacts");
    const search = page.getByLabel("Search contacts and organizations");
    await search.fill("northwind");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/contacts\?q=northwind$/);
    await expect(page.getByRole("link", { name: "Priya Shah" })).toBeVisible();
    await expect(page.getByText("Priya Shah").locator("..")).toContainText("Northwind Traders");
    await expect(page.getByRole("link", { name: "Lee Chen" })).toHaveCount(0);
    await expect(page.getByText("1 match for “northwind”")).toBeVisible();

    await page.getByLabel("Search contacts and organizations").fill("%");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("Nobody matches that search")).toBeVisible();
    await expect(page.getByRole("link", { name: "Priya Shah" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Lee Chen" })).toHaveCount(0);

    await page.getByLabel("Search contacts and organizations").fill("Grace Hopper");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Add “Grace Hopper” as a contact" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Grace Hopper");
  });

  test("a bad LinkedIn address is flagged and nothing typed is lost", async ({ page, loginAs }) => {
    await loginAs("student");
    await addOrganization(page, "Contoso");
    await addContact(page, { name: "Ana Ruiz" });

    await page.goto("/contacts/new");
    await page.getByLabel("Name", { exact: true }).fill("Kai Müller");
    await page.getByLabel("Title", { exact: true }).fill("Product manager");
    await page.getByLabel("Organization", { exact: true }).selectOption({ label: "Contoso" });
    await page.getByLabel("Email", { exact: true }).fill("kai@contoso.example");
    await page.getByLabel("Phone", { exact: true }).fill("+1 (555) 010-2030");
    await page.getByLabel("LinkedIn URL").fill("http://linkedin.com/in/kai");
    await page.getByLabel("How I found them").selectOption({ label: "An event" });
    await page.getByLabel("Referred by", { exact: true }).selectOption({ label: "Ana Ruiz" });
    await page.getByLabel("Keep in touch").selectOption({ label: "Every 3 months" });
    await page.getByLabel("Notes", { exact: true }).fill("Met at the spring career fair.");
    await page.getByLabel("Keep my notes private").check();
    await page.getByRole("button", { name: "Add contact" }).click();

    const linkedin = page.getByLabel("LinkedIn URL");
    await expect(linkedin).toHaveAttribute("aria-invalid", "true");
    await expect(linkedin).toBeFocused();
    await expect(page.getByText("Enter a LinkedIn address starting with https://")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Kai Müller");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Product manager");
    await expect(page.getByLabel("Organization", { exact: true }).locator("option:checked")).toHaveText(
      "Contoso",
    );
    await expect(page.getByLabel("Email", { exact: true })).toHaveValue("kai@contoso.example");
    await expect(page.getByLabel("Phone", { exact: true })).toHaveValue("+1 (555) 010-2030");
    await expect(linkedin).toHaveValue("http://linkedin.com/in/kai");
    await expect(page.getByLabel("How I found them")).toHaveValue("event");
    await expect(page.getByLabel("Referred by", { exact: true }).locator("option:checked")).toHaveText(
      "Ana Ruiz",
    );
    await expect(page.getByLabel("Keep in touch")).toHaveValue("quarterly");
    await expect(page.getByLabel("Notes", { exact: true })).toHaveValue("Met at the spring career fair.");
    await expect(page.getByLabel("Keep my notes private")).toBeChecked();

    await linkedin.fill("https://www.linkedin.com/in/kai");
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(
      "Kai Müller was added",
    );
    await expect(page.getByRole("link", { name: "linkedin.com/in/kai" })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );
    await expect(page.getByRole("link", { name: "+1 (555) 010-2030" })).toHaveAttribute(
      "href",
      "tel:+15550102030",
    );
  });

  test("another student's contact is a 404; the owner can delete it", async ({
    page,
    browser,
    loginAs,
    baseURL,
  }) => {
    await loginAs("student");
    const url = await addContact(page, { name: "Mine alone" });

    const otherContext = await browser.newContext({ baseURL });
    await loginAs("student", otherContext);
    const otherPage = await otherContext.newPage();
    const response = await otherPage.goto(url);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByText("Page not found")).toBeVisible();
    await otherContext.close();

    await page.getByRole("link", { name: "Edit details" }).click();
    await page.getByText("Delete this contact").click();
    await page.getByRole("button", { name: "Delete Mine alone" }).click();
    await expect(page).toHaveURL(/\/contacts\?deleted=1$/);
    await expect(page.getByRole("status").filter({ hasText: "deleted" })).toHaveText("Contact deleted.");
    await expect(page.getByText("No contacts yet")).toBeVisible();
  });

  test("the contact page and the duplicate warning pass axe (WCAG 2.2 AA tags)", async ({
    page,
    loginAs,
  }) => {
    // A long journey on a shared 2-core machine: three times the usual time.
    test.slow();
    await loginAs("student");
    const first = await addContact(page, { name: "Dana Reyes", email: "dana@example.test" });
    await page.goto(`/contacts/new?referredBy=${first.split("/").pop()}`);
    await page.getByLabel("Name", { exact: true }).fill("Sam Okafor");
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was added" })).toContainText(
      "Sam Okafor was added",
    );
    await expectNoAxeViolations(page);

    await page.goto("/contacts/network");
    await expectNoAxeViolations(page);

    await page.goto("/contacts/new");
    await page.getByLabel("Name", { exact: true }).fill("Someone");
    await page.getByLabel("Email", { exact: true }).fill("dana@example.test");
    await page.getByRole("button", { name: "Add contact" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("You may already have Dana Reyes");
    await expectNoAxeViolations(page);
  });
});

test.describe("the contact page puts the next step first", () => {
  test("at 1280 px the next step is above the fold, and the templates wait in a dialog", async ({
    browser,
    loginAs,
    runInfo,
  }) => {
    const context = await browser.newContext({
      baseURL: runInfo.appA,
      viewport: { width: 1280, height: 800 },
    });
    await loginAs("student", context);
    const page = await context.newPage();
    await addContact(page, { name: "Dana Reyes", email: "dana@example.test" });

    const nextStep = page.getByRole("region", { name: "Write to Dana" });
    await expect(nextStep).toContainText("Next step");
    const write = nextStep.getByRole("button", { name: "Write first message" });
    await expect(write).toBeInViewport();
    const box = await write.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    // Two columns: the outreach log sits beside the next step, not under it.
    const outreach = await page.getByRole("heading", { name: "Outreach", exact: true }).boundingBox();
    expect(outreach!.x).toBeGreaterThan(box!.x + box!.width);
    expect(outreach!.y).toBeLessThan(800);

    // No template text on the page until asked for.
    await expect(page.getByText("not asking for a job")).toHaveCount(0);
    await write.click();
    const dialog = page.getByRole("dialog", { name: "Write to Dana Reyes" });
    await expect(dialog.getByLabel("Email: message")).toHaveValue(/Dear Dana Reyes,/);
    await expect(dialog.getByLabel("Email: message")).toHaveValue(/not asking for a job/);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(write).toBeFocused();
    await context.close();
  });

  test("on a phone the next step comes before the history", async ({ browser, loginAs, runInfo }) => {
    const context = await browser.newContext({
      baseURL: runInfo.appA,
      viewport: { width: 390, height: 844 },
    });
    await loginAs("student", context);
    const page = await context.newPage();
    await addContact(page, { name: "Lee Chen" });
    const nextStep = await page.getByRole("region", { name: "Write to Lee" }).boundingBox();
    const outreach = await page.getByRole("heading", { name: "Outreach", exact: true }).boundingBox();
    expect(nextStep!.y).toBeLessThan(outreach!.y);
    expect(nextStep!.y).toBeLessThan(844);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await context.close();
  });
});
