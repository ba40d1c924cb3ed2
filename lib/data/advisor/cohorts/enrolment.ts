import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, desc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohortJoinCodes, cohorts, cohortStudents, invites, users } from "@/db/schema/index";
import { can } from "@/lib/auth/permissions";
import { requestSignInLink, type SignInLinkOutcome } from "@/lib/auth/request-sign-in-link";
import type { Role } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/session";
import { renderCohortInviteEmail } from "@/lib/email/cohort-invite-email";
import { sendMail } from "@/lib/email/send-mail";
import { getEnv } from "@/lib/env";
import { parseRosterCsv } from "@/lib/domain/roster-csv";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from "@/lib/validation/cohort";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { requireEditableCohort } from "@/lib/data/advisor/cohorts/editable-cohort";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long an invite from a roster upload lets its address sign in. */
export const ROSTER_INVITE_DAYS = 30;
/** How long an invite opened from the join page lasts: long enough to find the mail, no longer. */
const JOIN_INVITE_MS = DAY_MS;

/** The public link that carries a join code, always on the configured origin (never the request's Host). */
export function joinLinkFor(code: string): string {
  return new URL(`/join/${code}`, getEnv().APP_URL).toString();
}

// ---------------------------------------------------------------------------------------------------------
// Join codes, for the cohort's advisor

export type JoinCodeSummary = {
  id: string;
  code: string;
  link: string;
  createdAt: Date;
  expiresAt: Date;
  createdByName: string | null;
};

/** A new join code for the cohort, valid for `expiresInDays` days. */
export async function createJoinCode(
  cohortId: string,
  input: { expiresInDays: number },
): Promise<JoinCodeSummary> {
  const { advisor, cohort } = await requireEditableCohort(cohortId);
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  // 31^8 codes: a collision is very unlikely, and retried if it happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await getDb()
      .insert(cohortJoinCodes)
      .values({ cohortId: cohort.id, code: newJoinCode(), createdById: advisor.id, expiresAt })
      .onConflictDoNothing({ target: cohortJoinCodes.code })
      .returning({
        id: cohortJoinCodes.id,
        code: cohortJoinCodes.code,
        createdAt: cohortJoinCodes.createdAt,
        expiresAt: cohortJoinCodes.expiresAt,
      });
    if (row) return { ...row, link: joinLinkFor(row.code), createdByName: advisor.name ?? advisor.email };
  }
  throw new Error("Could not find an unused join code");
}

/** The cohort's codes that still work: neither expired nor revoked. Newest first. */
export async function listActiveJoinCodes(cohortId: string): Promise<JoinCodeSummary[]> {
  const { cohort } = await requireAssignedCohort(cohortId);
  const rows = await getDb()
    .select({
      id: cohortJoinCodes.id,
      code: cohortJoinCodes.code,
      createdAt: cohortJoinCodes.createdAt,
      expiresAt: cohortJoinCodes.expiresAt,
      createdByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(cohortJoinCodes)
    .leftJoin(users, eq(users.id, cohortJoinCodes.createdById))
    .where(
      and(
        eq(cohortJoinCodes.cohortId, cohort.id),
        isNull(cohortJoinCodes.revokedAt),
        gt(cohortJoinCodes.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(cohortJoinCodes.createdAt));
  return rows.map((row) => ({ ...row, link: joinLinkFor(row.code) }));
}

/** Stops a code working at once. Revoking twice is harmless; another cohort's code answers 404. */
export async function revokeJoinCode(cohortId: string, joinCodeId: string): Promise<void> {
  const { cohort } = await requireEditableCohort(cohortId);
  const [row] = await getDb()
    .update(cohortJoinCodes)
    .set({ revokedAt: sql`coalesce(${cohortJoinCodes.revokedAt}, now())` })
    .where(and(eq(cohortJoinCodes.id, joinCodeId), eq(cohortJoinCodes.cohortId, cohort.id)))
    .returning({ id: cohortJoinCodes.id });
  if (!row) notFound();
}

function newJoinCode(): string {
  // randomInt draws uniformly (no modulo bias) from a cryptographic source.
  return Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)],
  ).join("");
}

// ---------------------------------------------------------------------------------------------------------
// The public join page. The code is the only capability: anyone holding a working code may see the cohort's
// name and ask to join; joining itself still needs a verified sign-in as a student.

type OpenCode = { code: string; cohortId: string; cohortName: string; expiresAt: Date };

async function findOpenCode(raw: string): Promise<OpenCode | null> {
  const code = normaliseJoinCode(raw);
  if (!code) return null;
  const [row] = await getDb()
    .select({
      code: cohortJoinCodes.code,
      cohortId: cohorts.id,
      cohortName: cohorts.name,
      expiresAt: cohortJoinCodes.expiresAt,
    })
    .from(cohortJoinCodes)
    .innerJoin(cohorts, and(eq(cohorts.id, cohortJoinCodes.cohortId), isNull(cohorts.archivedAt)))
    .where(
      and(
        eq(cohortJoinCodes.code, code),
        isNull(cohortJoinCodes.revokedAt),
        gt(cohortJoinCodes.expiresAt, sql`now()`),
      ),
    );
  return row ?? null;
}

export type JoinPageView =
  | { kind: "invalid" }
  | { kind: "signed-out"; code: string; cohortName: string }
  | { kind: "student"; code: string; cohortName: string; enrolled: boolean }
  | { kind: "staff"; cohortName: string; role: Exclude<Role, "student"> };

/**
 * What the join page shows this visitor. A missing, expired or revoked code, or an archived cohort, all
 * look the same: nobody learns which codes once existed.
 */
export async function getJoinPage(rawCode: string): Promise<JoinPageView> {
  const open = await findOpenCode(rawCode);
  if (!open) return { kind: "invalid" };
  const viewer = await getViewer();
  if (!viewer) return { kind: "signed-out", code: open.code, cohortName: open.cohortName };
  if (viewer.role !== "student") return { kind: "staff", cohortName: open.cohortName, role: viewer.role };
  const [enrolment] = await getDb()
    .select({ cohortId: cohortStudents.cohortId })
    .from(cohortStudents)
    .where(and(eq(cohortStudents.cohortId, open.cohortId), eq(cohortStudents.studentId, viewer.id)));
  return { kind: "student", code: open.code, cohortName: open.cohortName, enrolled: Boolean(enrolment) };
}

export type JoinResult =
  | { status: "joined" | "already-enrolled"; cohortName: string }
  | { status: "invalid" | "signed-out" | "not-a-student" };

/** Enrols the signed-in student through a working code. Joining twice is one enrolment. */
export async function joinCohortWithCode(rawCode: string): Promise<JoinResult> {
  const open = await findOpenCode(rawCode);
  if (!open) return { status: "invalid" };
  const viewer = await getViewer();
  if (!viewer) return { status: "signed-out" };
  if (!can(viewer.role, "own-records:manage")) return { status: "not-a-student" };
  const inserted = await getDb()
    .insert(cohortStudents)
    .values({ cohortId: open.cohortId, studentId: viewer.id })
    .onConflictDoNothing()
    .returning({ cohortId: cohortStudents.cohortId });
  return { status: inserted.length > 0 ? "joined" : "already-enrolled", cohortName: open.cohortName };
}

/**
 * A visitor without a session asks to join: the code is checked again, an address without an account gets
 * an open student invite to the cohort (applied by the createUser event at first sign-in), and a normal
 * sign-in link is requested with the join page as its destination. Rate limits and the neutral answer are
 * those of the sign-in page; an address that already has an account gets no invite and, once signed in,
 * presses Join itself.
 */
export async function requestJoinSignInLink(input: {
  code: string;
  email: string;
  clientIp: string | null;
}): Promise<SignInLinkOutcome | { kind: "invalid" }> {
  const open = await findOpenCode(input.code);
  if (!open) return { kind: "invalid" };
  return requestSignInLink({
    email: input.email,
    callbackPath: `/join/${open.code}`,
    clientIp: input.clientIp,
    beforeEligibility: async () => {
      if (await accountExists(input.email)) return;
      const expiresAt = new Date(Math.min(open.expiresAt.getTime(), Date.now() + JOIN_INVITE_MS));
      await getDb().transaction((tx) =>
        openStudentInvite(tx, {
          email: input.email,
          cohortId: open.cohortId,
          // No inviter: the advisor's list shows it as having come through a join link.
          invitedById: null,
          expiresAt,
        }),
      );
    },
  });
}

async function accountExists(email: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Boolean(row);
}

/**
 * Opens a student invite to the cohort unless one is already open. An expired invite still holds the
 * one-open-invite slot (the unique index cannot know the time), so it is retired first.
 */
async function openStudentInvite(
  tx: Tx,
  input: { email: string; cohortId: string; invitedById: string | null; expiresAt: Date },
): Promise<"created" | "already-open"> {
  const email = input.email.toLowerCase();
  const sameSlot = and(
    eq(sql`lower(${invites.email})`, email),
    eq(invites.cohortId, input.cohortId),
    isNull(invites.acceptedAt),
    isNull(invites.revokedAt),
  );
  await tx
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(sameSlot, lte(invites.expiresAt, sql`now()`)));
  const [row] = await tx
    .insert(invites)
    .values({
      email,
      role: "student",
      cohortId: input.cohortId,
      invitedById: input.invitedById,
      expiresAt: input.expiresAt,
    })
    .onConflictDoNothing()
    .returning({ id: invites.id });
  return row ? "created" : "already-open";
}

// ---------------------------------------------------------------------------------------------------------
// Pending invites of the cohort

export type PendingInvite = {
  id: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  expired: boolean;
  invitedByName: string | null;
};

/** Student invites to the cohort that nobody has used or revoked yet, expired ones included (and marked). */
export async function listPendingInvites(cohortId: string): Promise<PendingInvite[]> {
  const { cohort } = await requireAssignedCohort(cohortId);
  return getDb()
    .select({
      id: invites.id,
      email: invites.email,
      createdAt: invites.createdAt,
      expiresAt: invites.expiresAt,
      expired: sql<boolean>`${invites.expiresAt} <= now()`,
      invitedByName: sql<string | null>`coalesce(${users.name}, ${users.email})`,
    })
    .from(invites)
    .leftJoin(users, eq(users.id, invites.invitedById))
    .where(
      and(
        eq(invites.cohortId, cohort.id),
        eq(invites.role, "student"),
        isNull(invites.acceptedAt),
        isNull(invites.revokedAt),
      ),
    )
    .orderBy(asc(invites.email));
}

/**
 * Withdraws a student invite of the cohort. An invite already used or revoked stays as it is (a second
 * click is harmless); another cohort's invite answers 404.
 */
export async function revokeInvite(cohortId: string, inviteId: string): Promise<void> {
  const { cohort } = await requireEditableCohort(cohortId);
  const ofThisCohort = and(
    eq(invites.id, inviteId),
    eq(invites.cohortId, cohort.id),
    eq(invites.role, "student"),
  );
  const db = getDb();
  const [revoked] = await db
    .update(invites)
    .set({ revokedAt: new Date() })
    .where(and(ofThisCohort, isNull(invites.acceptedAt), isNull(invites.revokedAt)))
    .returning({ id: invites.id });
  if (revoked) return;
  const [exists] = await db.select({ id: invites.id }).from(invites).where(ofThisCohort);
  if (!exists) notFound();
}

// ---------------------------------------------------------------------------------------------------------
// Roster: a CSV of emails, previewed (nothing written), then confirmed

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
      // Expired invites still hold their address's one open slot: retire them (see openStudentInvite).
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
