// The thank-you note of step 6, as the guides describe it: sent within a day or two, it thanks the person for
// their time, names something specific they shared, says what the student will do with it, mentions the
// people they suggested, offers to return the favour and asks to keep in touch. Pure text assembly; the
// student edits before sending.

export type ThankYouTemplateInput = {
  studentName: string;
  contactName: string;
  organizationName?: string | null;
  /** The student's key takeaways, when written: the first one becomes the specific thing remembered. */
  takeaways?: string | null;
  /** People the contact suggested talking to next. */
  referralNames?: readonly string[];
};

export type ThankYouTemplate = { subject: string; body: string };

/** The placeholder the student replaces when no takeaway was written yet. */
export const TAKEAWAY_PLACEHOLDER = "[one thing they said that stayed with you]";

export function thankYouTemplate(input: ThankYouTemplateInput): ThankYouTemplate {
  const student = clean(input.studentName) || "[your name]";
  const contact = clean(input.contactName) || "[their name]";
  const organization = clean(input.organizationName);
  const takeaway = firstTakeaway(input.takeaways);
  const referrals = (input.referralNames ?? []).map(clean).filter(Boolean);

  const paragraphs = [
    `Dear ${contact},`,
    `Thank you for taking the time to speak with me${organization ? ` about your work at ${organization}` : ""}. I really appreciated your advice and the picture you gave me of your field.`,
    `One thing I am taking away from our conversation: ${takeaway}. I plan to act on it in the coming weeks, and I will let you know how it goes.`,
    ...(referrals.length > 0
      ? [
          `Thank you also for suggesting I speak with ${listOf(referrals)}. I will mention that you suggested it when I get in touch.`,
        ]
      : []),
    "If there is ever anything I can do to return the favour, please let me know. I hope we can stay in touch.",
    `With thanks,\n${student}`,
  ];
  return { subject: "Thank you for your time and advice", body: paragraphs.join("\n\n") };
}

/** The first line or sentence of the takeaways, lower-cased at the start to sit inside a sentence. */
function firstTakeaway(takeaways: string | null | undefined): string {
  const first = (takeaways ?? "")
    .split(/\n|(?<=[.;!?])\s/)
    .map((part) =>
      clean(part)
        .replace(/^[-*•]\s*/, "")
        .replace(/[.;!?]+$/, ""),
    )
    .find(Boolean);
  if (!first) return TAKEAWAY_PLACEHOLDER;
  // It follows a colon mid-sentence: keep the student's words, soften a leading capital ("Learn SQL").
  return /^[A-Z][a-z]/.test(first) ? first[0]!.toLowerCase() + first.slice(1) : first;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function clean(text: string | null | undefined) {
  return (text ?? "").replace(/\s+/g, " ").trim();
}
