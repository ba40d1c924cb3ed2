import "server-only";
import { and, eq } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { followUps, interviews } from "@/db/schema/index";
import { compareCalendarDates } from "@/lib/domain/calendar-date";
import { calendarDateIn } from "@/lib/domain/time-zone";
import type { LogFollowUpInput, ThankYouInput } from "@/lib/validation/follow-up";
import { assertOwnContact } from "@/lib/data/internal/ownership";
import { insertOnce } from "@/lib/data/internal/create-once";
import { requireStudent } from "@/lib/data/student/scope";

export type FollowUpInvalid = { status: "invalid"; field: "sentOn" | "form"; message: string };
export type ThankYouResult = { status: "created"; id: string } | { status: "duplicate" } | FollowUpInvalid;

/**
 * The one thank-you for a completed interview. A second one is refused ("duplicate"), except a repeat
 * of the same form submission (same creation key), which answers with the first.
 */
export async function recordThankYou(interviewId: string, input: ThankYouInput): Promise<ThankYouResult> {
  const student = await requireStudent();
  const db = getDb();
  const [interview] = await db
    .select({
      contactId: interviews.contactId,
      status: interviews.status,
      startsAt: interviews.startsAt,
      timeZone: interviews.timeZone,
    })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.studentId, student.id)));
  if (!interview) notFound();

  const existing = await findThankYou(student.id, interviewId);
  if (existing) {
    return input.creationKey && existing.creationKey === input.creationKey
      ? { status: "created", id: existing.id }
      : { status: "duplicate" };
  }
  if (interview.status !== "completed") {
    return {
      status: "invalid",
      field: "form",
      message: "Mark the interview as completed before recording its thank-you.",
    };
  }
  const interviewOn = calendarDateIn(interview.startsAt, interview.timeZone);
  if (compareCalendarDates(input.sentOn, interviewOn) < 0) {
    return {
      status: "invalid",
      field: "sentOn",
      message: `A thank-you for this interview is sent on or after ${interviewOn}.`,
    };
  }
  const [row] = await db
    .insert(followUps)
    .values({
      studentId: student.id,
      contactId: interview.contactId,
      interviewId,
      kind: "thank_you",
      ...followUpColumns(input),
      creationKey: input.creationKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: followUps.id });
  if (row) return { status: "created", id: row.id };
  // Lost a race: with the same submit (same key) or with another thank-you for this interview.
  const winner = await findThankYou(student.id, interviewId);
  return winner && input.creationKey && winner.creationKey === input.creationKey
    ? { status: "created", id: winner.id }
    : { status: "duplicate" };
}

/** An update ("I took your advice and …") or a keep-in-touch note; either resets the cadence. */
export async function logFollowUp(
  contactId: string,
  input: LogFollowUpInput,
): Promise<{ status: "created"; id: string }> {
  const student = await requireStudent();
  await assertOwnContact(student.id, contactId);
  const id = await insertOnce(followUps, {
    studentId: student.id,
    contactId,
    kind: input.kind,
    ...followUpColumns(input),
    creationKey: input.creationKey,
  });
  return { status: "created", id };
}

// Allow-list of columns: parsed input is never spread into the table.
function followUpColumns(input: ThankYouInput) {
  return {
    sentOn: input.sentOn,
    channel: input.channel,
    note: input.note,
    notePrivate: input.notePrivate,
  };
}

async function findThankYou(studentId: string, interviewId: string) {
  const [row] = await getDb()
    .select({ id: followUps.id, creationKey: followUps.creationKey })
    .from(followUps)
    .where(
      and(
        eq(followUps.studentId, studentId),
        eq(followUps.interviewId, interviewId),
        eq(followUps.kind, "thank_you"),
      ),
    );
  return row ?? null;
}
