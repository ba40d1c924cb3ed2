import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, eq, gte } from "drizzle-orm";
import { createEvents, type EventAttributes } from "ics";
import { interviewEvent } from "@/lib/domain/calendar-events";
import { getDb } from "@/db/client";
import { calendarFeeds, contacts, interviews, organizations, users } from "@/db/schema/index";
import { unsafeLoadStudentAgenda } from "@/lib/data/student/home/agenda";
import { requireStudent } from "@/lib/data/student/scope";
import type { AgendaItem } from "@/lib/domain/student-agenda";
import { getEnv } from "@/lib/env";

export type MyCalendarFeed = { status: "off" } | { status: "on"; createdAt: Date };
export type NewCalendarFeedUrl = { webcalUrl: string; httpsUrl: string };

// `<id>.<secret>`: the id finds the row, the secret is compared in constant time with the stored hash, so how
// long a wrong guess takes says nothing about how close it was.
const TOKEN = /^([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;
/** Past interviews stay in the calendar this long; older ones drop out of the feed. */
const PAST_DAYS = 180;

const sha256 = (text: string) => createHash("sha256").update(text).digest();

function feedUrls(token: string): NewCalendarFeedUrl {
  const httpsUrl = new URL(`/api/calendar/${token}`, getEnv().APP_URL).toString();
  return { httpsUrl, webcalUrl: httpsUrl.replace(/^https?:/, "webcal:") };
}

/** Whether the signed-in student has a feed link, and since when. The link itself cannot be shown again. */
export async function getMyCalendarFeed(): Promise<MyCalendarFeed> {
  const student = await requireStudent();
  const [row] = await getDb()
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.studentId, student.id));
  return row ? { status: "on", createdAt: row.createdAt } : { status: "off" };
}

/**
 * A new private feed URL for the signed-in student; the previous one, if any, stops working at once.
 * The URL is returned this once: only a hash of its secret is kept.
 */
export async function resetMyCalendarFeed(): Promise<NewCalendarFeedUrl> {
  const student = await requireStudent();
  const id = randomBytes(12).toString("base64url");
  const secret = randomBytes(32).toString("base64url");
  const secretHash = sha256(secret).toString("hex");
  await getDb()
    .insert(calendarFeeds)
    .values({ id, studentId: student.id, secretHash })
    .onConflictDoUpdate({ target: calendarFeeds.studentId, set: { id, secretHash, createdAt: new Date() } });
  return feedUrls(`${id}.${secret}`);
}

/** Turns the signed-in student's feed off: its URL answers 404 from now on. */
export async function turnOffMyCalendarFeed(): Promise<void> {
  const student = await requireStudent();
  await getDb().delete(calendarFeeds).where(eq(calendarFeeds.studentId, student.id));
}

/** The student a feed token belongs to, or null for a malformed, unknown or revoked one. */
async function studentForToken(token: string): Promise<string | null> {
  const parts = TOKEN.exec(token);
  if (!parts) return null;
  const [row] = await getDb()
    .select({
      studentId: calendarFeeds.studentId,
      secretHash: calendarFeeds.secretHash,
      active: users.active,
    })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.studentId))
    .where(and(eq(calendarFeeds.id, parts[1]!), eq(users.role, "student")));
  if (!row) return null;
  const matches = timingSafeEqual(Buffer.from(row.secretHash, "hex"), sha256(parts[2]!));
  return matches && row.active ? row.studentId : null;
}

/**
 * The calendar (text/calendar) behind a feed URL, or null when the token is not a live one. Unsafe: no
 * session exists, calendar apps poll it on their own; the token is the credential and decides whose data
 * this is. It carries names, times, places and due dates; never notes.
 */
export async function unsafeRenderCalendarFeed(token: string, now = new Date()): Promise<string | null> {
  const studentId = await studentForToken(token);
  if (!studentId) return null;
  const since = new Date(now.getTime() - PAST_DAYS * 86_400_000);
  const [interviewRows, agenda] = await Promise.all([
    getDb()
      .select({
        id: interviews.id,
        startsAt: interviews.startsAt,
        durationMinutes: interviews.durationMinutes,
        format: interviews.format,
        location: interviews.location,
        status: interviews.status,
        contactName: contacts.name,
        organizationName: organizations.name,
      })
      .from(interviews)
      .innerJoin(contacts, eq(contacts.id, interviews.contactId))
      .leftJoin(organizations, eq(organizations.id, contacts.organizationId))
      .where(and(eq(interviews.studentId, studentId), gte(interviews.startsAt, since))),
    unsafeLoadStudentAgenda(studentId, now),
  ]);
  const appUrl = getEnv().APP_URL;
  const link = (path: string) => new URL(path, appUrl).toString();

  const events: EventAttributes[] = interviewRows.map((i) =>
    interviewEvent(i, { url: link(`/interviews/${i.id}`) }),
  );

  // What is due: all-day events on the due date. One stable uid per contact and kind, so a due date that
  // moves (a follow-up logged, a reply received) moves the event instead of leaving the old one behind.
  const due = agenda.items.filter((item) => item.kind !== "interview");
  for (const item of due) {
    const [y, m, d] = item.dueOn.split("-").map(Number) as [number, number, number];
    const end = new Date(Date.UTC(y, m - 1, d + 1));
    events.push({
      uid: `${item.kind}-${item.contactId}@fieldnotes`,
      title: dueTitle(item),
      start: [y, m, d],
      end: [end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate()],
      description: item.organizationName
        ? `${item.contactName}, ${item.organizationName}.`
        : `${item.contactName}.`,
      url: link(`/contacts/${item.contactId}`),
      transp: "TRANSPARENT",
    });
  }

  const { error, value } = createEvents(events, {
    productId: "fieldnotes/calendar-feed",
    method: "PUBLISH",
    calName: "Fieldnotes",
  });
  if (error || value === undefined) throw error ?? new Error("ics produced no calendar");
  return value;
}

function dueTitle(item: AgendaItem): string {
  switch (item.kind) {
    case "thank-you":
      return `Thank-you to ${item.contactName} due`;
    case "outreach-follow-up":
      return `Follow up with ${item.contactName}`;
    case "keep-in-touch":
      return `Keep in touch with ${item.contactName}`;
    default:
      return `${item.contactName}`;
  }
}
