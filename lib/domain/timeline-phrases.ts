import type { FollowUpChannel, InterviewFormat, InterviewStatus, OutreachChannel } from "./vocabulary";

// Sentence fragments for timelines ("Reached out on LinkedIn", "Interview by video · held"). The labels in
// vocabulary.ts name form options ("LinkedIn"); these read as prose. Shared by the student's contact
// timeline and the advisor's view of a student, which word the rest of each sentence for their reader.

export const OUTREACH_CHANNEL_PHRASE: Record<OutreachChannel, string> = {
  email: "by email",
  linkedin: "on LinkedIn",
  phone: "by phone",
  letter: "by letter",
  introduction: "through an introduction",
};

export const INTERVIEW_FORMAT_PHRASE: Record<InterviewFormat, string> = {
  in_person: "in person",
  phone: "by phone",
  video: "by video",
};

export const INTERVIEW_STATUS_PHRASE: Record<InterviewStatus, string> = {
  scheduled: "scheduled",
  completed: "held",
  cancelled: "cancelled",
  no_show: "missed",
};

export const FOLLOW_UP_CHANNEL_PHRASE: Record<FollowUpChannel, string> = {
  email: "by email",
  linkedin: "on LinkedIn",
  phone: "by phone",
  letter: "by letter",
  in_person: "in person",
  other: "",
};
