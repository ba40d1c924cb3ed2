import { addCalendarDays, type CalendarDate } from "./calendar-date";
import { absoluteUrl, type DigestItem } from "./digest";
import type { AgendaItem } from "./student-agenda";

// The daily reminder: a short morning mail, sent only when something falls due that day. Like the weekly
// digest it carries names, dates and links, never note text. What is due comes from the student's agenda
// (buildStudentAgenda), so the reminder, the home page and the digest agree on every due date.

/** The reminder goes out from this local hour of the student's day… */
export const REMINDER_FROM_HOUR = 7;
/** …until this one: a morning reminder that could not go out by noon waits for the next morning. */
export const REMINDER_UNTIL_HOUR = 12;

export type DailyReminderInput = {
  appOrigin: string;
  studentName: string;
  /** The student's calendar date the reminder is for. */
  today: CalendarDate;
  /** The student's agenda items (any day); only those due today count, and interviews today or tomorrow. */
  agenda: readonly AgendaItem[];
  /** Scheduled interviews with their ids (for the link) and their day in the student's calendar. */
  interviews: readonly {
    id: string;
    contactName: string;
    organizationName: string | null;
    on: CalendarDate;
  }[];
  /** Advisor comments written since the last reminder: who and where, never what. */
  newComments: readonly {
    authorName: string | null;
    interview: { id: string; contactName: string } | null;
  }[];
};

export type ReminderSection = { heading: string; items: DigestItem[] };

export type DailyReminder = {
  subject: string;
  preview: string;
  greeting: string;
  sections: ReminderSection[];
};

const oneLine = (text: string) => text.replace(/[\r\n\t]+/g, " ").trim();
const withOrganization = (name: string, organization: string | null) =>
  organization ? `${name} (${organization})` : name;

/**
 * Whether `hour` (0–23, the student's local clock) is within the morning window the reminder is sent in.
 * Before it nothing is queued; after it, a day nobody reminded is left alone.
 */
export function isReminderMorning(hour: number): boolean {
  return hour >= REMINDER_FROM_HOUR && hour < REMINDER_UNTIL_HOUR;
}

/** The reminder for `today`, or null when nothing falls due today, no interview is near and no one commented. */
export function buildDailyReminder(input: DailyReminderInput): DailyReminder | null {
  const { appOrigin, today } = input;
  const tomorrow = addCalendarDays(today, 1);
  const dueToday = (kind: AgendaItem["kind"]) =>
    input.agenda
      .filter((item) => item.kind === kind && item.dueOn === today)
      .sort((a, b) => a.contactName.localeCompare(b.contactName))
      .map((item) => ({
        title: withOrganization(item.contactName, item.organizationName),
        detail: "Due today",
        href: absoluteUrl(appOrigin, `/contacts/${encodeURIComponent(item.contactId)}`),
      }));
  const interviews = input.interviews
    .filter((i) => i.on === today || i.on === tomorrow)
    .sort((a, b) => a.on.localeCompare(b.on) || a.contactName.localeCompare(b.contactName))
    .map((i) => ({
      title: withOrganization(i.contactName, i.organizationName),
      detail: i.on === today ? "Today" : "Tomorrow",
      href: absoluteUrl(appOrigin, `/interviews/${encodeURIComponent(i.id)}`),
    }));
  const comments = input.newComments.map((c) => ({
    title: c.interview ? `On your interview with ${c.interview.contactName}` : "On your work",
    detail: c.authorName ? `From ${c.authorName}` : null,
    href: c.interview
      ? absoluteUrl(appOrigin, `/interviews/${encodeURIComponent(c.interview.id)}`)
      : absoluteUrl(appOrigin, "/home"),
  }));

  const sections: ReminderSection[] = [
    { heading: "Interviews today and tomorrow", items: interviews },
    { heading: "Thank-you notes due today", items: dueToday("thank-you") },
    { heading: "Follow-ups due today", items: dueToday("outreach-follow-up") },
    { heading: "Keep in touch today", items: dueToday("keep-in-touch") },
    { heading: "New comments from your advisor", items: comments },
  ].filter((section) => section.items.length > 0);
  if (sections.length === 0) return null;

  const dueCount = sections
    .filter((s) => s.heading !== "New comments from your advisor")
    .reduce((n, s) => n + s.items.length, 0);
  const parts = [
    dueCount > 0 ? `${dueCount} ${dueCount === 1 ? "thing" : "things"} for today` : null,
    comments.length > 0 ? `${comments.length} new ${comments.length === 1 ? "comment" : "comments"}` : null,
  ].filter(Boolean);
  return {
    subject: oneLine(`Today in Fieldnotes: ${parts.join(", ")}`),
    preview: parts.join(", "),
    greeting: `Good morning ${oneLine(input.studentName)}, here is what is due today.`,
    sections,
  };
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) on a clock in `timeZone` at `instant`. `timeZone` must be valid (studentTimeZone). */
export function localHourIn(instant: Date, timeZone: string): number {
  let formatter = hourFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23" });
    if (hourFormatters.size < 1000) hourFormatters.set(timeZone, formatter);
  }
  return Number(formatter.format(instant)) % 24;
}
