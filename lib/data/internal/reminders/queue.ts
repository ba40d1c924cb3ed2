import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { digestPreferences, reminderDeliveries, studentProfiles, users } from "@/db/schema/index";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import { isReminderMorning, localHourIn } from "@/lib/domain/daily-reminder";
import {
  claimDue,
  runDeliveryWorker,
  type DeliveryQueue,
  type DeliveryRunCounts,
  type WorkerOptions,
} from "@/lib/data/internal/jobs/delivery-queue";

// Daily reminder delivery: one row per (student, their local date) in reminder_deliveries, recorded at the
// student's morning before anything is sent, then delivered by the same claim/lease/retry rules as the
// weekly digests (lib/data/internal/jobs/delivery-queue.ts). System code: no viewer.

export type ClaimedReminder = { id: string; recipientId: string; onDate: string; attempts: number };

const reminderQueue: DeliveryQueue<ClaimedReminder> = {
  table: "reminder_deliveries",
  keyColumns: sql`on_date::text as on_date`,
  toClaim: (row) => ({
    id: row.id,
    recipientId: row.recipient_id,
    onDate: row.on_date as string,
    attempts: row.attempts,
  }),
};

/**
 * Records today's reminder for every active student who asked for one and whose local clock is in the
 * morning window (07:00 to noon in their time zone). Idempotent: the unique (student, date) key makes
 * re-runs and concurrent runs add nothing. Whether anything is due is decided at send time; a day with
 * nothing due ends `skipped`.
 */
export async function enqueueDailyReminders(now: Date = new Date()): Promise<{ enqueued: number }> {
  const db = getDb();
  const candidates = await db
    .select({ id: users.id, timeZone: studentProfiles.timeZone })
    .from(users)
    .innerJoin(
      digestPreferences,
      and(eq(digestPreferences.userId, users.id), eq(digestPreferences.dailyReminder, true)),
    )
    .leftJoin(studentProfiles, eq(studentProfiles.studentId, users.id))
    .where(and(eq(users.active, true), eq(users.role, "student")));
  const due = candidates.flatMap((candidate) => {
    const zone = studentTimeZone(candidate.timeZone);
    return isReminderMorning(localHourIn(now, zone))
      ? [{ recipientId: candidate.id, onDate: calendarDateIn(now, zone), nextAttemptAt: now }]
      : [];
  });
  if (due.length === 0) return { enqueued: 0 };
  const inserted = await db
    .insert(reminderDeliveries)
    .values(due)
    .onConflictDoNothing({ target: [reminderDeliveries.recipientId, reminderDeliveries.onDate] })
    .returning({ id: reminderDeliveries.id });
  return { enqueued: inserted.length };
}

/** Takes up to `limit` due reminders for this worker (see claimDue). */
export async function claimDueReminders(options: {
  limit: number;
  now?: Date;
  leaseMs?: number;
}): Promise<ClaimedReminder[]> {
  return claimDue(reminderQueue, options);
}

/** Claims due reminders in batches and sends them until none are due (or `maxBatches` is reached). */
export async function runReminderWorker(options: WorkerOptions<ClaimedReminder>): Promise<DeliveryRunCounts> {
  return runDeliveryWorker(reminderQueue, options);
}

/** When each student's last reminder went out, for "new since the last reminder". */
export async function lastReminderSentAt(studentIds: readonly string[]): Promise<Map<string, Date>> {
  if (studentIds.length === 0) return new Map();
  const rows = await getDb()
    .select({
      recipientId: reminderDeliveries.recipientId,
      sentAt: sql<Date>`max(${reminderDeliveries.sentAt})`.mapWith(reminderDeliveries.sentAt),
    })
    .from(reminderDeliveries)
    .where(
      and(inArray(reminderDeliveries.recipientId, [...studentIds]), eq(reminderDeliveries.status, "sent")),
    )
    .groupBy(reminderDeliveries.recipientId);
  return new Map(rows.map((row) => [row.recipientId, row.sentAt]));
}
