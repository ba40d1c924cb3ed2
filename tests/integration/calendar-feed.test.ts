import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/calendar/[token]/route";
import { getDb } from "@/db/client";
import { users } from "@/db/schema/index";
import {
  getMyCalendarFeed,
  resetMyCalendarFeed,
  turnOffMyCalendarFeed,
} from "@/lib/data/student/calendar-feed";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";

const DAY = 86_400_000;

function tokenOf(url: string) {
  return new URL(url).pathname.split("/").at(-1)!;
}

async function fetchFeed(token: string) {
  return GET(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });
}

/** The feed's events as a strict RFC 5545 parser reads them. */
async function eventsOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

/** A student with an interview next week and a completed one that still owes a thank-you. */
async function studentWithWork(label: string) {
  const student = await createUser({ role: "student", name: `${label} Student` });
  await signInAs(student.id);
  const upcomingWith = await createContact(student.id, { name: `${label} Upcoming` });
  const upcoming = await createInterview(student.id, upcomingWith.id, {
    // Whole minutes: a calendar has no milliseconds.
    startsAt: new Date(Math.floor((Date.now() + 7 * DAY) / 60_000) * 60_000),
    durationMinutes: 45,
    location: "Library, room 2",
  });
  const thanksOwedTo = await createContact(student.id, { name: `${label} Thanked` });
  await createInterview(student.id, thanksOwedTo.id, {
    startsAt: new Date(Date.now() - 2 * DAY),
    status: "completed",
  });
  return { student, upcoming };
}

describe("the calendar feed", () => {
  it("is a calendar with the student's interviews and what falls due, and nobody else's", async () => {
    const other = await studentWithWork("Bea");
    const otherToken = tokenOf((await resetMyCalendarFeed()).httpsUrl);
    const { upcoming } = await studentWithWork("Ada");
    const urls = await resetMyCalendarFeed();
    expect(urls.webcalUrl).toMatch(/^webcal:\/\/[^/]+\/api\/calendar\/[\w-]{16}\.[\w-]{43}$/);
    expect(urls.httpsUrl.replace(/^https?:/, "webcal:")).toBe(urls.webcalUrl);

    const events = await eventsOf(await fetchFeed(tokenOf(urls.httpsUrl)));
    const interview = events.find((e) => e.summary === "Informational interview with Ada Upcoming");
    expect(interview?.startDate.toJSDate().getTime()).toBe(upcoming.startsAt.getTime());
    expect(interview?.duration.toSeconds()).toBe(45 * 60);
    expect(interview?.location).toBe("Library, room 2");
    const thankYou = events.find((e) => e.summary === "Thank-you to Ada Thanked due");
    expect(thankYou?.startDate.isDate).toBe(true);
    expect(events.map((e) => e.summary).join()).not.toContain("Bea");

    const theirs = await eventsOf(await fetchFeed(otherToken));
    expect(theirs.map((e) => e.summary).join()).toContain("Bea Upcoming");
    expect(theirs.map((e) => e.summary).join()).not.toContain("Ada");
    expect(other.student.id).not.toBe(upcoming.studentId);
  });

  it("answers 404 to a revoked, tampered, unknown or malformed token", async () => {
    await studentWithWork("Cy");
    const first = tokenOf((await resetMyCalendarFeed()).httpsUrl);
    const second = tokenOf((await resetMyCalendarFeed()).httpsUrl);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect(await getMyCalendarFeed()).toMatchObject({ status: "on" });

    // Another student's secret with this student's id, and this id with a secret one letter off.
    await studentWithWork("Di");
    const foreign = tokenOf((await resetMyCalendarFeed()).httpsUrl);
    const [id, secret] = second.split(".") as [string, string];
    expect((await fetchFeed(`${id}.${foreign.split(".")[1]}`)).status).toBe(404);
    const flipped = secret.at(-1) === "A" ? "B" : "A";
    expect((await fetchFeed(`${id}.${secret.slice(0, -1)}${flipped}`)).status).toBe(404);
    expect((await fetchFeed("not-a-token")).status).toBe(404);
    expect((await fetchFeed(`${"a".repeat(16)}.${"b".repeat(43)}`)).status).toBe(404);

    await turnOffMyCalendarFeed();
    expect((await fetchFeed(foreign)).status).toBe(404);
    expect(await getMyCalendarFeed()).toEqual({ status: "off" });
  });

  it("stops when the student is deactivated", async () => {
    const { student } = await studentWithWork("Ed");
    const token = tokenOf((await resetMyCalendarFeed()).httpsUrl);
    expect((await fetchFeed(token)).status).toBe(200);
    await getDb().update(users).set({ active: false }).where(eq(users.id, student.id));
    expect((await fetchFeed(token)).status).toBe(404);
  });
});
