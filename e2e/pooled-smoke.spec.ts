import { randomBytes } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { cohorts, cohortStudents, contacts, interviews, mailboxMessages } from "../db/schema/index";
import { expect, test } from "./fixtures";
import { signInThroughMailbox } from "./support/sign-in";

// The smoke tier `npm run test:pgbouncer` runs this file with every connection going through a PgBouncer in
// transaction-pooling mode (DB_PREPARE=false); the full suite runs it on a direct connection. One of each
// kind of database use: the migrations (global setup), sign-in, a write, and the digest job's claims.
test("through the configured database path: sign in, save a career field, run the digest job", async ({
  page,
  createUser,
  db,
  request,
  runInfo,
}) => {
  const student = await createUser({ role: "student" });
  await signInThroughMailbox(page, student.email);
  await expect(page).toHaveURL(/\/home$/);

  await page.goto("/research");
  const addField = page.getByRole("region", { name: "Add a career field" });
  const fieldName = `Public health ${randomBytes(2).toString("hex")}`;
  await addField.getByLabel("Name").fill(fieldName);
  await addField.getByRole("button", { name: "Add career field" }).click();
  // Saved before reloading: a reload that overtakes the action's POST would cancel it.
  await expect(page.getByText(fieldName).first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(fieldName).first()).toBeVisible();

  const [cohort] = await db
    .insert(cohorts)
    .values({
      name: `Smoke cohort ${randomBytes(3).toString("hex")}`,
      term: "Fall 2026",
      startsOn: "2026-09-01",
      endsOn: "2027-01-31",
    })
    .returning({ id: cohorts.id });
  await db.insert(cohortStudents).values({ cohortId: cohort!.id, studentId: student.id });
  const [contact] = await db
    .insert(contacts)
    .values({ studentId: student.id, name: "Ravi Menon" })
    .returning({ id: contacts.id });
  await db.insert(interviews).values({
    studentId: student.id,
    contactId: contact!.id,
    startsAt: new Date(Date.now() - 3 * 86_400_000),
    timeZone: "UTC",
    format: "video",
    status: "completed",
  });
  const run = await request.post(`${runInfo.appA}/api/cron/digests`, {
    headers: { Authorization: `Bearer ${runInfo.cronSecret}` },
  });
  expect(run.status()).toBe(200);
  // Another spec's job run may have claimed this digest (SKIP LOCKED) and still be sending it when this run
  // returns, so the mail is awaited rather than read once.
  const digests = () =>
    db
      .select({ id: mailboxMessages.id })
      .from(mailboxMessages)
      .where(and(eq(mailboxMessages.to, student.email), like(mailboxMessages.text, "%/unsubscribe/%")));
  await expect.poll(digests, { timeout: 15_000 }).toHaveLength(1);
});
