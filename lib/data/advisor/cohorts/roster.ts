import "server-only";
import Papa from "papaparse";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { cohortStudents, users } from "@/db/schema/index";
import { renderCohortInviteEmail } from "@/lib/email/cohort-invite-email";
import { sendMail } from "@/lib/email/send-mail";
import { getEnv } from "@/lib/env";
import { parseRosterCsv, type RosterRow } from "@/lib/domain/roster-csv";
import { requireEditableCohort } from "@/lib/data/advisor/cohorts/editable-cohort";
import { emailIn, issueInvites, normalisedEmail } from "@/lib/data/internal/invites/invites";
import { lookUpRoster } from "@/lib/data/internal/invites/roster-lookup";
import { inviteExpiresAt } from "@/lib/domain/invites";
import {
  actionableEmails,
  classifyRoster,
  countRosterStatuses,
  type RosterStatus,
} from "@/lib/domain/roster";

// Roster: a CSV of emails (and names, when it has a name column), previewed (nothing written), then confirmed.

export type RosterPreviewStatus = RosterStatus;

export type RosterPreviewRow = {
  line: number;
  raw: string;
  email: string | null;
  name: string | null;
  status: RosterPreviewStatus;
};

export type RosterPreview = {
  rows: RosterPreviewRow[];
  /** Each address that can be acted on, once, in file order. */
  actionable: string[];
  /** What the confirmation posts back: those addresses with their names, as a roster CSV of its own. */
  confirmText: string;
  counts: Record<RosterPreviewStatus, number>;
};

export type RosterPreviewResult = { ok: true; preview: RosterPreview } | { ok: false; message: string };

/** What confirming a roster would do to each row. Reads only: nothing is written. */
export async function previewRoster(cohortId: string, csvText: string): Promise<RosterPreviewResult> {
  const { cohort } = await requireEditableCohort(cohortId);
  const parsed = parseRosterCsv(csvText);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const { accounts, invited } = await lookUpRoster(getDb(), parsed.valid, cohort.id);
  const classified = classifyRoster(parsed.rows, accounts, invited, "invite-or-enrol");
  const rows = classified.map(({ line, raw, email, name, status }): RosterPreviewRow => ({
    line,
    raw,
    email,
    name,
    status,
  }));
  const actionable = actionableEmails(classified);
  return {
    ok: true,
    preview: {
      rows,
      actionable,
      confirmText: confirmationCsv(actionable, rosterNames(parsed.rows)),
      counts: countRosterStatuses(rows),
    },
  };
}

/** Each valid address's name from the file, by address (the first row naming it wins, as for the address). */
function rosterNames(rows: readonly RosterRow[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.status === "ok" && row.email !== null && row.name !== null) names.set(row.email, row.name);
  }
  return names;
}

/** A roster CSV parseRosterCsv reads back to the same addresses and names (it is parsed and decided again). */
function confirmationCsv(emails: readonly string[], names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return emails.join("\n");
  return Papa.unparse({
    fields: ["Email", "Name"],
    data: emails.map((email) => [email, names.get(email) ?? ""]),
  });
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

  const outcome = await getDb().transaction(async (tx) => {
    const { accounts, invited: alreadyInvited } = await lookUpRoster(tx, parsed.valid, cohort.id);
    const classified = classifyRoster(parsed.rows, accounts, alreadyInvited, "invite-or-enrol");
    const withStatus = (status: RosterStatus) =>
      classified.flatMap((row) => (row.status === status && row.email !== null ? [row.email] : []));
    const names = rosterNames(parsed.rows);
    const toInvite = withStatus("invite");
    const enrolling = withStatus("enrol");
    const toEnrol = await studentIdsFor(tx, enrolling);
    const enrolled =
      toEnrol.length === 0
        ? []
        : await tx
            .insert(cohortStudents)
            .values(toEnrol.map((studentId) => ({ cohortId: cohort.id, studentId })))
            .onConflictDoNothing()
            .returning({ studentId: cohortStudents.studentId });
    await nameUnnamedStudents(tx, enrolling, names);
    // An expired invite to the cohort is renewed; one still open means the address is already invited.
    const issued = await issueInvites(tx, {
      emails: toInvite,
      role: "student",
      cohortId: cohort.id,
      invitedById: advisor.id,
      expiresAt: inviteExpiresAt("roster"),
      renewOpen: false,
      names,
    });
    const invited = [...issued.created, ...issued.renewed].map((row) => row.email);
    const tally = (status: RosterStatus) => classified.filter((row) => row.status === status).length;
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
        malformed: tally("malformed"),
        duplicates: tally("duplicate-in-file"),
      },
    };
  });

  const mail = options.mailInvitees
    ? await mailInvitations(outcome.invited, cohort.name, advisor.name ?? advisor.email)
    : { mailed: 0, mailFailed: 0 };
  return { ok: true, result: { ...outcome.counts, ...mail } };
}

type Db = ReturnType<typeof getDb> | Transaction;

async function studentIdsFor(db: Db, emails: string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(emailIn(users.email, emails), eq(users.role, "student"), eq(users.active, true)));
  return rows.map((row) => row.id);
}

/**
 * The roster's names for the students being enrolled who have none yet (they signed in by email and never
 * gave one). A name the student chose is never overwritten.
 */
async function nameUnnamedStudents(db: Db, emails: readonly string[], names: ReadonlyMap<string, string>) {
  const named = emails.flatMap((email) => {
    const name = names.get(email);
    return name === undefined ? [] : [{ email, name }];
  });
  if (named.length === 0) return;
  const cases = named.map(({ email, name }) => sql`when ${email} then ${name}`);
  await db
    .update(users)
    .set({
      name: sql`case ${normalisedEmail(users.email)} ${sql.join(cases, sql` `)} else ${users.name} end`,
      updatedAt: new Date(),
    })
    .where(
      and(
        emailIn(
          users.email,
          named.map((n) => n.email),
        ),
        eq(users.role, "student"),
        eq(users.active, true),
        or(isNull(users.name), sql`trim(${users.name}) = ''`),
      ),
    );
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
