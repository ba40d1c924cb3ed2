import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attentionHandled, cohortStudents, cohorts, nudges, users } from "@/db/schema/index";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { buildCohortDashboard, withoutHandled } from "@/lib/domain/cohort-dashboard";
import { ATTENTION_KIND_LABEL, needsAttention, type AttentionKind } from "@/lib/domain/needs-attention";
import {
  greetingName,
  HANDLED_HIDES_MS,
  mergeNudge,
  nudgeTemplate,
  type NudgeReason,
} from "@/lib/domain/nudge-rules";
import { studentDisplayName } from "@/lib/domain/student-progress";
import { renderNudgeEmail } from "@/lib/email/nudge-email";
import { sendMail } from "@/lib/email/send-mail";
import { getEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import type { HandledInput, NudgeInput } from "@/lib/validation/nudge";
import { requireAssignedCohort, unsafeFindAccessBasis } from "@/lib/data/advisor/access";
import { recordAudit } from "@/lib/data/internal/audit";
import { loadCohortFacts, loadCohortGoals } from "@/lib/data/internal/cohort-facts";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import { unsafeTakeNudgeQuota } from "@/lib/data/internal/nudge-quota";
import { loadCohortFollowUps } from "@/lib/data/internal/nudge-records";

// Closing the loop on a flag: a nudge (a short message, mailed and shown on the student's home) or a note
// that the advisor handled it. Both act in one cohort: the advisor must be assigned to it and every student
// enrolled in it; anything else answers 404, exactly like a student who does not exist.

/** The cohort, if the signed-in advisor may nudge in it, and which of `studentIds` are enrolled there. */
async function requireNudgeScope(cohortId: string, studentIds: readonly string[]) {
  await requirePermission("students:nudge-in-assigned-cohorts");
  const { advisor, cohort } = await requireAssignedCohort(cohortId);
  const ids = [...new Set(studentIds)];
  const enrolled = await getDb()
    .select({ id: users.id, name: users.name, email: users.email })
    .from(cohortStudents)
    .innerJoin(users, eq(users.id, cohortStudents.studentId))
    .where(and(eq(cohortStudents.cohortId, cohort.id), inArray(cohortStudents.studentId, ids)));
  if (ids.length === 0 || enrolled.length !== ids.length) notFound();
  return { advisor, cohort, students: new Map(enrolled.map((s) => [s.id, s])) };
}

export type NudgeRecipient = {
  studentId: string;
  name: string;
  /** What {name} becomes in this student's message. */
  greeting: string;
  reason: NudgeReason;
  /** Why, as the advisor reads it: the flag's sentence, or that there is none. */
  why: string;
};

export type NudgeDraft = {
  cohort: { id: string; name: string };
  template: string;
  recipients: NudgeRecipient[];
};

/**
 * The compose page: each student with the reason to nudge them about (`reason` when they have that flag,
 * else their most urgent one, else a plain check-in) and the template to start from.
 */
export async function getNudgeDraft(
  cohortId: string,
  studentIds: readonly string[],
  reason: NudgeReason | undefined,
  now = new Date(),
): Promise<NudgeDraft> {
  const { advisor, cohort, students } = await requireNudgeScope(cohortId, studentIds);
  const [goals, settings, facts, followUps] = await Promise.all([
    loadCohortGoals(cohort.id),
    loadInstanceSettings(),
    loadCohortFacts(cohort.id, cohort.startsOn),
    loadCohortFollowUps(cohort.id),
  ]);
  const { rows } = buildCohortDashboard(
    facts.students.filter((s) => students.has(s.studentId)),
    { goals, startsOn: cohort.startsOn, rules: { thankYouOverdueDays: settings.thankYou.overdueDays } },
    now,
    followUps,
  );
  const byId = new Map(rows.map((row) => [row.studentId, row]));
  const recipients = [...students.values()].map((student): NudgeRecipient => {
    const flags = byId.get(student.id)?.attention ?? [];
    const flag = flags.find((f) => f.kind === reason) ?? flags[0];
    return {
      studentId: student.id,
      name: studentDisplayName(student),
      greeting: greetingName(student.name, student.email),
      reason: flag?.kind ?? "check-in",
      why: flag?.text ?? "No flag right now: a check-in.",
    };
  });
  recipients.sort((a, b) => a.name.localeCompare(b.name));
  return {
    cohort: { id: cohort.id, name: cohort.name },
    template: nudgeTemplate(advisor.name ?? advisor.email),
    recipients,
  };
}

export type SendNudgesResult =
  | { status: "sent"; sent: number; alreadySent: number; mailFailed: number }
  | { status: "rate-limited"; retryAfterSeconds: number };

/**
 * Records one nudge per student and mails each the message with their name and reason merged in.
 * Exactly once per form: the rows sit under the form's creation key per advisor and student, so a double
 * click or a resubmit finds them and sends nothing more. Only new nudges count against the hourly allowance
 * (nudge-quota.ts); each is audited ("student.nudge"). A mail server that fails leaves the nudge recorded and
 * on the student's home, marked `failed`.
 */
export async function sendNudges(input: NudgeInput): Promise<SendNudgesResult> {
  const { advisor, cohort, students } = await requireNudgeScope(
    input.cohortId,
    input.recipients.map((r) => r.studentId),
  );
  const db = getDb();
  const earlier = await db
    .select({ studentId: nudges.studentId })
    .from(nudges)
    .where(
      and(
        eq(nudges.advisorId, advisor.id),
        eq(nudges.creationKey, input.creationKey),
        inArray(
          nudges.studentId,
          input.recipients.map((r) => r.studentId),
        ),
      ),
    );
  const done = new Set(earlier.map((row) => row.studentId));
  const fresh = [...new Map(input.recipients.map((r) => [r.studentId, r])).values()].filter(
    (r) => !done.has(r.studentId),
  );
  if (fresh.length === 0) return { status: "sent", sent: 0, alreadySent: done.size, mailFailed: 0 };

  const wait = await unsafeTakeNudgeQuota(advisor.id, fresh.length);
  if (wait !== null) return { status: "rate-limited", retryAfterSeconds: wait };

  const inserted = await db
    .insert(nudges)
    .values(
      fresh.map((r) => {
        const student = students.get(r.studentId)!;
        return {
          studentId: r.studentId,
          cohortId: cohort.id,
          advisorId: advisor.id,
          reason: r.reason,
          body: mergeNudge(input.message, {
            name: greetingName(student.name, student.email),
            reason: r.reason,
          }),
          creationKey: input.creationKey,
        };
      }),
    )
    .onConflictDoNothing({
      target: [nudges.advisorId, nudges.studentId, nudges.creationKey],
      where: sql`${nudges.creationKey} is not null`,
    })
    .returning({ id: nudges.id, studentId: nudges.studentId, reason: nudges.reason, body: nudges.body });
  await recordAudit(
    advisor,
    inserted.map((n) => ({
      action: "student.nudge" as const,
      subjectUserId: n.studentId,
      basisCohortId: cohort.id,
      details: { nudgeId: n.id, reason: n.reason },
    })),
  );

  const advisorName = advisor.name ?? advisor.email;
  const homeUrl = new URL("/home", getEnv().APP_URL).toString();
  let mailFailed = 0;
  for (const nudge of inserted) {
    const email = students.get(nudge.studentId)!.email;
    let status: "sent" | "failed" = "sent";
    try {
      const mail = await renderNudgeEmail({
        advisorName,
        cohortName: cohort.name,
        body: nudge.body,
        homeUrl,
        email,
      });
      await sendMail({ to: email, ...mail, headers: { "Reply-To": advisor.email } });
    } catch (error) {
      status = "failed";
      mailFailed += 1;
      console.error("nudge mail failed", error);
    }
    await db.update(nudges).set({ mailStatus: status }).where(eq(nudges.id, nudge.id));
  }
  return {
    status: "sent",
    sent: inserted.length,
    alreadySent: done.size + fresh.length - inserted.length,
    mailFailed,
  };
}

/**
 * Marks one of a student's flags handled, with the advisor's note: the dashboard hides it for a week, then
 * shows it again if it still applies. Audited ("attention.handled"), the note left out of the audit row.
 */
export async function markAttentionHandled(input: HandledInput): Promise<void> {
  const { advisor, cohort } = await requireNudgeScope(input.cohortId, [input.studentId]);
  await getDb().insert(attentionHandled).values({
    studentId: input.studentId,
    cohortId: cohort.id,
    reason: input.reason,
    note: input.note,
    handledById: advisor.id,
  });
  await recordAudit(advisor, [
    {
      action: "attention.handled",
      subjectUserId: input.studentId,
      basisCohortId: cohort.id,
      details: { reason: input.reason },
    },
  ]);
}

export type HandledFlag = {
  reason: AttentionKind;
  label: string;
  note: string;
  handledBy: string | null;
  handledAt: Date;
  /** From when the flag shows again if its condition still holds. */
  showsAgainAt: Date;
};

export type NudgeSummary = {
  id: string;
  reason: NudgeReason;
  body: string;
  advisorName: string | null;
  createdAt: Date;
  mailStatus: "pending" | "sent" | "failed";
};

export type StudentFollowUpView = {
  cohortId: string;
  /** Whether the viewer may nudge and mark flags handled (the UI hides the controls otherwise). */
  canAct: boolean;
  /** The flags that apply now and are not hidden as handled, most urgent first. */
  flags: ReturnType<typeof needsAttention>;
  /** Flags that apply but an advisor marked handled less than a week ago. */
  handled: HandledFlag[];
  /** Newest first, at most 20. */
  nudges: NudgeSummary[];
};

/**
 * The student page's "Needs attention" and "Nudges": the flags judged exactly as on the dashboard of the
 * cohort through which the advisor sees the student. The page itself wrote the audit row
 * (getAdvisorStudentView), so this one checks access without writing another.
 */
export async function getStudentFollowUp(studentId: string, now = new Date()): Promise<StudentFollowUpView> {
  const advisor = await requirePermission("students:view-in-assigned-cohorts");
  const cohortId = await unsafeFindAccessBasis(advisor.id, studentId);
  if (!cohortId) notFound();
  const db = getDb();
  const [[cohort], goals, settings, facts, followUps, handledRows, nudgeRows] = await Promise.all([
    db.select({ startsOn: cohorts.startsOn }).from(cohorts).where(eq(cohorts.id, cohortId)),
    loadCohortGoals(cohortId),
    loadInstanceSettings(),
    loadCohortFacts(cohortId, "9999-12-31", { studentId }),
    loadCohortFollowUps(cohortId, { studentId }),
    db
      .selectDistinctOn([attentionHandled.reason], {
        reason: attentionHandled.reason,
        note: attentionHandled.note,
        handledAt: attentionHandled.handledAt,
        handledBy: users.name,
      })
      .from(attentionHandled)
      .leftJoin(users, eq(users.id, attentionHandled.handledById))
      .where(and(eq(attentionHandled.cohortId, cohortId), eq(attentionHandled.studentId, studentId)))
      .orderBy(attentionHandled.reason, desc(attentionHandled.handledAt)),
    db
      .select({
        id: nudges.id,
        reason: nudges.reason,
        body: nudges.body,
        advisorName: users.name,
        createdAt: nudges.createdAt,
        mailStatus: nudges.mailStatus,
      })
      .from(nudges)
      .leftJoin(users, eq(users.id, nudges.advisorId))
      .where(and(eq(nudges.cohortId, cohortId), eq(nudges.studentId, studentId)))
      .orderBy(desc(nudges.createdAt), desc(nudges.id))
      .limit(20),
  ]);
  const student = facts.students[0];
  if (!cohort || !student) notFound();
  const all = needsAttention(student, goals, now, {
    thankYouOverdueDays: settings.thankYou.overdueDays,
    termStartsOn: cohort.startsOn,
  });
  const { attention, handled } = withoutHandled(all, followUps.get(studentId), now.getTime());
  return {
    cohortId,
    canAct: can(advisor.role, "students:nudge-in-assigned-cohorts"),
    flags: attention,
    handled: handledRows
      .filter((row) => handled.includes(row.reason))
      .map((row) => ({
        reason: row.reason,
        label: ATTENTION_KIND_LABEL[row.reason],
        note: row.note,
        handledBy: row.handledBy,
        handledAt: row.handledAt,
        showsAgainAt: new Date(row.handledAt.getTime() + HANDLED_HIDES_MS),
      })),
    nudges: nudgeRows,
  };
}
