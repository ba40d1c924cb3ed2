import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sendNudgesAction } from "@/app/advisor/cohorts/[cohortId]/nudge/actions";
import { getDb } from "@/db/client";
import { attentionHandled, auditEvents, mailboxMessages, nudges } from "@/db/schema/index";
import { getCohortDashboard } from "@/lib/data/advisor/cohorts/dashboard";
import {
  getNudgeDraft,
  getStudentFollowUp,
  markAttentionHandled,
  sendNudges,
} from "@/lib/data/advisor/students/nudges";
import { unsafeTakeNudgeQuota } from "@/lib/data/internal/nudge-quota";
import { listMyNudges } from "@/lib/data/student/home/nudges";
import { DEFAULT_DASHBOARD_VIEW } from "@/lib/domain/cohort-dashboard";
import { NUDGES_PER_HOUR } from "@/lib/domain/nudge-rules";
import { initialActionState } from "@/lib/validation/action-state";
import { assignAdvisor, createCohort, enrolStudent } from "../factories/cohorts";
import { signInAs } from "../factories/sessions";
import { createContact, createInterview } from "../factories/student-records";
import { createUser } from "../factories/users";
import { expectNotFound } from "../support/next-errors";

const DAY = 86_400_000;

/** A student with one interview held ten days ago and no thank-you: flagged "thank-you overdue" today. */
async function flaggedStudent(cohortId: string, name: string) {
  const student = await createUser({ role: "student", name });
  await enrolStudent(cohortId, student.id);
  const contact = await createContact(student.id);
  await createInterview(student.id, contact.id, {
    status: "completed",
    startsAt: new Date(Date.now() - 10 * DAY),
    timeZone: "UTC",
  });
  return student;
}

async function arrange() {
  const advisor = await createUser({ role: "advisor", name: "Avery Advisor" });
  const cohort = await createCohort();
  await assignAdvisor(cohort.id, advisor.id);
  const ana = await flaggedStudent(cohort.id, "Ana Lima");
  const ben = await flaggedStudent(cohort.id, "Ben Okoro");
  const otherCohort = await createCohort();
  const outsider = await flaggedStudent(otherCohort.id, "Olu Other");
  return { advisor, cohort, ana, ben, otherCohort, outsider };
}

const mailsTo = (email: string) =>
  getDb().select().from(mailboxMessages).where(eq(mailboxMessages.to, email));

const nudgesOf = (studentId: string) => getDb().select().from(nudges).where(eq(nudges.studentId, studentId));

function input(cohortId: string, studentIds: string[], creationKey = randomUUID()) {
  return {
    cohortId,
    recipients: studentIds.map((studentId) => ({ studentId, reason: "thank-you-overdue" as const })),
    message: "Hi {name}, I noticed {reason}.",
    creationKey,
  };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("nudging students", () => {
  it("mails each student their own message, shows it on their home and records who, when and why", async () => {
    const { advisor, cohort, ana, ben } = await arrange();
    await signInAs(advisor.id);
    const draft = await getNudgeDraft(cohort.id, [ana.id, ben.id], "thank-you-overdue");
    expect(draft.recipients.map((r) => [r.name, r.reason])).toEqual([
      ["Ana Lima", "thank-you-overdue"],
      ["Ben Okoro", "thank-you-overdue"],
    ]);

    const result = await sendNudges(input(cohort.id, [ana.id, ben.id]));
    expect(result).toEqual({ status: "sent", sent: 2, alreadySent: 0, mailFailed: 0 });

    const [mail] = await mailsTo(ana.email);
    expect(mail?.subject).toBe("A note from Avery Advisor on Fieldnotes");
    expect(mail?.text).toContain(
      "Hi Ana, I noticed a thank-you note after one of your interviews is overdue.",
    );
    expect(await mailsTo(ben.email)).toHaveLength(1);
    expect((await nudgesOf(ana.id))[0]).toMatchObject({
      advisorId: advisor.id,
      cohortId: cohort.id,
      reason: "thank-you-overdue",
      mailStatus: "sent",
    });
    const audit = await getDb()
      .select({ action: auditEvents.action, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectUserId, ben.id), eq(auditEvents.action, "student.nudge")));
    expect(audit).toEqual([{ action: "student.nudge", actorId: advisor.id }]);

    const dashboard = await getCohortDashboard(cohort.id, DEFAULT_DASHBOARD_VIEW, 1);
    expect(dashboard.rows.find((r) => r.studentId === ana.id)?.lastNudgedAtMs).toBeGreaterThan(
      Date.now() - DAY,
    );

    await signInAs(ana.id);
    const home = await listMyNudges();
    expect(home.map((n) => [n.advisorName, n.body])).toEqual([
      ["Avery Advisor", "Hi Ana, I noticed a thank-you note after one of your interviews is overdue."],
    ]);
  });

  it("sends nothing twice for the same form, however often it is submitted", async () => {
    const { advisor, cohort, ana, ben } = await arrange();
    await signInAs(advisor.id);
    const once = input(cohort.id, [ana.id, ben.id]);
    const [first, second] = await Promise.all([sendNudges(once), sendNudges(once)]);
    expect([first, second].map((r) => (r.status === "sent" ? r.sent : -1)).sort()).toEqual([0, 2]);
    expect(await sendNudges(once)).toEqual({ status: "sent", sent: 0, alreadySent: 2, mailFailed: 0 });
    expect(await nudgesOf(ana.id)).toHaveLength(1);
    expect(await mailsTo(ana.email)).toHaveLength(1);
    expect(await mailsTo(ben.email)).toHaveLength(1);

    // Through the form's action too: the same key again answers "already sent".
    const fields = {
      cohortId: cohort.id,
      recipients: `${ana.id}:thank-you-overdue`,
      message: "Hello {name}",
      creationKey: once.creationKey,
    };
    const state = await sendNudgesAction(initialActionState, form(fields));
    expect(state.status).toBe("success");
    expect(state.values.result).toMatch(/Already sent/);
    expect(await mailsTo(ana.email)).toHaveLength(1);
  });

  it("keeps an empty message with the form and sends nothing", async () => {
    const { advisor, cohort, ana } = await arrange();
    await signInAs(advisor.id);
    const fields = {
      cohortId: cohort.id,
      recipients: `${ana.id}:inactive`,
      message: "   ",
      creationKey: randomUUID(),
    };
    const state = await sendNudgesAction(initialActionState, form(fields));
    expect(state.status).toBe("error");
    expect(state.fieldErrors.message).toEqual(["Write a message"]);
    expect(state.values.recipients).toBe(fields.recipients);
    expect(await nudgesOf(ana.id)).toHaveLength(0);
  });

  it("answers 404 for another cohort's student, a cohort not assigned, a student or an admin", async () => {
    const { advisor, cohort, ana, otherCohort, outsider } = await arrange();
    await signInAs(advisor.id);
    // One outsider in the list refuses the whole send: nobody is mailed.
    await expectNotFound(sendNudges(input(cohort.id, [ana.id, outsider.id])));
    await expectNotFound(sendNudges(input(otherCohort.id, [outsider.id])));
    await expectNotFound(sendNudges(input(cohort.id, [randomUUID()])));
    await expectNotFound(getNudgeDraft(cohort.id, [outsider.id], undefined));
    await expectNotFound(
      markAttentionHandled({ cohortId: cohort.id, studentId: outsider.id, reason: "inactive", note: "" }),
    );
    await expectNotFound(getStudentFollowUp(outsider.id));
    expect(await mailsTo(ana.email)).toHaveLength(0);
    expect(await mailsTo(outsider.email)).toHaveLength(0);

    for (const role of ["student", "admin"] as const) {
      const someone = await createUser({ role });
      await signInAs(someone.id);
      await expectNotFound(sendNudges(input(cohort.id, [ana.id])));
      await expectNotFound(
        markAttentionHandled({ cohortId: cohort.id, studentId: ana.id, reason: "inactive", note: "" }),
      );
    }
    expect(await nudgesOf(ana.id)).toHaveLength(0);
    expect(
      await getDb().select().from(attentionHandled).where(eq(attentionHandled.studentId, ana.id)),
    ).toEqual([]);
  });

  it("refuses a send past the hourly allowance without recording or mailing any of it", async () => {
    const { advisor, cohort, ana, ben } = await arrange();
    await signInAs(advisor.id);
    expect(await unsafeTakeNudgeQuota(advisor.id, NUDGES_PER_HOUR - 1)).toBeNull();

    const refused = await sendNudges(input(cohort.id, [ana.id, ben.id]));
    expect(refused).toMatchObject({ status: "rate-limited" });
    expect(await nudgesOf(ana.id)).toHaveLength(0);
    expect(await mailsTo(ben.email)).toHaveLength(0);

    // The refused request gave its points back: one more still fits, and then none.
    expect(await sendNudges(input(cohort.id, [ana.id]))).toMatchObject({ status: "sent", sent: 1 });
    expect(await sendNudges(input(cohort.id, [ben.id]))).toMatchObject({ status: "rate-limited" });
    expect(await mailsTo(ben.email)).toHaveLength(0);

    const other = await createUser({ role: "advisor" });
    await assignAdvisor(cohort.id, other.id);
    await signInAs(other.id);
    expect(await sendNudges(input(cohort.id, [ben.id]))).toMatchObject({ status: "sent", sent: 1 });
  });
});

describe("marking a flag handled", () => {
  it("hides the flag for a week, then shows it again while the condition persists", async () => {
    const { advisor, cohort, ana } = await arrange();
    await signInAs(advisor.id);
    const flagged = async () =>
      (
        await getCohortDashboard(cohort.id, { ...DEFAULT_DASHBOARD_VIEW, reason: "thank-you-overdue" }, 1)
      ).rows.map((r) => r.name);
    expect(await flagged()).toEqual(["Ana Lima", "Ben Okoro"]);

    await markAttentionHandled({
      cohortId: cohort.id,
      studentId: ana.id,
      reason: "thank-you-overdue",
      note: "Talked after class",
    });
    expect(await flagged()).toEqual(["Ben Okoro"]);
    const dashboard = await getCohortDashboard(cohort.id, DEFAULT_DASHBOARD_VIEW, 1);
    expect(dashboard.summary.groups.find((g) => g.kind === "thank-you-overdue")?.count).toBe(1);
    expect(dashboard.rows.find((r) => r.studentId === ana.id)?.handled).toEqual(["thank-you-overdue"]);
    const page = await getStudentFollowUp(ana.id);
    expect(page.flags.map((f) => f.kind)).not.toContain("thank-you-overdue");
    expect(page.handled).toMatchObject([
      { reason: "thank-you-overdue", note: "Talked after class", handledBy: "Avery Advisor" },
    ]);

    // Six days on it is still handled; from seven days on the flag is back, since no thank-you was sent.
    // A minute past each mark: the database's now() has microseconds and the page's clock whole milliseconds,
    // so exactly seven days could still read as a hair under seven when the page runs within the same ms.
    const age = async (days: number) =>
      getDb()
        .update(attentionHandled)
        .set({ handledAt: sql`now() - make_interval(days => ${days}, mins => 1)` })
        .where(eq(attentionHandled.studentId, ana.id));
    await age(6);
    expect(await flagged()).toEqual(["Ben Okoro"]);
    await age(7);
    expect(await flagged()).toEqual(["Ana Lima", "Ben Okoro"]);
    expect((await getStudentFollowUp(ana.id)).handled).toEqual([]);

    const audit = await getDb()
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectUserId, ana.id), eq(auditEvents.action, "attention.handled")));
    expect(audit).toEqual([{ action: "attention.handled", details: { reason: "thank-you-overdue" } }]);
  });
});
