import { formatMoment } from "./display-date";
import { isValidTimeZone } from "./time-zone";
import type { FollowUpChannel, OutreachChannel } from "./vocabulary";

/** One thing the student did, as lib/data reads it: names and enum values only, never note text. */
export type ActivityEvent =
  | { kind: "contact-added"; id: string; at: Date; contactName: string }
  | { kind: "organization-added"; id: string; at: Date; organizationName: string }
  | {
      kind: "outreach-logged";
      id: string;
      at: Date;
      contactId: string;
      contactName: string;
      channel: OutreachChannel;
      isFollowUp: boolean;
    }
  | {
      kind: "reply-recorded";
      id: string;
      at: Date;
      contactId: string;
      contactName: string;
      reply: "replied" | "declined";
    }
  | { kind: "interview-scheduled" | "interview-held"; id: string; at: Date; contactName: string }
  | {
      kind: "thank-you-logged" | "update-logged" | "touch-logged";
      id: string;
      at: Date;
      contactId: string;
      contactName: string;
      channel: FollowUpChannel;
      interviewId: string | null;
    }
  | { kind: "reflection-written"; id: string; at: Date };

export type ActivityKind = ActivityEvent["kind"];

/** What the home page lists: a short sentence, when, and the page it is about. */
export type RecentActivityItem = { key: string; kind: ActivityKind; label: string; at: Date; href: string };

// Prose, not option labels ("Logged outreach to Dana Lee by email"), like the contact timeline's.
const OUTREACH_CHANNEL: Record<OutreachChannel, string> = {
  email: " by email",
  linkedin: " on LinkedIn",
  phone: " by phone",
  letter: " by letter",
  introduction: " through an introduction",
};
const FOLLOW_UP_CHANNEL: Record<FollowUpChannel, string> = {
  email: " by email",
  linkedin: " on LinkedIn",
  phone: " by phone",
  letter: " by letter",
  in_person: " in person",
  other: "",
};

export const REFLECTIONS_HREF = "/home#reflection-heading";

export function describeActivity(event: ActivityEvent): RecentActivityItem {
  const item = (label: string, href: string) => ({
    key: `${event.kind}-${event.id}`,
    kind: event.kind,
    at: event.at,
    label,
    href,
  });
  switch (event.kind) {
    case "contact-added":
      return item(`Added ${event.contactName} to your contacts`, `/contacts/${event.id}`);
    case "organization-added":
      return item(`Added ${event.organizationName} to your research`, `/research/organizations/${event.id}`);
    case "outreach-logged":
      return item(
        `Logged ${event.isFollowUp ? "a follow-up" : "outreach"} to ${event.contactName}${OUTREACH_CHANNEL[event.channel]}`,
        `/contacts/${event.contactId}`,
      );
    case "reply-recorded":
      return item(
        event.reply === "declined"
          ? `Recorded that ${event.contactName} declined`
          : `Recorded a reply from ${event.contactName}`,
        `/contacts/${event.contactId}`,
      );
    case "interview-scheduled":
      return item(`Scheduled an interview with ${event.contactName}`, `/interviews/${event.id}`);
    case "interview-held":
      return item(`Interviewed ${event.contactName}`, `/interviews/${event.id}`);
    case "thank-you-logged":
    case "update-logged":
    case "touch-logged": {
      const what = {
        "thank-you-logged": "a thank-you",
        "update-logged": "an update",
        "touch-logged": "a keep-in-touch note",
      }[event.kind];
      // A thank-you belongs to its interview; updates and notes to the person.
      const href = event.interviewId ? `/interviews/${event.interviewId}` : `/contacts/${event.contactId}`;
      return item(`Logged ${what} to ${event.contactName}${FOLLOW_UP_CHANNEL[event.channel]}`, href);
    }
    case "reflection-written":
      return item("Wrote a reflection", REFLECTIONS_HREF);
  }
}

/** When something happened, on the student's clock, as display-date.ts writes every moment. */
export function formatActivityTime(at: Date, timeZone: string, now: Date): string {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return formatMoment(at, timeZone, now);
}
