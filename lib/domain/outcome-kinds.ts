// What a student's networking led to. The database CHECK, the zod schema and the labels all read this list.

export const OUTCOME_KINDS = ["internship", "job_offer", "shadowing", "project", "other"] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_KIND_LABEL: Record<OutcomeKind, string> = {
  internship: "Internship",
  job_offer: "Job offer",
  shadowing: "Job shadowing",
  project: "Project",
  other: "Other",
};
