import "server-only";
import { and, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cohortStudents, invites, users } from "@/db/schema/index";
import { renderCohortInviteEmail } from "@/lib/email/cohort-invite-email";
import { sendMail } from "@/lib/email/send-mail";
import { getEnv } from "@/lib/env";
import { parseRosterCsv } from "@/lib/domain/roster-csv";
import { requireEditableCohort } from "@/lib/data/advisor/cohorts/editable-cohort";

// Roster: a CSV of emails, previewed (nothing written), then confirmed.

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an invite from a roster upload lets its address sign in. */
export const ROSTER_INVITE_DAYS = 30;

export type RosterPreviewStatus =
  | "invite"
  | "enrol"
  | "already-enrolled"
  | "already-invited"
  | "not-a-student"
  | "inactive"
  | "malformed"
  | "duplicate-in-file";

export type RosterPreviewRow = {
  line: number;
  raw: string;
  email: string | null;
  status: RosterPreviewStatus;
};

export type RosterPreview = {
  rows: RosterPreviewRow[];
  /** Each address that can be acted on, once, in file order: what the confirmation posts back. */
  actionable: string[];
  counts: Record<RosterPreviewStatus, number>;
};

export type RosterPreviewResult = { ok: true; preview: RosterPreview } | { ok: false; message: string };

/** What confirming a roster would do to each row. Reads only: nothing is written. */
export async function previewRoster(cohortId: string, csvText: string): Promise<RosterPreviewResult> {
  const { cohort } = await requireEditableCohort(cohortId);
  const parsed = parseRosterCsv(csvText);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const standing = await rosterStanding(getDb(), cohort.id, parsed.valid);
  const rows = parsed.rows.map((row): RosterPreviewRow => {
    if (row.status !== "ok") return { ...row, status: row.status };
    return { ...row, status: standing.get(row.email ?? "") ?? "invite" };
  });
  const actionable = parsed.valid.filter((email) => {
    const status = standing.get(email) ?? "invite";
    return status === "invite" || status === "enrol";
  });
  return { ok: true, preview: { rows, actionable, counts: countStatuses(rows) } };
}

export type RosterImportResult = {
  invited: number;
  enrolled: number;
  alreadyEnrolled: number;
  alreadyInvited: number;
  notAStudent: number;
  inactive: number;
  malformed: number;
  duplicates: number;
  /** Invitations mailed, and those the mail server refused (the invites stand either way). */
  mailed: number;
  mailFailed: number;
};

/**
 * Confirms a roster: addresses without an account get a student invite to the cohort, active students are
 * enrolled at once. Everything else (already enrolled or invited, staff, deactivated, malformed, repeated)
 * is counted and left alone. Each row is decided again here, not taken from the preview.
 */
export async function importRoster(
  cohortId: string,
  csvText: string,
  options: { mailInvitees: boolean },
): Promise<{ ok: true; result: RosterImportResult } | { ok: false; message: string }> {
  const { advisor, cohort } = await requireEditableCohort(cohortId);
  const parsed = parseRosterCsv(csvText);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const expiresAt = new Date(Date.now() + ROSTER_INVITE_DAYS * DAY_MS);

  const outcome = await getDb().transaction(async (tx) => {
    const standing = await rosterStanding(tx, cohort.id, parsed.valid);
    const toInvite = parsed.valid.filter((email) => !standing.has(email));
    const toEnrol = await studentIdsFor(
      tx,
      parsed.valid.filter((email) => standing.get(email) === "enrol"),
    );
    const enrolled =
      toEnrol.length === 0
        ? []
        : await tx
            .insert(cohortStudents)
            .values(toEnrol.map((studentId) => ({ cohortId: cohort.id, studentId })))
            .onConflictDoNothing()
            .returning({ studentId: cohortStudents.studentId });
    let invited: string[] = [];
    if (toInvite.length > 0) {
      // Expired invites still hold their address's one open slot: retire them (see openStudentInvite in lib/data/join/join-cohort.ts).
      await tx
        .update(invites)
        .set({ revokedAt: new Date() })
        .where(
          and(
            inArray(sql`lower(${invites.email})`, toInvite),
            eq(invites.cohortId, cohort.id),
            isNull(invites.acceptedAt),
            isNull(invites.revokedAt),
            lte(invites.expiresAt, sql`now()`),
          ),
        );
      const rows = await tx
        .insert(invites)
        .values(
          toInvite.map((email) => ({
            email,
            role: "student" as const,
            cohortId: cohort.id,
            invitedById: advisor.id,
            expiresAt,
          })),
        )
        .onConflictDoNothing()
        .returning({ email: invites.email });
      invited = rows.map((row) => row.email);
    }
    const statuses = [...standing.values()];
    const tally = (status: RosterPreviewStatus) => statuses.filter((s) => s === status).length;
    return {
      invited,
      counts: {
        invited: invited.length,
        enrolled: enrolled.length,
        // A race with another upload or a join link lands here rather than failing the roster.
        alreadyEnrolled: tally("already-enrolled") + (toEnrol.length - enrolled.length),
        alreadyInvited: tally("already-invited") + (toInvite.length - invited.length),
        notAStudent: tally("not-a-student"),
        inactive: tally("inactive"),
        malformed: parsed.rows.filter((r) => r.status === "malformed").length,
        duplicates: parsed.rows.filter((r) => r.status === "duplicate-in-file").length,
      },
    };
  });

  const mail = options.mailInvitees
    ? await mailInvitations(outcome.invited, cohort.name, advisor.name ?? advisor.email)
    : { mailed: 0, mailFailed: 0 };
  return { ok: true, result: { ...outcome.counts, ...mail } };
}

type Db = ReturnType<typeof getDb> | Tx;

/**
 * Where each address stands against the cohort, for every address that would not simply be invited.
 * Three queries whatever the roster's length.
 */
async function rosterStanding(
  db: Db,
  cohortId: string,
  emails: string[],
): Promise<Map<string, RosterPreviewStatus>> {
  const standing = new Map<string, RosterPreviewStatus>();
  if (emails.length === 0) return standing;
  const accounts = await db
    .select({
      email: sql<string>`lower(${users.email})`,
      role: users.role,
      active: users.active,
      enrolled: sql<boolean>`${cohortStudents.studentId} is not null`,
    })
    .from(users)
    .leftJoin(
      cohortStudents,
      and(eq(cohortStudents.studentId, users.id), eq(cohortStudents.cohortId, cohortId)),
    )
    .where(inArray(sql`lower(${users.email})`, emails));
  for (const account of accounts) {
    standing.set(
      account.email,
      account.enrolled
        ? "already-enrolled"
        : !account.active
          ? "inactive"
          : account.role !== "student"
            ? "not-a-student"
            : "enrol",
    );
  }
  const openInvites = await db
    .select({ email: sql<string>`lower(${invites.email})` })
    .from(invites)
    .where(
      and(
        inArray(sql`lower(${invites.email})`, emails),
        eq(invites.cohortId, cohortId),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
        gt(invites.expiresAt, sql`now()`),
      ),
    );
  for (const invite of openInvites) {
    if (!standing.has(invite.email)) standing.set(invite.email, "already-invited");
  }
  return standing;
}

async function studentIdsFor(db: Db, emails: string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(inArray(sql`lower(${users.email})`, emails), eq(users.role, "student"), eq(users.active, true)),
    );
  return rows.map((row) => row.id);
}

function countStatuses(rows: RosterPreviewRow[]): Record<RosterPreviewStatus, number> {
  const counts: Record<RosterPreviewStatus, number> = {
    invite: 0,
    enrol: 0,
    "already-enrolled": 0,
    "already-invited": 0,
    "not-a-student": 0,
    inactive: 0,
    malformed: 0,
    "duplicate-in-file": 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** A few at a time: a slow mail server slows the roster down, it doesn't hold hundreds of connections. */
const MAIL_CONCURRENCY = 4;

async function mailInvitations(emails: string[], cohortName: string, advisorName: string) {
  const signInUrl = new URL("/sign-in?callbackUrl=%2Fhome", getEnv().APP_URL).toString();
  let mailed = 0;
  let mailFailed = 0;
  for (let i = 0; i < emails.length; i += MAIL_CONCURRENCY) {
    const batch = emails.slice(i, i + MAIL_CONCURRENCY);
    const results = await Promise.allSettled(
      batch.map(async (email) => {
        const message = await renderCohortInviteEmail({ cohortName, advisorName, signInUrl, email });
        await sendMail({ to: email, ...message });
      }),
    );
    for (const result of results) {
      if (result.status === "fulfilled") mailed += 1;
      else {
        mailFailed += 1;
        console.error("cohort invitation mail failed", result.reason);
      }
    }
  }
  return { mailed, mailFailed };
}
