import { expect, test } from "./fixtures";

// Input that used to end in "Something went wrong" (a 500) with what was typed lost.

test("a NUL character in a field is refused at that field, and everything typed stays", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");
  await page.goto("/contacts/new");
  await page.getByLabel("Name", { exact: true }).fill("Kai\u0000Müller");
  await page.getByLabel("Title", { exact: true }).fill("Product manager");
  await page.getByLabel("Notes", { exact: true }).fill("Met at the\nspring fair.");
  await page.getByRole("button", { name: "Add contact" }).click();

  const name = page.getByLabel("Name", { exact: true });
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/Remove the invisible control character from this text/)).toBeVisible();
  await expect(name).toHaveValue("Kai\u0000Müller");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Product manager");
  await expect(page.getByLabel("Notes", { exact: true })).toHaveValue("Met at the\nspring fair.");

  await name.fill("Kai Müller");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kai Müller");
});

test("a NUL character in a URL or a search is a normal page, not an error", async ({ page, loginAs }) => {
  await loginAs("student");
  expect((await page.goto("/contacts/%00"))?.status()).toBe(404);
  expect((await page.goto("/interviews/a%00b"))?.status()).toBe(404);
  expect((await page.goto("/contacts?q=Ana%00"))?.status()).toBe(200);
  const search = page.getByLabel("Search contacts and organizations");
  await expect(search).toHaveValue("Ana\u0000");
  await expect(search).toHaveAttribute("aria-invalid", "true");
  expect((await page.goto("/interviews/new?contactId=%00"))?.status()).toBe(200);
});

const FOUR_MB = Buffer.alloc(4 * 1024 * 1024, "ana@uni.example\n");

test("a 4 MB contact file is refused in the browser with the limit, before it is sent", async ({
  page,
  loginAs,
}) => {
  await loginAs("student");
  await page.goto("/my-data");
  await expect(page.getByText("A .csv file up to 1 MB")).toBeVisible();
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") sent.push(request.url());
  });
  const file = page.getByLabel("Contacts file");
  await file.setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: FOUR_MB });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("That file is larger than 1 MB. Split it and upload each part.")).toBeVisible();
  expect(sent).toEqual([]);
});

test("a 4 MB roster is refused in the browser; a post that big gets a plain 413, not a 500", async ({
  page,
  loginAs,
}) => {
  await loginAs("admin");
  await page.goto("/admin/people/invite");
  const file = page.getByLabel("Roster file");
  await file.setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: FOUR_MB });
  await expect(page.getByText("That file is larger than 1 MB. Split it and upload each part.")).toBeVisible();

  // A page without JavaScript (or an old tab) posts it anyway: the server answers in words.
  const response = await page.request.post("/admin/people/invite", {
    multipart: { file: { name: "roster.csv", mimeType: "text/csv", buffer: FOUR_MB } },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toMatch(/That upload is too large \(the limit is 1 MB per file\)/);
});
