import { currentStepIndex, isStepDoneAt, type MethodStep, type StepCounts } from "./student-stage";
import { plural } from "./plural";

/** The six steps as the student's navigation names them, in the method's order. */
export const SIX_STEPS = [
  { step: "research", number: 1, label: "Research", href: "/research" },
  { step: "identify", number: 2, label: "People", href: "/contacts" },
  { step: "prepare", number: 3, label: "Prepare", href: "/prepare" },
  { step: "contact", number: 4, label: "Outreach", href: "/outreach" },
  { step: "interview", number: 5, label: "Interviews", href: "/interviews" },
  { step: "follow-up", number: 6, label: "Follow-up", href: "/follow-up" },
] as const satisfies readonly { step: MethodStep; number: number; label: string; href: string }[];

/**
 * What a student has logged for each step: plain counts, so the advisor's dashboard can fill them from
 * aggregated SQL. `currentStep` reads only the first block; the tracker also shows the second.
 */
export type StepEvidence = {
  careerFields: number;
  organizations: number;
  contacts: number;
  pitchWritten: boolean;
  /** Questions chosen for interviews, each counted once. */
  questionsChosen: number;
  /** Original messages sent (follow-ups not counted). */
  outreachSent: number;
  interviewsCompleted: number;
  thankYousSent: number;
};

/** What is waiting on the student now, from the agenda (due-rule.ts decides "due" and "overdue"). */
export type StepWorkload = {
  /** Messages with no reply yet. */
  awaitingReply: number;
  /** Outreach follow-ups due or overdue. */
  followUpsDue: number;
  interviewsUpcoming: number;
  /** Thank-yous due or overdue. */
  thankYousDue: number;
  keepInTouchDue: number;
};

const NO_WORKLOAD: StepWorkload = {
  awaitingReply: 0,
  followUpsDue: 0,
  interviewsUpcoming: 0,
  thankYousDue: 0,
  keepInTouchDue: 0,
};

/** The tracker's evidence as the counts of the one step rule (student-stage.ts `currentStepIndex`). */
export function stepCounts(e: StepEvidence): StepCounts {
  return {
    researchItems: e.careerFields + e.organizations,
    contactsIdentified: e.contacts,
    pitchWritten: e.pitchWritten,
    outreachSent: e.outreachSent,
    interviewsCompleted: e.interviewsCompleted,
    thankYousSent: e.thankYousSent,
  };
}

/**
 * The student's current step: the earliest of the six not yet done, or null when all six have been done
 * at least once. The one rule is student-stage.ts's `currentStepIndex`; this names its step.
 */
export function currentStep(evidence: StepEvidence): MethodStep | null {
  return SIX_STEPS[currentStepIndex(stepCounts(evidence))]?.step ?? null;
}

export function isStepDone(step: MethodStep, e: StepEvidence): boolean {
  return isStepDoneAt(
    SIX_STEPS.findIndex((s) => s.step === step),
    stepCounts(e),
  );
}

/** Each step's status under the one rule: the current step, done ones, and the rest to do. */
export function stepStatuses(counts: StepCounts): StepStatus[] {
  const current = currentStepIndex(counts);
  return SIX_STEPS.map((_, index) =>
    index === current ? "current" : isStepDoneAt(index, counts) ? "done" : "to-do",
  );
}

export type StepStatus = "done" | "current" | "to-do";

export type TrackedStep = (typeof SIX_STEPS)[number] & {
  status: StepStatus;
  /** What the student has logged for it, in words: "3 career fields, 5 organizations". */
  evidence: string;
  /** Tasks in this step due or overdue now. */
  due: number;
};

/** Where the student stands in each of the six steps. */
export function trackSteps(evidence: StepEvidence, workload: StepWorkload = NO_WORKLOAD): TrackedStep[] {
  const statuses = stepStatuses(stepCounts(evidence));
  return SIX_STEPS.map((s, index) => ({
    ...s,
    status: statuses[index]!,
    evidence: describeEvidence(s.step, evidence, workload),
    due: dueIn(s.step, workload),
  }));
}

function dueIn(step: MethodStep, w: StepWorkload): number {
  if (step === "contact") return w.followUpsDue;
  if (step === "follow-up") return w.thankYousDue + w.keepInTouchDue;
  return 0;
}

const joined = (parts: (string | false)[]) => {
  const text = parts.filter(Boolean).join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

function describeEvidence(step: MethodStep, e: StepEvidence, w: StepWorkload): string {
  switch (step) {
    case "research":
      return e.careerFields + e.organizations === 0
        ? "Nothing noted yet"
        : joined([plural(e.careerFields, "career field"), plural(e.organizations, "organization")]);
    case "identify":
      return e.contacts === 0 ? "Nobody yet" : plural(e.contacts, "person", "people");
    case "prepare":
      return joined([
        e.pitchWritten ? "pitch written" : "no pitch yet",
        e.questionsChosen > 0 && `${plural(e.questionsChosen, "question")} chosen`,
      ]);
    case "contact":
      return e.outreachSent === 0
        ? "No messages sent yet"
        : joined([
            `${plural(e.outreachSent, "message")} sent`,
            `${w.awaitingReply} awaiting reply`,
            w.followUpsDue > 0 && `${plural(w.followUpsDue, "follow-up")} due`,
          ]);
    case "interview":
      return e.interviewsCompleted + w.interviewsUpcoming === 0
        ? "None yet"
        : joined([
            `${plural(e.interviewsCompleted, "interview")} done`,
            w.interviewsUpcoming > 0 && `${w.interviewsUpcoming} coming up`,
          ]);
    case "follow-up":
      return e.thankYousSent + w.thankYousDue + w.keepInTouchDue === 0
        ? "Nothing yet"
        : joined([
            `${plural(e.thankYousSent, "thank-you")} sent`,
            w.thankYousDue > 0 && `${plural(w.thankYousDue, "thank-you")} due`,
            w.keepInTouchDue > 0 && `${w.keepInTouchDue} to keep in touch with`,
          ]);
  }
}

/** The one thing to do next: a sentence and where to do it. */
export type NextAction = { label: string; href: string; why: string };

/** The most urgent task, already sorted by urgency (the agenda's first item due or overdue), if any. */
export type UrgentTask = {
  kind: "thank-you" | "outreach-follow-up" | "interview" | "keep-in-touch";
  contactName: string;
  contactId: string;
  interviewId: string | null;
  state: "due" | "overdue";
};

export type NextActionContext = {
  urgent: UrgentTask | null;
  /** Someone identified and not written to yet, to suggest writing to. */
  notContacted: { id: string; name: string } | null;
  /** The next interview coming up, if any. */
  nextInterview: { id: string; contactName: string } | null;
};

/**
 * The single next best action. What is due or overdue comes first (the agenda's most urgent task); then
 * the current step's next move (currentStep); once all six are done, the next interview or a new person.
 */
export function nextBestAction(
  evidence: StepEvidence,
  workload: StepWorkload,
  { urgent, notContacted, nextInterview }: NextActionContext,
): NextAction {
  if (urgent) {
    const late = urgent.state === "overdue" ? "It is overdue." : "It is due now.";
    switch (urgent.kind) {
      case "thank-you":
        return { label: `Send your thank-you to ${urgent.contactName}`, href: "/follow-up", why: late };
      case "outreach-follow-up":
        return {
          label: `Follow up with ${urgent.contactName}`,
          href: "/outreach",
          why: `No reply yet. ${late}`,
        };
      case "keep-in-touch":
        return { label: `Get back in touch with ${urgent.contactName}`, href: "/follow-up", why: late };
      case "interview":
        return {
          label: `Get ready for your interview with ${urgent.contactName}`,
          href: urgent.interviewId ? `/interviews/${urgent.interviewId}` : "/interviews",
          why: "It is today.",
        };
    }
  }
  const writeTo = (why: string): NextAction =>
    notContacted
      ? { label: `Write to ${notContacted.name}`, href: `/contacts/${notContacted.id}`, why }
      : { label: "Add someone to talk to", href: "/contacts/new", why };
  const prepareFor = (i: { id: string; contactName: string }): NextAction => ({
    label: `Prepare for your interview with ${i.contactName}`,
    href: `/interviews/${i.id}`,
    why: "Choose 8–10 questions and rehearse your pitch.",
  });

  switch (currentStep(evidence)) {
    case "research":
      return {
        label: "Note a career field or organization",
        href: "/research",
        why: "Research comes first: what interests you, and where.",
      };
    case "identify":
      return { label: "Add someone to talk to", href: "/contacts/new", why: "Step 2: identify people." };
    case "prepare":
      return evidence.pitchWritten
        ? { label: "Add questions to your bank", href: "/prepare", why: "Step 3: prepare open questions." }
        : {
            label: "Write your elevator pitch",
            href: "/prepare",
            why: "Step 3: prepare who you are in 30 seconds.",
          };
    case "contact":
      return writeTo("Step 4: ask for 20 minutes of advice, not a job.");
    case "interview":
      if (nextInterview) return prepareFor(nextInterview);
      return workload.awaitingReply > 0 && evidence.outreachSent <= workload.awaitingReply
        ? writeTo("While you wait for replies, reach out to someone else.")
        : {
            label: "Schedule an interview",
            href: "/interviews/new",
            why: "Step 5: someone said yes? Set a time.",
          };
    case "follow-up":
      return {
        label: "Send your thank-you",
        href: "/follow-up",
        why: "Step 6: thank everyone you talked to.",
      };
    case null:
      return nextInterview
        ? prepareFor(nextInterview)
        : writeTo("All six steps done once: keep the cycle going.");
  }
}
