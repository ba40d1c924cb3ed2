// The fixed word lists of a student's records. The database CHECKs, the zod schemas and the labels in the
// UI all come from here, so adding a value is one edit (plus a migration for the CHECK).

export const PRIORITIES = ["high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const CONTACT_SOURCES = [
  "alumni",
  "family",
  "friend",
  "professor",
  "former_employer",
  "linkedin",
  "event",
  "referral",
  "other",
] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const KEEP_IN_TOUCH_CADENCES = ["off", "monthly", "quarterly", "semiannual"] as const;
export type KeepInTouchCadence = (typeof KEEP_IN_TOUCH_CADENCES)[number];

export const OUTREACH_CHANNELS = ["email", "linkedin", "phone", "letter", "introduction"] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

export const OUTREACH_REPLIES = ["none", "replied", "declined"] as const;
export type OutreachReply = (typeof OUTREACH_REPLIES)[number];

export const QUESTION_CATEGORIES = ["trends", "insights", "advice", "resources", "assignments"] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export const INTERVIEW_FORMATS = ["in_person", "phone", "video"] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];

export const INTERVIEW_STATUSES = ["scheduled", "completed", "cancelled", "no_show"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const FOLLOW_UP_KINDS = ["thank_you", "update", "touch"] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export const FOLLOW_UP_CHANNELS = ["email", "linkedin", "phone", "letter", "in_person", "other"] as const;
export type FollowUpChannel = (typeof FOLLOW_UP_CHANNELS)[number];

export const PRIORITY_LABEL: Record<Priority, string> = { high: "High", medium: "Medium", low: "Low" };

export const CONTACT_SOURCE_LABEL: Record<ContactSource, string> = {
  alumni: "Alumni network",
  family: "Family",
  friend: "Friend",
  professor: "Professor",
  former_employer: "Former employer",
  linkedin: "LinkedIn",
  event: "An event",
  referral: "Referred by a contact",
  other: "Other",
};

export const KEEP_IN_TOUCH_LABEL: Record<KeepInTouchCadence, string> = {
  off: "No reminders",
  monthly: "Every month",
  quarterly: "Every 3 months",
  semiannual: "Every 6 months",
};

export const QUESTION_CATEGORY_LABEL: Record<QuestionCategory, string> = {
  trends: "Trends",
  insights: "Insights",
  advice: "Advice",
  resources: "Resources",
  assignments: "Assignments",
};

/** One line per TIARA kind: what questions of that kind are for. */
export const QUESTION_CATEGORY_PURPOSE: Record<QuestionCategory, string> = {
  trends: "Where the field is heading.",
  insights: "What the work is really like.",
  advice: "What they would do in your place.",
  resources: "People, reading and groups worth knowing.",
  assignments: "Small things you could try to test your interest.",
};

export const INTERVIEW_FORMAT_LABEL: Record<InterviewFormat, string> = {
  in_person: "In person",
  phone: "Phone",
  video: "Video call",
};

export const INTERVIEW_STATUS_LABEL: Record<InterviewStatus, string> = {
  scheduled: "Scheduled",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "No-show",
};

export const FOLLOW_UP_CHANNEL_LABEL: Record<FollowUpChannel, string> = {
  email: "Email",
  linkedin: "LinkedIn",
  phone: "Phone",
  letter: "Letter or card",
  in_person: "In person",
  other: "Other",
};

export const OUTREACH_CHANNEL_LABEL: Record<OutreachChannel, string> = {
  email: "Email",
  linkedin: "LinkedIn",
  phone: "Phone",
  letter: "Letter",
  introduction: "Introduction by someone",
};

export const OUTREACH_REPLY_LABEL: Record<OutreachReply, string> = {
  none: "No reply yet",
  replied: "Replied",
  declined: "Declined",
};
