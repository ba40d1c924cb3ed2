import { contacts } from "../db/schema/index";
import { expect, test } from "./fixtures";
import { tabTo } from "./support/keyboard";

test("with the keyboard alone, a student moves a contact from Identified to Contacted", async ({
  page,
  loginAs,
  db,
}) => {
  // Home now puts the next action and the six steps before the pipeline: more Tab presses to get there.
  test.slow();
  const student = await loginAs("student");
  await db.insert(contacts).values({ studentId: student.id, name: "Kit Marlowe", title: "Archivist" });

  await page.goto("/home");
  const column = (label: string) =>
    page
      .getByRole("region", { name: "Your pipeline" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: label }) });
  await expect(column("Identified")).toContainText("Kit Marlowe");

  await tabTo(page, page.getByRole("link", { name: "Kit Marlowe", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kit Marlowe");

  const logForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Log outreach" }) });
  await tabTo(page, logForm.getByLabel("Message"));
  await page.keyboard.type("Hello Kit, Professor Reyes suggested I write to you about archives.");
  await tabTo(page, logForm.getByRole("button", { name: "Log outreach" }));
  const saved = page.waitForResponse((response) => response.request().method() === "POST");
  await page.keyboard.press("Enter");
  await saved;
  await expect(page.getByText("Outreach logged.")).toBeVisible();

  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/home$/);
  await expect(column("Contacted")).toContainText("Kit Marlowe");
  await expect(column("Identified")).not.toContainText("Kit Marlowe");
});
