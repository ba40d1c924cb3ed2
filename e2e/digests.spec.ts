import { randomBytes } from "node:crypto";
import { and, desc, eq, like } from "drizzle-orm";
import {
  cohorts,
  cohortStudents,
  contacts,
  digestPreferences,
  interviews,
  mailboxMessages,
} from "../db/schema/index";
import { expect, test } from "./fixtures";
import { signInThroughMailbox } from "./support/sign-in";

// The weekly digest as a student meets it: one mail in the local mailbox, a link opened while signed out
// that comes back to the exact page after sign-in, and an unsubscribe that only a POST carries out.
test("a digest link opened signed out lands on the item after sign-in; unsubscribe needs the button", async ({
  browser,
  request,
  createUser,
  db,
  runInfo,
}) => {
  const student = await createUser({
    role: "student",
    name: `Lena Fischer ${randomBytes(2).toString("hex")}`,
  });
  const [cohort] = await db
    .insert(cohorts)
    .values({
      name: `Digest cohort ${randomBytes(3).toString("hex")}`,
      term: "Fall 2026",
      startsOn: "2026-09-01",
      endsOn: "2027-01-31",
    })
    .returning({ id: cohorts.id });
  await db.insert(cohortStudents).values({ cohortId: cohort!.id, studentId: student.id });
  const [contact] = await db
    .insert(contacts)
    .values({
      studentId: student.id,
      name: "Ravi Menon",
      email: "ravi.private@example.test",
      notes: "SECRET-NOTE-42",
    })
    .returning({ id: contacts.id });
  // Held three days ago and not thanked yet: the thank-you is due, so the week is not empty.
  const [interview] = await db
    .insert(interviews)
    .values({
      studentId: student.id,
      contactId: contact!.id,
      startsAt: new Date(Date.now() - 3 * 86_400_000),
      timeZone: "UTC",
      format: "video",
      status: "completed",
      notes: "SECRET-NOTE-42",
    })
    .returning({ id: interviews.id });

  for (let run = 0; run < 2; run++) {
    const response = await request.post(`${runInfo.appA}/api/cron/digests`, {
      headers: { Authorization: `Bearer ${runInfo.cronSecret}` },
    });
    expect(response.status()).toBe(200);
  }
  const refused = await request.post(`${runInfo.appA}/api/cron/digests`, {
    headers: { Authorization: "Bearer wrong" },
  });
  expect(refused.status()).toBe(401);

  // Exactly one digest, however often the job runs, and no note or contact detail in it.
  // Awaited, not read once: another spec's job run may hold this digest (SKIP LOCKED) and still be sending it.
  const digestsSent = () =>
    db
      .select({ html: mailboxMessages.html, text: mailboxMessages.text })
      .from(mailboxMessages)
      .where(
        and(
          eq(mailboxMessages.to, student.email),
          like(mailboxMessages.text, `%${runInfo.appA}/unsubscribe/%`),
        ),
      )
      .orderBy(desc(mailboxMessages.createdAt));
  await expect.poll(digestsSent, { timeout: 15_000 }).toHaveLength(1);
  const digests = await digestsSent();
  expect(digests).toHaveLength(1);
  const digest = digests[0]!;
  expect(`${digest.html}${digest.text}`).not.toContain("SECRET-NOTE-42");
  expect(`${digest.html}${digest.text}`).not.toContain("ravi.private@example.test");
  // The thank-you item links to the contact, whose page records it and shows the interview.
  const itemLink = `${runInfo.appA}/contacts/${contact!.id}`;
  expect(digest.html).toContain(itemLink);
  expect(interview).toBeDefined();

  // Opened without a session: through sign-in, and back to that very interview.
  const context = await browser.newContext({ baseURL: runInfo.appA });
  const page = await context.newPage();
  await page.goto(itemLink);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await signInThroughMailbox(page, student.email, new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(page).toHaveURL(itemLink);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ravi Menon");

  // Unsubscribe: opening the link (as a mail scanner would) changes nothing; the button does.
  const unsubscribeLink = /href="([^"]*\/unsubscribe\/[^"]+)"/.exec(digest.html ?? "")?.[1];
  expect(unsubscribeLink).toBeTruthy();
  const signedOut = await browser.newContext({ baseURL: runInfo.appA });
  const unsubscribePage = await signedOut.newPage();
  await unsubscribePage.goto(unsubscribeLink!.replaceAll("&amp;", "&"));
  await expect(unsubscribePage.getByRole("heading", { name: "Unsubscribe" })).toBeVisible();
  const before = await db.select().from(digestPreferences).where(eq(digestPreferences.userId, student.id));
  expect(before.every((row) => row.studentDigest)).toBe(true);
  await unsubscribePage.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(unsubscribePage.getByRole("status")).toContainText("You no longer get the");
  const [after] = await db.select().from(digestPreferences).where(eq(digestPreferences.userId, student.id));
  expect(after?.studentDigest).toBe(false);
  await context.close();
  await signedOut.close();
});
