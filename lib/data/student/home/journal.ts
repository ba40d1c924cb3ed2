import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { journalEntries, studentProfiles } from "@/db/schema/index";
import { calendarDateIn, studentTimeZone } from "@/lib/domain/time-zone";
import type { JournalEntryInput } from "@/lib/validation/journal";
import { insertOnce } from "@/lib/data/internal/create-once";
import { requireStudent } from "@/lib/data/student/scope";

export type JournalEntry = { id: string; entryOn: string; learned: string; nextSteps: string };

/** The student's reflections, newest first. Always private: no advisor view reads this table. */
export async function listMyJournal(limit = 5): Promise<JournalEntry[]> {
  const student = await requireStudent();
  return getDb()
    .select({
      id: journalEntries.id,
      entryOn: journalEntries.entryOn,
      learned: journalEntries.learned,
      nextSteps: journalEntries.nextSteps,
    })
    .from(journalEntries)
    .where(eq(journalEntries.studentId, student.id))
    .orderBy(desc(journalEntries.entryOn), desc(journalEntries.createdAt))
    .limit(limit);
}

/** Dated today in the student's time zone; a repeated submit of one form adds one entry. */
export async function addJournalEntry(input: JournalEntryInput, now = new Date()): Promise<{ id: string }> {
  const student = await requireStudent();
  const db = getDb();
  const [profile] = await db
    .select({ timeZone: studentProfiles.timeZone })
    .from(studentProfiles)
    .where(eq(studentProfiles.studentId, student.id));
  const zone = studentTimeZone(profile?.timeZone);
  const id = await insertOnce(journalEntries, {
    studentId: student.id,
    entryOn: calendarDateIn(now, zone),
    learned: input.learned,
    nextSteps: input.nextSteps,
    creationKey: input.creationKey,
  });
  return { id };
}
