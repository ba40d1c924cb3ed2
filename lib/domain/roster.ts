import type { Role } from "../auth/roles";
import type { RosterRow } from "./roster-csv";

// One roster pipeline for admins and advisors: parseRosterCsv reads the file, lib/data looks up the
// accounts and open invites of its addresses, and this decides what confirming would do to each row.

/**
 * What confirming does with one row. `invite` and `enrol` act; the rest are left alone and counted.
 * - `already-registered`: has an account, and this roster only invites (an admin's).
 * - `enrol`, `already-enrolled`, `not-a-student`, `inactive`: has an account, and this roster enrols
 *   students into its cohort (an advisor's).
 */
export type RosterStatus =
  | "invite"
  | "enrol"
  | "already-enrolled"
  | "already-invited"
  | "already-registered"
  | "not-a-student"
  | "inactive"
  | "malformed"
  | "duplicate-in-file";

/** An admin's roster invites addresses without an account; an advisor's also enrols existing students. */
export type RosterPolicy = "invite-only" | "invite-or-enrol";

export type RosterAccount = { role: Role; active: boolean; enrolled: boolean };

export type ClassifiedRosterRow = Omit<RosterRow, "status"> & {
  status: RosterStatus;
  /** For a row with an account: the role it has. */
  currentRole: Role | null;
};

/** Where one valid address stands. `account` and `invited` are keyed by the normalised address. */
export function rosterStanding(
  account: RosterAccount | undefined,
  invited: boolean,
  policy: RosterPolicy,
): RosterStatus {
  if (account) {
    if (policy === "invite-only") return "already-registered";
    if (account.enrolled) return "already-enrolled";
    if (!account.active) return "inactive";
    return account.role === "student" ? "enrol" : "not-a-student";
  }
  return invited ? "already-invited" : "invite";
}

/** Every row of a parsed roster, classified. Malformed and repeated rows keep the status the parser gave. */
export function classifyRoster(
  rows: readonly RosterRow[],
  accounts: ReadonlyMap<string, RosterAccount>,
  invited: ReadonlySet<string>,
  policy: RosterPolicy,
): ClassifiedRosterRow[] {
  return rows.map((row) => {
    if (row.status !== "ok" || row.email === null) {
      return { ...row, status: row.status === "ok" ? "malformed" : row.status, currentRole: null };
    }
    const account = accounts.get(row.email);
    return {
      ...row,
      status: rosterStanding(account, invited.has(row.email), policy),
      currentRole: account?.role ?? null,
    };
  });
}

/** The addresses confirming acts on, each once, in file order. */
export function actionableEmails(rows: readonly ClassifiedRosterRow[]): string[] {
  return rows.flatMap((row) =>
    row.email !== null && (row.status === "invite" || row.status === "enrol") ? [row.email] : [],
  );
}

export function countRosterStatuses(rows: readonly { status: RosterStatus }[]): Record<RosterStatus, number> {
  const counts: Record<RosterStatus, number> = {
    invite: 0,
    enrol: 0,
    "already-enrolled": 0,
    "already-invited": 0,
    "already-registered": 0,
    "not-a-student": 0,
    inactive: 0,
    malformed: 0,
    "duplicate-in-file": 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
