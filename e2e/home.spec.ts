import { expect, test } from "./fixtures";

test("a new student's home teaches the first step and keeps a reflection", async ({ page, loginAs }) => {
  await loginAs("student");
  await page.goto("/home");
  // The next step is the method's first: research.
  const next = page.getByRole("region", { name: "Your next step" });
  await expect(next.getByRole("link", { name: "Note a career field or organization" })).toHaveAttribute(
    "href",
    "/research",
  );
  await expect(page.getByText("Nothing overdue. Nicely done.")).toBeVisible();

  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByText("Write what you learned, what you'll do next, or both")).toBeVisible();
  await expect(page.getByLabel("What did I learn?")).toBeFocused();

  await page.getByLabel("What did I learn?").fill("Alumni answer quickly when I mention the program.");
  await page.getByLabel("What will I do next?").fill("Write to two more alumni on Monday.");
  await page.getByRole("button", { name: "Save reflection" }).click();
  const recent = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: "Recent reflections" }) })
    .last();
  await expect(recent).toContainText("Alumni answer quickly when I mention the program.");
  // The form is ready for the next one.
  await expect(page.getByLabel("What did I learn?")).toHaveValue("");
});
