import "server-only";
import { and, asc, eq, gte, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { advisorComments, contacts, digestPreferences, interviews, users } from "@/db/schema/index";
import { buildDailyReminder } from "@/lib/domain/daily-reminder";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { renderDailyReminderEmail } from "@/lib/email/daily-reminder-email";
import { listUnsubscribe } from "@/lib/email/list-unsubscribe";
import { getEnv } from "@/lib/env";
import type { DeliveryMail, Rendered } from "@/lib/data/internal/jobs/delivery-queue";
import { loadStudentActivities } from "@/lib/data/internal/digests/student-batch";
import { lastReminderSentAt, type ClaimedReminder } from "@/lib/data/internal/reminders/queue";

// The daily reminders' content, for a batch of claims with one set of queries. System code: it runs in the
// job without a session, so it decides from the database, at send time, whether this person still gets a
// reminder: an inactive account, a student who turned reminders off, or a reminder for a day that has
// passed in the student's zone (a retry that ran late) gets nothing. Names, dates and links only.

const DAY_MS = 86_400_000;
/** "New since the last reminder" looks back at most this far: older comments were in a weekly digest. */
const COMMENT_LOOKBACK_MS = 7 * DAY_MS;

export async function renderReminderBatch(
  claims: readonly Pick<ClaimedReminder, "recipientId" | "onDate">[],
  now = new Date(),
): Promise<Rendered[]> {
  const ids = [...new Set(claims.map((c) => c.recipientId))];
  if (ids.length === 0) return [];
  const db = getDb();
  const [recipients, preferences, lastSent, comments] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
      .from(users)
      .where(inArray(users.id, ids)),
    db
      .select({ userId: digestPreferences.userId, dailyReminder: digestPreferences.dailyReminder })
      .from(digestPreferences)
      .where(inArray(digestPreferences.userId, ids)),
    lastReminderSentAt(ids),
    // Who commented and where: the comment's body is never read.
    db
      .select({
        studentId: advisorComments.studentId,
        createdAt: advisorComments.createdAt,
        authorName: users.name,
        interviewId: interviews.id,
        contactName: contacts.name,
      })
      .from(advisorComments)
      .leftJoin(users, eq(users.id, advisorComments.authorId))
      .leftJoin(
        interviews,
        and(
          eq(interviews.id, advisorComments.interviewId),
          eq(interviews.studentId, advisorComments.studentId),
        ),
      )
      .leftJoin(
        contacts,
        and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, advisorComments.studentId)),
      )
      .where(
        and(
          inArray(advisorComments.studentId, ids),
          gte(advisorComments.createdAt, new Date(now.getTime() - COMMENT_LOOKBACK_MS)),
        ),
      )
      .orderBy(asc(advisorComments.createdAt)),
  ]);
  const wantsReminder = new Set(preferences.filter((p) => p.dailyReminder).map((p) => p.userId));
  const eligible = recipients.filter((r) => r.active && r.role === "student" && wantsReminder.has(r.id));
  const activities = await loadStudentActivities(
    eligible.map((r) => r.id),
    now,
  );
  const recipientById = new Map(eligible.map((r) => [r.id, r]));
  const { APP_URL, AUTH_SECRET } = getEnv();

  const rendered: Rendered[] = [];
  for (const claim of claims) {
    const recipient = recipientById.get(claim.recipientId);
    const activity = recipient ? activities.get(recipient.id) : undefined;
    // A reminder is about its own day: one that could not go out until the next day is dropped.
    if (!recipient || !activity || activity.today !== claim.onDate) {
      rendered.push(null);
      continue;
    }
    // The first reminder counts comments from the last day; later ones, since the previous reminder.
    const since = lastSent.get(recipient.id)?.getTime() ?? now.getTime() - DAY_MS;
    const reminder = buildDailyReminder({
      appOrigin: APP_URL,
      studentName: recipient.name ?? recipient.email.split("@")[0]!,
      today: activity.today,
      agenda: [...activity.agenda.due, ...activity.agenda.thisWeek],
      interviews: activity.interviews
        .filter((i) => i.status === "scheduled")
        .map((i) => ({
          id: i.id,
          contactName: i.contactName,
          organizationName: i.organizationName,
          on: calendarDateIn(i.startsAt, activity.timeZone),
        })),
      newComments: comments
        .filter((c) => c.studentId === recipient.id && c.createdAt.getTime() > since)
        .map((c) => ({
          authorName: c.authorName,
          interview:
            c.interviewId && c.contactName !== null
              ? { id: c.interviewId, contactName: c.contactName }
              : null,
        })),
    });
    rendered.push(reminder ? await toMail(reminder, recipient, APP_URL, AUTH_SECRET) : null);
  }
  return rendered;
}

/** The reminder as mail, with the digests' one-click unsubscribe (RFC 8058) for this kind of mail. */
async function toMail(
  reminder: NonNullable<ReturnType<typeof buildDailyReminder>>,
  recipient: { id: string; email: string },
  appUrl: string,
  secret: string,
): Promise<DeliveryMail> {
  const preferencesUrl = `${appUrl}/settings/notifications`;
  const unsubscribe = listUnsubscribe(appUrl, { userId: recipient.id, kind: "daily-reminder" }, secret);
  const { html, text } = await renderDailyReminderEmail({
    reminder,
    preferencesUrl,
    unsubscribeUrl: unsubscribe.url,
  });
  return { to: recipient.email, subject: reminder.subject, html, text, headers: unsubscribe.headers };
}
