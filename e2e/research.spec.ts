import { expect, test } from "./fixtures";

test.describe("step 1: researching organizations", () => {
  test("a student adds an organization, fixing a mistake without retyping anything", async ({
    page,
    loginAs,
  }) => {
    await loginAs("student");
    await page.goto("/research");
    await expect(page.getByText("No organizations yet")).toBeVisible();

    await page.getByRole("link", { name: "Add an organization" }).click();
    // The Research page has a Name field of its own (career fields): wait for the organization form.
    await expect(page).toHaveURL(/\/research\/organizations\/new/);
    await page.getByLabel("Name").fill("Riverside Public Library");
    await page.getByLabel("Website").fill("riverside library");
    await page.getByLabel("Why it interests me").fill("Community programming and digital literacy");
    await page.getByLabel("Priority").selectOption("high");
    await page.getByRole("button", { name: "Add organization" }).click();

    const website = page.getByLabel("Website");
    await expect(website).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a web address starting with https://")).toBeVisible();
    // Nothing typed was lost.
    await expect(page.getByLabel("Name")).toHaveValue("Riverside Public Library");
    await expect(page.getByLabel("Why it interests me")).toHaveValue(
      "Community programming and digital literacy",
    );
    await expect(page.getByLabel("Priority")).toHaveValue("high");

    await website.fill("https://library.example");
    await page.getByRole("button", { name: "Add organization" }).click();
    await expect(page.getByRole("status")).toContainText("Riverside Public Library was added");
    await page.getByRole("link", { name: "← Research" }).click();
    await expect(page.getByRole("link", { name: "Riverside Public Library" })).toBeVisible();
    await expect(page.getByText("High priority")).toBeVisible();
  });

  test("a student adds a career field, files an organization under it, and sees it listed", async ({
    page,
    loginAs,
  }) => {
    await loginAs("student");
    await page.goto("/research");
    const fields = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Career fields", exact: true }) });
    await expect(fields.getByText("No career fields yet")).toBeVisible();

    // A missing name is explained next to the field, and the notes typed so far stay.
    const addField = page.getByRole("region", { name: "Add a career field" });
    await addField
      .getByLabel("Notes", { exact: true })
      .fill("Prevention work; met an epidemiologist at the fair");
    await addField.getByRole("button", { name: "Add career field" }).click();
    await expect(addField.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
    await expect(addField.getByText("Enter the field's name")).toBeVisible();
    await expect(addField.getByLabel("Notes", { exact: true })).toHaveValue(
      "Prevention work; met an epidemiologist at the fair",
    );

    await addField.getByLabel("Name").fill("Public health policy");
    await addField.getByRole("button", { name: "Add career field" }).click();
    await expect(addField.getByRole("status")).toContainText("Career field added");
    await expect(addField.getByLabel("Name")).toHaveValue("");
    const field = fields
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Public health policy" }) });
    await expect(field).toContainText("Prevention work");
    await expect(field).toContainText("No organizations yet");

    await page.getByRole("link", { name: "Add an organization" }).click();
    await expect(page).toHaveURL(/\/research\/organizations\/new/);
    await page.getByLabel("Name").fill("County Health Department");
    await page.getByLabel("Career field").selectOption({ label: "Public health policy" });
    await page.getByRole("button", { name: "Add organization" }).click();
    await expect(page.getByRole("status")).toContainText("County Health Department was added");
    await expect(page.getByLabel("Career field").locator("option:checked")).toHaveText(
      "Public health policy",
    );

    await page.getByRole("link", { name: "← Research" }).click();
    const organization = page.getByRole("listitem").filter({
      has: page.getByRole("link", { name: "County Health Department" }),
    });
    await expect(organization).toContainText("Public health policy");
    await page.getByRole("link", { name: "1 organization in Public health policy" }).click();
    await expect(page.getByText("Showing organizations in Public health policy")).toBeVisible();
    await expect(page.getByRole("link", { name: "County Health Department" })).toBeVisible();

    // Edit in place: private notes get a badge.
    await field.locator("summary", { hasText: "Edit" }).click();
    await field.getByLabel("Keep my notes private").check();
    await field.getByRole("button", { name: "Save changes" }).click();
    await expect(field.getByRole("status")).toContainText("Saved.");
    await expect(field.getByText("Private notes", { exact: true })).toBeVisible();

    // Deleting the field keeps its organization.
    await field.locator("summary", { hasText: "Delete" }).click();
    await field.getByRole("button", { name: "Delete Public health policy" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Career field deleted" })).toBeVisible();
    await expect(fields.getByText("No career fields yet")).toBeVisible();
    await expect(page.getByRole("link", { name: "County Health Department" })).toBeVisible();
  });

  test("a save from a tab opened before another tab's save is refused, keeping the edit", async ({
    page,
    context,
    loginAs,
  }) => {
    await loginAs("student");
    await page.goto("/research/organizations/new");
    await page.getByLabel("Name").fill("Contoso");
    await page.getByRole("button", { name: "Add organization" }).click();
    await expect(page.getByRole("status")).toContainText("Contoso was added");

    const otherTab = await context.newPage();
    await otherTab.goto(page.url());

    await page.getByLabel("Research notes").fill("Saved first");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    await otherTab.getByLabel("Research notes").fill("My careful notes from the other tab");
    await otherTab.getByRole("button", { name: "Save changes" }).click();
    await expect(otherTab.locator("form").getByRole("alert")).toContainText("changed in another tab");
    await expect(otherTab.getByLabel("Research notes")).toHaveValue("My careful notes from the other tab");

    await page.reload();
    await expect(page.getByLabel("Research notes")).toHaveValue("Saved first");
    // The first tab can keep editing: it now holds the newest version.
    await page.getByLabel("Industry").fill("Software");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  });

  test("another student's organization is a 404", async ({ page, browser, loginAs, baseURL }) => {
    await loginAs("student");
    await page.goto("/research/organizations/new");
    await page.getByLabel("Name").fill("Mine alone");
    await page.getByRole("button", { name: "Add organization" }).click();
    await expect(page.getByRole("status")).toContainText("was added");
    const url = page.url().replace(/\?.*$/, "");

    const otherContext = await browser.newContext({ baseURL });
    await loginAs("student", otherContext);
    const otherPage = await otherContext.newPage();
    const response = await otherPage.goto(url);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByText("Page not found")).toBeVisible();
    await otherContext.close();
  });

  test("searching contacts also answers for organizations with nobody saved yet", async ({
    page,
    loginAs,
  }) => {
    await loginAs("student");
    await page.goto("/research/organizations/new");
    await page.getByLabel("Name").fill("Fabrikam Studios");
    await page.getByRole("button", { name: "Add organization" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was added" })).toBeVisible();

    await page.goto("/contacts");
    await page.getByLabel("Search contacts and organizations").fill("fabrikam");
    await page.getByRole("button", { name: "Search" }).click();
    const organizations = page
      .locator("section")
      .filter({ has: page.getByRole("heading", { name: "Organizations" }) });
    await expect(organizations.getByRole("link", { name: "Fabrikam Studios" })).toBeVisible();
    await expect(organizations).toContainText("Nobody saved there yet");
  });
});
