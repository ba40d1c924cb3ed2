import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { cohortJoinCodes, cohorts, cohortStudents, users } from "@/db/schema/index";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { can } from "@/lib/auth/permissions";
import { requestSignInLink, type SignInLinkOutcome } from "@/lib/auth/request-sign-in-link";
import type { Role } from "@/lib/auth/roles";
import { getViewer } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { normaliseJoinCode } from "@/lib/validation/cohort";
import { emailIs, issueInvites } from "@/lib/data/internal/invites/invites";
import { joinCodeGuessWait, recordJoinCodeMiss } from "@/lib/data/internal/join-code-guesses";
import { inviteExpiresAt } from "@/lib/domain/invites";

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

type CodeLookup =
  { kind: "open"; open: OpenCode } | { kind: "invalid" } | { kind: "throttled"; retryAfterSeconds: number };

/** Every use of a code from outside goes through here: a client that keeps missing is made to wait. */
async function lookUpCode(raw: string): Promise<CodeLookup> {
  const clientIp = clientIpFrom(await headers(), getEnv().TRUSTED_PROXY_HOPS);
  const wait = await joinCodeGuessWait(clientIp);
  if (wait !== null) return { kind: "throttled", retryAfterSeconds: wait };
  const open = await findOpenCode(raw);
  if (open) return { kind: "open", open };
  await recordJoinCodeMiss(clientIp);
  return { kind: "invalid" };
}

export type JoinPageView =
  | { kind: "invalid" }
  | { kind: "throttled"; retryAfterSeconds: number }
  | { kind: "signed-out"; code: string; cohortName: string }
  | { kind: "student"; code: string; cohortName: string; enrolled: boolean }
  | { kind: "staff"; cohortName: string; role: Exclude<Role, "student"> };

/**
 * What the join page shows this visitor. A missing, expired or revoked code, or an archived cohort, all
 * look the same: nobody learns which codes once existed.
 */
export async function getJoinPage(rawCode: string): Promise<JoinPageView> {
  const lookup = await lookUpCode(rawCode);
  if (lookup.kind !== "open") return lookup;
  const { open } = lookup;
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
  | { status: "invalid" | "throttled" | "signed-out" | "not-a-student" };

/** Enrols the signed-in student through a working code. Joining twice is one enrolment. */
export async function joinCohortWithCode(rawCode: string): Promise<JoinResult> {
  const lookup = await lookUpCode(rawCode);
  if (lookup.kind !== "open") return { status: lookup.kind };
  const { open } = lookup;
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
  const lookup = await lookUpCode(input.code);
  if (lookup.kind === "throttled")
    return { kind: "rate-limited", reason: "client", retryAfterSeconds: lookup.retryAfterSeconds };
  if (lookup.kind === "invalid") return lookup;
  const { open } = lookup;
  return requestSignInLink({
    email: input.email,
    callbackPath: `/join/${open.code}`,
    clientIp: input.clientIp,
    beforeEligibility: async () => {
      if (await accountExists(input.email)) return;
      // An invite still open is kept as it is; an expired one is renewed (lib/data/internal/invites/invites.ts).
      await issueInvites(getDb(), {
        emails: [input.email],
        role: "student",
        cohortId: open.cohortId,
        // No inviter: the advisor's list shows it as having come through a join link.
        invitedById: null,
        expiresAt: inviteExpiresAt("join-link", new Date(), open.expiresAt),
        renewOpen: false,
      });
    },
  });
}

async function accountExists(email: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(emailIs(users.email, email));
  return Boolean(row);
}
