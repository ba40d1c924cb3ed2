import "server-only";
import { and, asc, eq, gte, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { anyOf } from "@/lib/data/internal/any-of";
import {
  advisorComments,
  cohortAdvisors,
  digestPreferences,
  cohorts,
  contacts,
  interviews,
  users,
} from "@/db/schema/index";
import { buildCohortDashboard } from "@/lib/domain/cohort-dashboard";
import { stepReachedSince, type FunnelInput } from "@/lib/domain/cohort-funnel";
import { buildAdvisorDigest, buildStudentDigest, type Digest } from "@/lib/domain/digest";
import { loadOutcomesRecordedSince } from "@/lib/data/internal/digests/new-outcomes";
import { goalProgress } from "@/lib/domain/goal-progress";
import { calendarDateIn } from "@/lib/domain/time-zone";
import { renderDigestEmail } from "@/lib/email/digest-email";
import { listUnsubscribe } from "@/lib/email/list-unsubscribe";
import { getEnv } from "@/lib/env";
import { loadCohortFacts, loadCohortGoals, loadStepEvidenceBefore } from "@/lib/data/internal/cohort-facts";
import { unsafeLoadDigestPreferences } from "@/lib/data/digests/preferences";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";
import type { ClaimedDigest } from "@/lib/data/internal/digests/queue";
import { loadGoalsOfCohorts, loadStudentActivities } from "@/lib/data/internal/digests/student-batch";

// The weekly digests' content. System code: it runs in the digest worker without a session, so it decides
// from the database, at send time, whether this person still gets this digest and what they may see: an
// inactive account, a digest turned off, or an advisor no longer assigned to a cohort gets nothing of it.
// What it reads is narrow on purpose: names, dates, counts and ids; never notes, messages or contact details.

export type RenderedDigest = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
};

export type DigestRequest = { recipientId: string; kind: "student" | "advisor"; weekStart: string };

const DAY_MS = 86_400_000;

/** The mail for one recipient, kind and week, or null when there is nothing to send (or nobody to send it to). */
export async function renderDigest(input: DigestRequest, now = new Date()): Promise<RenderedDigest | null> {
  return renderFor(input, now, "recipient");
}

/**
 * A batch of claimed digests rendered together, in the claims' order: every student digest in the batch from
 * one set of queries (lib/data/internal/digests/student-batch.ts), advisors one by one (there are few, and
 * each reads whole cohorts). Access is decided here, at send time, exactly as `renderDigest` decides it.
 */
export async function renderDigestBatch(
  claims: readonly Pick<ClaimedDigest, "recipientId" | "kind" | "weekStart">[],
  now = new Date(),
): Promise<(RenderedDigest | null | Error)[]> {
  const studentIds = [...new Set(claims.filter((c) => c.kind === "student").map((c) => c.recipientId))];
  const students = await renderStudentDigests(studentIds, now, "recipient");
  const rendered: (RenderedDigest | null | Error)[] = [];
  for (const claim of claims) {
    if (claim.kind === "student") {
      rendered.push(students.get(claim.recipientId) ?? null);
      continue;
    }
    // One advisor's failure retries that digest only.
    rendered.push(
      await renderDigest(claim, now).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
    );
  }
  return rendered;
}

/**
 * Student digests, many at once or one (renderFor): the only path that builds one, whoever asks. Access is
 * re-checked here: an active student with the digest on; anyone else gets null.
 */
async function renderStudentDigests(
  studentIds: readonly string[],
  now: Date,
  audience: "recipient" | "preview",
): Promise<Map<string, RenderedDigest | null>> {
  const mails = new Map<string, RenderedDigest | null>();
  if (studentIds.length === 0) return mails;
  const db = getDb();
  const ids = [...studentIds];
  const [recipients, preferences, comments] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
      .from(users)
      .where(anyOf(users.id, ids))
      .prepare("batch_digest_recipients")
      .execute(),
    db
      .select({ userId: digestPreferences.userId, studentDigest: digestPreferences.studentDigest })
      .from(digestPreferences)
      .where(anyOf(digestPreferences.userId, ids))
      .prepare("batch_digest_preferences")
      .execute(),
    // Who commented and where: the comment's body is never read.
    db
      .select({
        studentId: advisorComments.studentId,
        authorName: users.name,
        interviewId: interviews.id,
        contactName: contacts.name,
      })
      .from(advisorComments)
      .leftJoin(users, eq(users.id, advisorComments.authorId))
      .leftJoin(
        interviews,
        and(
          eq(interviews.id, advisorComments.interviewId),
          eq(interviews.studentId, advisorComments.studentId),
        ),
      )
      .leftJoin(
        contacts,
        and(eq(contacts.id, interviews.contactId), eq(contacts.studentId, advisorComments.studentId)),
      )
      .where(
        and(
          anyOf(advisorComments.studentId, ids),
          gte(advisorComments.createdAt, new Date(now.getTime() - 7 * DAY_MS)),
        ),
      )
      .orderBy(asc(advisorComments.createdAt))
      .prepare("batch_digest_comments")
      .execute(),
  ]);
  const optedOut = new Set(preferences.filter((p) => !p.studentDigest).map((p) => p.userId));
  // Re-checked at send time: an active student with the digest on; anyone else gets nothing.
  const eligible = recipients.filter((r) => r.active && r.role === "student" && !optedOut.has(r.id));
  const activities = await loadStudentActivities(
    eligible.map((r) => r.id),
    now,
  );
  const goals = await loadGoalsOfCohorts([
    ...new Set([...activities.values()].flatMap((a) => a.cohorts.map((c) => c.id))),
  ]);
  const { APP_URL, AUTH_SECRET } = getEnv();
  for (const recipient of eligible) {
    // Let the event loop in between digests: while a batch renders, the previous batch's mail is on the wire,
    // and its SMTP replies wait for this loop; in one long stretch, every connection stalled until it ended.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const activity = activities.get(recipient.id)!;
    const digest = buildStudentDigest({
      appOrigin: APP_URL,
      studentName: recipient.name ?? recipient.email,
      today: activity.today,
      agenda: activity.agenda.items.filter((i) => i.kind !== "interview"),
      upcomingInterviews: activity.interviews
        .filter(
          (i) =>
            i.status === "scheduled" &&
            i.startsAt.getTime() >= now.getTime() - DAY_MS &&
            i.startsAt.getTime() <= now.getTime() + 9 * DAY_MS,
        )
        .map((i) => ({
          id: i.id,
          contactName: i.contactName,
          organizationName: i.organizationName,
          on: calendarDateIn(i.startsAt, activity.timeZone),
        })),
      goals: activity.cohorts.map((cohort) => ({
        cohortName: cohort.name,
        progress: goalProgress(activity.goalInput, goals.get(cohort.id) ?? [], activity.today),
      })),
      comments: comments
        .filter((c) => c.studentId === recipient.id)
        .map((c) => ({
          authorName: c.authorName,
          interview:
            c.interviewId && c.contactName !== null
              ? { id: c.interviewId, contactName: c.contactName }
              : null,
        })),
    });
    mails.set(
      recipient.id,
      digest
        ? await toMail(digest, recipient, "student", APP_URL, audience === "recipient" ? AUTH_SECRET : null)
        : null,
    );
  }
  return mails;
}

/**
 * The same digest for an admin's preview or test send. Unsafe: it checks nobody (lib/data/admin/digest-preview.ts
 * does). Its unsubscribe link and headers are left out: a test mail to the admin must not carry a link that
 * turns off the previewed person's digest.
 */
export async function unsafeRenderDigestPreview(
  input: DigestRequest,
  now = new Date(),
): Promise<RenderedDigest | null> {
  return renderFor(input, now, "preview");
}

async function renderFor(
  input: DigestRequest,
  now: Date,
  audience: "recipient" | "preview",
): Promise<RenderedDigest | null> {
  if (input.kind === "student") {
    const mails = await renderStudentDigests([input.recipientId], now, audience);
    return mails.get(input.recipientId) ?? null;
  }
  const [recipient] = await getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
    .from(users)
    .where(eq(users.id, input.recipientId));
  if (!recipient || !recipient.active || recipient.role !== "advisor") return null;
  const preferences = await unsafeLoadDigestPreferences(recipient.id);
  if (!preferences.advisorDigest) return null;

  const { APP_URL, AUTH_SECRET } = getEnv();
  const digest = await buildAdvisorDigestFor(
    recipient.id,
    recipient.name ?? recipient.email,
    APP_URL,
    input.weekStart,
    now,
  );
  if (!digest) return null;
  return toMail(digest, recipient, input.kind, APP_URL, audience === "recipient" ? AUTH_SECRET : null);
}

/** The digest as mail: HTML, text and the RFC 8058 unsubscribe headers for this recipient and kind. */
async function toMail(
  digest: Digest,
  recipient: { id: string; email: string },
  kind: "student" | "advisor",
  appUrl: string,
  /** null: no unsubscribe token (a preview); the link goes to the preferences page instead. */
  secret: string | null,
): Promise<RenderedDigest> {
  const preferencesUrl = `${appUrl}/settings/notifications`;
  const unsubscribe = secret ? listUnsubscribe(appUrl, { userId: recipient.id, kind }, secret) : null;
  const unsubscribeUrl = unsubscribe?.url ?? preferencesUrl;
  const { html, text } = await renderDigestEmail({ digest, unsubscribeUrl, preferencesUrl });
  return { to: recipient.email, subject: digest.subject, html, text, headers: unsubscribe?.headers ?? {} };
}

const NO_EVIDENCE: FunnelInput = {
  researchItems: 0,
  contactsIdentified: 0,
  preparationItems: 0,
  pitchWritten: false,
  outreachSent: 0,
  interviewsCompleted: 0,
  thankYousSent: 0,
  followUpsSent: 0,
};

async function buildAdvisorDigestFor(
  advisorId: string,
  advisorName: string,
  appOrigin: string,
  weekStart: string,
  now: Date,
): Promise<Digest | null> {
  // Re-checked at send time: only cohorts the advisor is assigned to now, and not archived.
  const assigned = await getDb()
    .select({ id: cohorts.id, name: cohorts.name, startsOn: cohorts.startsOn })
    .from(cohortAdvisors)
    .innerJoin(cohorts, eq(cohorts.id, cohortAdvisors.cohortId))
    .where(and(eq(cohortAdvisors.advisorId, advisorId), isNull(cohorts.archivedAt)))
    .orderBy(asc(cohorts.name));
  if (assigned.length === 0) return null;

  const settings = await loadInstanceSettings();
  const lastWeekStart = calendarDateIn(new Date(Date.parse(`${weekStart}T00:00:00Z`) - 7 * DAY_MS), "UTC");
  const cohortInputs = await Promise.all(
    assigned.map(async (cohort) => {
      const [goals, facts, evidenceBefore, newOutcomes] = await Promise.all([
        loadCohortGoals(cohort.id),
        // From last week's start, so both weeks' totals are counted, whatever the term's start.
        loadCohortFacts(cohort.id, lastWeekStart),
        loadStepEvidenceBefore(cohort.id, weekStart),
        loadOutcomesRecordedSince(cohort.id, weekStart),
      ]);
      const progressById = new Map(facts.students.map((student) => [student.studentId, student]));
      const dashboard = buildCohortDashboard(
        facts.students,
        { goals, startsOn: cohort.startsOn, rules: { thankYouOverdueDays: settings.thankYou.overdueDays } },
        now,
      );
      const weekCount = (start: string) =>
        facts.weeklyActivity.find((w) => w.weekStart === start)?.count ?? 0;
      return {
        id: cohort.id,
        name: cohort.name,
        students: dashboard.rows.map((row) => ({
          studentId: row.studentId,
          name: row.name,
          lastActivityAt: row.lastActivityAt,
          movedForwardTo: stepReachedSince(
            evidenceBefore.get(row.studentId) ?? NO_EVIDENCE,
            progressById.get(row.studentId)!,
          ),
          attention: row.attention,
        })),
        goals: dashboard.goals,
        activity: { thisWeek: weekCount(weekStart), lastWeek: weekCount(lastWeekStart) },
        newOutcomes,
      };
    }),
  );
  return buildAdvisorDigest({
    appOrigin,
    advisorName,
    today: calendarDateIn(now, "UTC"),
    weekStartsAt: new Date(`${weekStart}T00:00:00Z`),
    cohorts: cohortInputs,
  });
}
