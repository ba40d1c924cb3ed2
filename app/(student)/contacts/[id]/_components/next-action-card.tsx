import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "@/components/badge";
import { buttonClass } from "@/components/button";
import type { ContactNextAction, Urgency } from "@/lib/domain/contact-next-action";
import type { CalendarDate } from "@/lib/domain/calendar-date";
import { formatNearDate } from "@/lib/domain/display-date";
import { formatInterviewTime } from "@/lib/domain/display-date";
import { calendarDateIn } from "@/lib/domain/time-zone";

const URGENCY: Record<Urgency, { tone: BadgeTone; word: string }> = {
  overdue: { tone: "overdue", word: "Overdue" },
  due: { tone: "due-today", word: "Due now" },
  upcoming: { tone: "upcoming", word: "Coming up" },
};

/** The badge: "Due today" on the due date itself, "Due now" on the days after it that are not yet overdue. */
function badgeOf(urgency: Urgency, dueOn: CalendarDate | null, today: CalendarDate) {
  const { tone, word } = URGENCY[urgency];
  return { tone, word: urgency === "due" && (dueOn === null || dueOn === today) ? "Due today" : word };
}

/**
 * The one thing to do next with this contact, first on the page. `writeMessage(label, variant)` renders the
 * templates dialog's button: the primary action when the next step is a message, a secondary one otherwise.
 */
export function NextActionCard({
  action,
  contactId,
  contactName,
  viewer,
  writeMessage,
}: {
  action: ContactNextAction;
  contactId: string;
  contactName: string;
  viewer: { timeZone: string; now: Date };
  writeMessage: (label: string, variant: "primary" | "secondary") => ReactNode;
}) {
  const first = contactName.split(/\s+/)[0] || contactName;
  const today = calendarDateIn(viewer.now, viewer.timeZone);
  const { title, body, urgency, primary } = describe(action, {
    contactId,
    contactName,
    first,
    viewer,
    today,
  });
  const dueOn = "dueOn" in action ? action.dueOn : null;
  const badge = urgency ? badgeOf(urgency, dueOn, today) : null;
  return (
    <section
      aria-labelledby="next-action-heading"
      className="border-brand-200 bg-brand-50 rounded-lg border p-4 sm:p-5"
    >
      <p className="text-brand-800 text-sm font-medium">Next step</p>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <h2 id="next-action-heading" className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {badge && <Badge tone={badge.tone}>{badge.word}</Badge>}
      </div>
      <p className="mt-2 text-sm text-slate-700">{body}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        {primary === "write"
          ? writeMessage(
              action.kind === "follow-up" ? "Write the follow-up" : "Write first message",
              "primary",
            )
          : primary}
        {primary !== "write" && writeMessage("Write a message", "secondary")}
      </div>
    </section>
  );
}

type Described = { title: string; body: string; urgency?: Urgency; primary: "write" | ReactNode };

function describe(
  action: ContactNextAction,
  who: {
    contactId: string;
    contactName: string;
    first: string;
    viewer: { timeZone: string; now: Date };
    today: CalendarDate;
  },
): Described {
  const link = (href: string, label: string) => (
    <Link href={href} className={buttonClass("primary")}>
      {label}
    </Link>
  );
  switch (action.kind) {
    case "send-thank-you":
      return {
        title: `Send thank-you — due ${formatNearDate(action.dueOn, who.today)}`,
        body: `Thank ${who.first} within a day or two: name one thing they said, and the people they suggested. The interview page has a note to start from.`,
        urgency: action.urgency,
        primary: link(`/interviews/${action.interviewId}#thank-you`, "Write the thank-you"),
      };
    case "prepare-interview":
      return {
        title: action.today ? "Your interview is today" : "Prepare for the interview",
        body: `${formatInterviewTime(action.startsAt, action.timeZone, who.viewer)}. Print the prep sheet: your pitch, your questions and what you know about ${who.first}.`,
        urgency: action.today ? "due" : undefined,
        primary: link(`/interviews/${action.interviewId}`, "Open the prep sheet"),
      };
    case "record-interview":
      return {
        title: "Record how the interview went",
        body: "Mark it as held while it is fresh, note your answers and takeaways, then thank them.",
        primary: link(`/interviews/${action.interviewId}`, "Record the interview"),
      };
    case "follow-up":
      return {
        title: `${action.last ? "Last follow-up" : "Follow up"} — due ${formatNearDate(action.dueOn, who.today)}`,
        body: action.last
          ? `Still no reply. One last, gentle nudge, offering ${who.first} an easy way out, then let it rest.`
          : action.urgency === "upcoming"
            ? "No reply yet. If none comes by then, a short, polite nudge is normal: people are busy."
            : "No reply yet. A short, polite nudge is normal: people are busy.",
        urgency: action.urgency,
        primary: "write",
      };
    case "schedule-interview":
      return {
        title: "Schedule the interview",
        body: `${who.first} replied. Agree a time for 20–30 minutes and put it in your calendar.`,
        primary: link(`/interviews/new?contactId=${who.contactId}`, "Schedule the interview"),
      };
    case "write-first-message":
      return {
        title: `Write to ${who.first}`,
        body: "Say how you got their name and ask for 20–30 minutes of advice: information, not a job.",
        primary: "write",
      };
    case "await-reply":
      return {
        title: "Waiting for a reply",
        body: `You followed up twice. Log ${who.first}’s answer if it comes; meanwhile, reach out to someone else.`,
        primary: link("/contacts/new", "Add another contact"),
      };
    case "declined":
      return {
        title: `${who.first} declined`,
        body: "Thank them for answering, and ask whether someone else might talk to you.",
        primary: link(`/contacts/new?referredBy=${who.contactId}`, "Add someone they suggest"),
      };
    case "keep-in-touch":
      return {
        title: `Keep in touch — due ${formatNearDate(action.dueOn, who.today)}`,
        body: `A short note to ${who.first}: what you did with their advice, or something they may find useful.`,
        urgency: action.urgency,
        primary: link("#keep-in-touch", "Log a note"),
      };
    case "share-update":
      return {
        title: `Keep ${who.first} posted`,
        body: "When you act on their advice, tell them (“I took your advice and …”) and log it here.",
        primary: link("#keep-in-touch", "Log an update"),
      };
  }
}
