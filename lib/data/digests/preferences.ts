import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { digestPreferences, type DigestKind, users } from "@/db/schema/index";
import { requireViewer } from "@/lib/auth/session";
import { type UnsubscribeKind, verifyUnsubscribeToken } from "@/lib/domain/unsubscribe-token";
import { getEnv } from "@/lib/env";
import type { DigestPreferencesInput } from "@/lib/validation/digest-preferences";
import { loadInstanceSettings } from "@/lib/data/internal/instance-rules";

export type DigestPreferences = { studentDigest: boolean; advisorDigest: boolean; weekday: number | null };
/** The digests' choices and the opt-in daily reminder (students only). */
type NotificationPreferences = DigestPreferences & { dailyReminder: boolean };

/** No row means both digests on, the instance's weekday and no daily reminder (db/schema/digests.ts). */
const DEFAULTS: NotificationPreferences = {
  studentDigest: true,
  advisorDigest: true,
  weekday: null,
  dailyReminder: false,
};

async function loadPreferences(userId: string): Promise<NotificationPreferences> {
  const [row] = await getDb()
    .select({
      studentDigest: digestPreferences.studentDigest,
      advisorDigest: digestPreferences.advisorDigest,
      weekday: digestPreferences.weekday,
      dailyReminder: digestPreferences.dailyReminder,
    })
    .from(digestPreferences)
    .where(eq(digestPreferences.userId, userId));
  return row ?? DEFAULTS;
}

/**
 * A user's digest choices. Unsafe: it checks nobody; for system code (the digest renderer, unsubscribe)
 * that has already decided whose preferences these are.
 */
export async function unsafeLoadDigestPreferences(userId: string): Promise<DigestPreferences> {
  const { studentDigest, advisorDigest, weekday } = await loadPreferences(userId);
  return { studentDigest, advisorDigest, weekday };
}

/** The preference each unsubscribe link turns off. */
const PREFERENCE_OF = {
  student: "studentDigest",
  advisor: "advisorDigest",
  "daily-reminder": "dailyReminder",
} as const satisfies Record<UnsubscribeKind, keyof NotificationPreferences>;

/**
 * Turns one mail (a digest or the daily reminder) off for `userId`, keeping their other choices. Unsafe: the
 * caller verified a signed unsubscribe token naming this user and kind. Idempotent, so a repeated one-click
 * POST is harmless.
 */
export async function unsafeTurnOffMail(userId: string, kind: UnsubscribeKind): Promise<void> {
  const column = PREFERENCE_OF[kind];
  await getDb()
    .insert(digestPreferences)
    .values({ userId, [column]: false })
    .onConflictDoUpdate({
      target: digestPreferences.userId,
      set: { [column]: false, updatedAt: sql`now()` },
    });
}

export type MyDigestPreferences = NotificationPreferences & {
  /** The digests this viewer's role can receive. */
  kinds: DigestKind[];
  instanceWeekday: number;
};

function kindsFor(role: string): DigestKind[] {
  if (role === "student") return ["student"];
  if (role === "advisor") return ["advisor"];
  return [];
}

/** The signed-in user's digest choices, for the notifications page. */
export async function getMyDigestPreferences(): Promise<MyDigestPreferences> {
  const viewer = await requireViewer();
  const [preferences, settings] = await Promise.all([loadPreferences(viewer.id), loadInstanceSettings()]);
  return { ...preferences, kinds: kindsFor(viewer.role), instanceWeekday: settings.digestWeekday };
}

/**
 * Saves the signed-in user's choices. Only the digest kinds their role receives are written: a student's
 * form has no advisor box, so its absence must not read as "off". The daily reminder is a student's choice.
 */
export async function updateMyDigestPreferences(input: DigestPreferencesInput): Promise<void> {
  const viewer = await requireViewer();
  const kinds = kindsFor(viewer.role);
  const values: Partial<NotificationPreferences> = { weekday: input.weekday };
  if (kinds.includes("student")) {
    values.studentDigest = input.studentDigest;
    values.dailyReminder = input.dailyReminder;
  }
  if (kinds.includes("advisor")) values.advisorDigest = input.advisorDigest;
  await getDb()
    .insert(digestPreferences)
    .values({ userId: viewer.id, ...values })
    .onConflictDoUpdate({ target: digestPreferences.userId, set: { ...values, updatedAt: sql`now()` } });
}

export type UnsubscribeTarget = { kind: UnsubscribeKind; off: boolean };

function claimOf(token: string) {
  return verifyUnsubscribeToken(token, getEnv().AUTH_SECRET);
}

async function userExists(userId: string): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(eq(users.id, userId));
  return row !== undefined;
}

/**
 * What an unsubscribe link is for, read-only (a GET must change nothing), or null for a bad token or a
 * deleted account. The signed token is the authorization: whoever holds the mail may turn that mail off.
 */
export async function describeUnsubscribeToken(token: string): Promise<UnsubscribeTarget | null> {
  const claim = claimOf(token);
  if (!claim || !(await userExists(claim.userId))) return null;
  const preferences = await loadPreferences(claim.userId);
  return { kind: claim.kind, off: !preferences[PREFERENCE_OF[claim.kind]] };
}

/** Turns off the mail a valid token names; false (changing nothing) for a bad token. */
export async function unsubscribeWithToken(token: string): Promise<boolean> {
  const claim = claimOf(token);
  if (!claim || !(await userExists(claim.userId))) return false;
  await unsafeTurnOffMail(claim.userId, claim.kind);
  return true;
}
