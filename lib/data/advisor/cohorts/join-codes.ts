import "server-only";
import { randomInt } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { notFound } from "@/lib/errors";
import { getDb } from "@/db/client";
import { cohortJoinCodes, users } from "@/db/schema/index";
import { getEnv } from "@/lib/env";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/validation/cohort";
import { requireAssignedCohort } from "@/lib/data/advisor/access";
import { requireEditableCohort } from "@/lib/data/advisor/cohorts/editable-cohort";
import { insertOnceWithin, isUniqueViolation } from "@/lib/data/internal/create-once";

// Join codes, for the cohort's advisor.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The public link that carries a join code, always on the configured origin (never the request's Host). */
export function joinLinkFor(code: string): string {
  return new URL(`/join/${code}`, getEnv().APP_URL).toString();
}
export type JoinCodeSummary = {
  id: string;
  code: string;
  link: string;
  createdAt: Date;
  expiresAt: Date;
  createdByName: string | null;
};

/**
 * A new join code for the cohort, valid for `expiresInDays` days. A resubmit with the same creation key (a
 * double click) answers the code it already made; the key is this advisor's on this cohort alone.
 */
export async function createJoinCode(
  cohortId: string,
  input: { expiresInDays: number; creationKey: string },
): Promise<JoinCodeSummary> {
  const { advisor, cohort } = await requireEditableCohort(cohortId);
  const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
  // 31^8 codes: a collision is very unlikely, and retried if it happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    let id: string;
    try {
      id = await insertOnceWithin(cohortJoinCodes, [cohortJoinCodes.cohortId, cohortJoinCodes.createdById], {
        cohortId: cohort.id,
        code: newJoinCode(),
        createdById: advisor.id,
        expiresAt,
        creationKey: input.creationKey,
      });
    } catch (error) {
      if (isUniqueViolation(error, "cohort_join_codes_code_unique")) continue;
      throw error;
    }
    // Read back rather than trust `expiresAt`: a repeated key answers the first submit's row.
    const [row] = await getDb()
      .select({
        id: cohortJoinCodes.id,
        code: cohortJoinCodes.code,
        createdAt: cohortJoinCodes.createdAt,
        expiresAt: cohortJoinCodes.expiresAt,
      })
      .from(cohortJoinCodes)
      .where(eq(cohortJoinCodes.id, id));
    if (!row) throw new Error("A join code vanished between insert and read");
    return { ...row, link: joinLinkFor(row.code), createdByName: advisor.name ?? advisor.email };
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
