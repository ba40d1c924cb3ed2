import { expect, test } from "./fixtures";

const CONNECTIONS_CSV = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Dana,Reyes,https://www.linkedin.com/in/danareyes,dana@acme.example,Acme,Program Manager,12 Oct 2026",
  'Marcus,Bell,https://www.linkedin.com/in/marcusbell,,"Globex, Inc.",Senior Analyst,02 Nov 2026',
  "",
].join("\n");

test("a LinkedIn export is previewed, its duplicate left out, and the rest imported once", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");
  // Dana is already a contact, with the same email.
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Dana Reyes");
  await page.getByLabel("Email", { exact: true }).fill("dana@acme.example");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dana Reyes");

  await page.goto("/my-data");
  await page.getByLabel("Contacts file").setInputFiles({
    name: "Connections.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(CONNECTIONS_CSV),
  });
  await page.getByRole("button", { name: "Preview import" }).click();

  const table = page.getByRole("table");
  await expect(table).toContainText("Dana Reyes");
  await expect(table).toContainText("Marcus Bell");
  await expect(page.getByRole("checkbox", { name: "Import Dana Reyes" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Import Marcus Bell" })).toBeChecked();

  await page.getByRole("button", { name: "Import 1 contact" }).click();
  await expect(page.getByText(/Imported 1 contact/)).toBeVisible();

  await page.goto("/contacts");
  await expect(page.getByRole("link", { name: "Marcus Bell" })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Dana Reyes" })).toHaveCount(1);
  await expect(page.getByText("Globex, Inc.")).toBeVisible();
});

test("the exports download only the student's own data, spreadsheet-safe", async ({ page, loginAs }) => {
  await loginAs("student");
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill('=HYPERLINK("http://evil.example")');
  await page.getByRole("button", { name: "Add contact" }).click();
  // The new-contact page has a heading too: wait for the contact's own page before exporting.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText('=HYPERLINK("http://evil.example")');

  const json = await page.request.get("/my-data/export.json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-disposition"]).toContain("attachment");
  const data = (await json.json()) as { contacts: { name: string }[] };
  expect(data.contacts.map((c) => c.name)).toEqual(['=HYPERLINK("http://evil.example")']);

  const zip = await page.request.get("/my-data/export.zip");
  expect(zip.status()).toBe(200);
  expect(zip.headers()["content-type"]).toContain("zip");
});
