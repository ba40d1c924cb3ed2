import { and, eq, like } from "drizzle-orm";
import { contacts, interviews, mailboxMessages, studentProfiles } from "../db/schema/index";
import { expect, test } from "./fixtures";

/** A current IANA zone where it is now about 09:00, inside the reminder's 07:00–12:00 morning window. */
function zoneAtNineNow(): string {
  const offset = ((9 - new Date().getUTCHours() + 36) % 24) - 12; // hours east of UTC, -12 … 11
  // Etc/GMT names count the other way: Etc/GMT-9 is UTC+9.
  return offset === 0 ? "UTC" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

// The daily reminder as a student meets it: asked for on the notifications page, then one mail on a morning
// with an interview that day, however often the scheduler calls.
test("a student who asks for daily reminders gets one on a morning with an interview, once", async ({
  page,
  request,
  loginAs,
  db,
  runInfo,
}) => {
  const student = await loginAs("student");
  await db.insert(studentProfiles).values({ studentId: student.id, timeZone: zoneAtNineNow() });
  const [contact] = await db
    .insert(contacts)
    .values({ studentId: student.id, name: "Noor Haddad" })
    .returning({ id: contacts.id });
  const [interview] = await db
    .insert(interviews)
    .values({
      studentId: student.id,
      contactId: contact!.id,
      startsAt: new Date(Date.now() + 2 * 3_600_000),
      timeZone: "UTC",
      format: "video",
      status: "scheduled",
    })
    .returning({ id: interviews.id });

  const runJobs = async () => {
    const response = await request.post(`${runInfo.appA}/api/cron/jobs`, {
      headers: { Authorization: `Bearer ${runInfo.cronSecret}` },
    });
    expect(response.status()).toBe(200);
  };
  const remindersFor = () =>
    db
      .select({ html: mailboxMessages.html, subject: mailboxMessages.subject })
      .from(mailboxMessages)
      .where(
        and(eq(mailboxMessages.to, student.email), like(mailboxMessages.subject, "Today in Fieldnotes%")),
      );

  // Not asked for: nothing, even with an interview today.
  await runJobs();
  expect(await remindersFor()).toHaveLength(0);

  await page.goto("/settings/notifications");
  const reminder = page.getByRole("checkbox", { name: /Daily reminder/ });
  await expect(reminder).not.toBeChecked();
  await reminder.check();
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByText("Preferences saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /Daily reminder/ })).toBeChecked();

  for (let run = 0; run < 3; run++) await runJobs();
  // Another spec's job run may hold this reminder (SKIP LOCKED) and still be sending it when these return.
  await expect.poll(remindersFor, { timeout: 15_000 }).toHaveLength(1);
  const mails = await remindersFor();
  expect(mails).toHaveLength(1);
  expect(mails[0]!.html).toContain(`${runInfo.appA}/interviews/${interview!.id}`);
  expect(mails[0]!.html).toContain("Noor Haddad");

  // Its unsubscribe link opens a page that changes nothing until its button is pressed.
  const unsubscribeLink = /href="([^"]*\/unsubscribe\/[^"]+)"/.exec(mails[0]!.html ?? "")?.[1];
  expect(unsubscribeLink).toBeTruthy();
  await page.goto(unsubscribeLink!.replaceAll("&amp;", "&"));
  await expect(page.getByText("Stop getting the daily reminder from Fieldnotes?")).toBeVisible();
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status")).toContainText("You no longer get the daily reminder");
  await page.goto("/settings/notifications");
  await expect(page.getByRole("checkbox", { name: /Daily reminder/ })).not.toBeChecked();
});
