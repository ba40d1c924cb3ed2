import { format } from "date-fns";
import { type CalendarDate, parseCalendarDate } from "./calendar-date";
import type { ContactSource, OutreachChannel } from "./vocabulary";

// Message starters for step 4. The guides' two rules shape every one: say how you got the person's name,
// and ask for information and advice, never for a job. Pure text assembly; the student edits before sending.

/** LinkedIn refuses connection notes longer than this. */
export const LINKEDIN_NOTE_LIMIT = 300;

export type OutreachTemplateInput = {
  studentName: string;
  contactName: string;
  contactTitle?: string | null;
  organizationName?: string | null;
  /** Set when a contact put the student in touch: named, it opens more doors than any source. */
  referrerName?: string | null;
  source: ContactSource;
  /** The student's elevator pitch, when they have written one. */
  pitch?: string | null;
};

export type OutreachTemplate = {
  id: "email" | "linkedin" | "phone" | "follow-up";
  label: string;
  channel: OutreachChannel;
  subject?: string;
  body: string;
};

/** The sentence each template carries, word for word, so nobody mistakes the request for a job hunt. */
export const NOT_A_JOB_REQUEST = "I'm not asking for a job or an internship, only for your advice.";

const SHORT_NOT_A_JOB = "I'm not asking for a job.";

/** "How I got your name", as a full sentence, from who referred the student or the contact's source. */
export function howIGotYourName(source: ContactSource, referrerName?: string | null): string {
  const referrer = clean(referrerName);
  if (referrer) return `${referrer} suggested I get in touch with you.`;
  switch (source) {
    case "alumni":
      return "I found your name through the alumni network.";
    case "family":
      return "A member of my family suggested I get in touch with you.";
    case "friend":
      return "A friend suggested I get in touch with you.";
    case "professor":
      return "My professor suggested I get in touch with you.";
    case "former_employer":
      return "I found your name through my former employer.";
    case "linkedin":
      return "I came across your profile on LinkedIn.";
    case "event":
      return "I learned about your work at a recent event.";
    case "referral":
      return "A mutual contact suggested I get in touch with you.";
    case "other":
      return "I came across your work while researching the field.";
  }
}

/** An email, a LinkedIn connection note (within LinkedIn's limit) and a phone script. */
export function outreachTemplates(input: OutreachTemplateInput): OutreachTemplate[] {
  return [emailTemplate(input), linkedinTemplate(input), phoneTemplate(input)];
}

export type FollowUpTemplateInput = {
  studentName: string;
  contactName: string;
  /** The channel of the unanswered message; a LinkedIn nudge keeps to the note limit. */
  channel: OutreachChannel;
  /** When the unanswered message went out. */
  originalSentOn: CalendarDate;
  /** The second nudge is the last: it says so, and offers an easy way out. */
  kind: "first" | "second";
};

/** A short, polite nudge after no reply. */
export function followUpTemplate(input: FollowUpTemplateInput): OutreachTemplate {
  const student = nameOrPlaceholder(input.studentName, "[your name]");
  const first = firstName(input.contactName);
  const when = format(parseCalendarDate(input.originalSentOn), "EEEE, MMMM d");
  const last = input.kind === "second";
  const ask = last
    ? "If now isn't a good time, I understand completely. Is there someone else you would suggest I speak with?"
    : "I know you're busy: would 20–30 minutes in the next few weeks work for you?";
  const label = last ? "A last, gentle follow-up" : "A polite follow-up";
  if (input.channel === "linkedin") {
    const body = fitLinkedIn([
      `Hi ${first}, following up on my note of ${when}. ${ask} ${SHORT_NOT_A_JOB} Thank you! ${student}`,
      `Hi ${first}, following up on my note of ${when}. ${ask} ${SHORT_NOT_A_JOB} Thank you!`,
      `Hi ${truncate(first, 30)}, following up on my earlier note. ${ask} ${SHORT_NOT_A_JOB}`,
    ]);
    return { id: "follow-up", label, channel: "linkedin", body };
  }
  const body = [
    `Dear ${clean(input.contactName) || "[their name]"},`,
    `I'm following up on my message of ${when}, in case it got buried. ${ask}`,
    NOT_A_JOB_REQUEST,
    `Thank you for your time,\n${student}`,
  ].join("\n\n");
  return {
    id: "follow-up",
    label,
    channel: input.channel,
    subject: input.channel === "email" ? "Following up: a request for 20 minutes of advice" : undefined,
    body,
  };
}

function emailTemplate(input: OutreachTemplateInput): OutreachTemplate {
  const student = nameOrPlaceholder(input.studentName, "[your name]");
  const referrer = clean(input.referrerName);
  const pitch = clean(input.pitch);
  const paragraphs = [
    `Dear ${clean(input.contactName) || "[their name]"},`,
    `${howIGotYourName(input.source, referrer)} My name is ${student}.`,
    ...(pitch ? [pitch] : []),
    `I'm exploring careers and would value your perspective${roleAt(input)}. Would you have 20–30 minutes in the coming weeks for a short conversation, by phone, video or in person? I'd like to hear about your work and any advice you have for someone starting out.`,
    NOT_A_JOB_REQUEST,
    `Thank you for considering it,\n${student}`,
  ];
  return {
    id: "email",
    label: "Email",
    channel: "email",
    subject: referrer
      ? `${referrer} suggested I contact you: 20 minutes of advice?`
      : "A student's request for 20 minutes of your advice",
    body: paragraphs.join("\n\n"),
  };
}

function linkedinTemplate(input: OutreachTemplateInput): OutreachTemplate {
  const first = firstName(input.contactName);
  const student = nameOrPlaceholder(input.studentName, "[your name]");
  const how = howIGotYourName(input.source, input.referrerName);
  const pitch = clean(input.pitch);
  const organization = clean(input.organizationName);
  const atOrganization = organization ? ` at ${organization}` : "";
  const ask = `Could I ask you for 20–30 minutes of advice about your work${atOrganization}? ${SHORT_NOT_A_JOB}`;
  // Richest first; the first that fits is used. Long names and pitches fall back to shorter wordings.
  const body = fitLinkedIn([
    ...(pitch ? [`Hi ${first}, I'm ${student}. ${how} ${pitch} ${ask} Thank you!`] : []),
    `Hi ${first}, I'm ${student}, a student exploring careers. ${how} ${ask} Thank you!`,
    `Hi ${first}, I'm ${student}. ${how} Could I ask you for 20–30 minutes of advice? ${SHORT_NOT_A_JOB}`,
    `Hi ${truncate(first, 30)}, I'm ${truncate(student, 30)}. ${truncatedHow(input)} Could I ask you for 20–30 minutes of advice? ${SHORT_NOT_A_JOB}`,
  ]);
  return { id: "linkedin", label: "LinkedIn connection note", channel: "linkedin", body };
}

function phoneTemplate(input: OutreachTemplateInput): OutreachTemplate {
  const student = nameOrPlaceholder(input.studentName, "[your name]");
  const pitch = clean(input.pitch);
  const lines = [
    `"Hello, is this ${clean(input.contactName) || "[their name]"}? My name is ${student}. ${howIGotYourName(input.source, input.referrerName)}`,
    ...(pitch ? [pitch] : ["I'm a student exploring careers in your field."]),
    `I'd be grateful for 20–30 minutes of information and advice about your work${roleAt(input)}. ${NOT_A_JOB_REQUEST} Would you have time in the next couple of weeks, or is now a good moment?"`,
    `If you reach voicemail: leave your name, who suggested you call, a one-line request, and your number, said slowly twice.`,
  ];
  return { id: "phone", label: "Phone script", channel: "phone", body: lines.join("\n\n") };
}

/** " as Data analyst at Acme" / " at Acme" / "", for "your perspective…". */
function roleAt(input: OutreachTemplateInput) {
  const title = clean(input.contactTitle);
  const organization = clean(input.organizationName);
  if (title && organization) return ` as ${title} at ${organization}`;
  if (organization) return ` at ${organization}`;
  if (title) return ` as ${title}`;
  return "";
}

/** The how-sentence with the referrer's name capped, for the last-resort LinkedIn wording. */
function truncatedHow(input: OutreachTemplateInput) {
  const referrer = clean(input.referrerName);
  return howIGotYourName(input.source, referrer ? truncate(referrer, 30) : null);
}

function fitLinkedIn(candidates: string[]): string {
  const fits = candidates.find((text) => text.length <= LINKEDIN_NOTE_LIMIT);
  // Every last candidate is built from capped parts, so this slice only guards against a future edit.
  return fits ?? truncate(candidates.at(-1) ?? "", LINKEDIN_NOTE_LIMIT);
}

function firstName(name: string) {
  return clean(name).split(/\s+/)[0] || "there";
}

function nameOrPlaceholder(name: string, placeholder: string) {
  return clean(name) || placeholder;
}

function clean(text: string | null | undefined) {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function truncate(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
